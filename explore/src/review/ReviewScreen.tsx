import { useEffect, useId, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/graphql';
import { useMessages } from '../i18n/lang';
import { REVIEW_MESSAGES } from './review.messages';
import { draftImport, loadReviewedDraft } from './reviewApi';
import {
  ACCEPTED_FILES,
  TOKEN_STORAGE_KEY,
  actionsFor,
  bytesToBase64,
  decisionsReducer,
  groupProposals,
  isComplete,
  isTokenProblem,
  readyToLoad,
  textRuns,
  toDecisionInputs,
  undecidedDoubts,
  type Decision,
  type ImportDraft,
  type LoadResult,
  type Proposal,
} from './reviewState';
import './review.css';

type Busy = 'reading' | 'drafting' | 'loading' | null;
type T = (typeof REVIEW_MESSAGES)['sl'];

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

function keepToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    else sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // storage disabled: the token lasts while the page is open
  }
}

/**
 * The editors' review screen: an editor's token, a minutes file (or pasted
 * text) drafted by the importer, its text beside the proposed facts with
 * every passage highlighted, a decision per doubtful fact (accept, reject,
 * correct the name, choose an existing entity, create a new one), then the
 * reviewed facts loaded in one transaction with the decisions recorded.
 */
export function ReviewScreen(): JSX.Element {
  const t = useMessages(REVIEW_MESSAGES);
  const [token, setToken] = useState(readToken);
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [pastedName, setPastedName] = useState('zapisnik.txt');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<Error | null>(null);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [decisions, dispatch] = useReducer(decisionsReducer, {});
  const [selected, setSelected] = useState<string | null>(null);
  const [result, setResult] = useState<LoadResult | null>(null);
  const ids = { token: useId(), file: useId(), paste: useId(), name: useId() };

  const proposals = useMemo(() => draft?.proposals ?? [], [draft]);
  const undecided = undecidedDoubts(proposals, decisions);
  const ready = readyToLoad(proposals, decisions) && busy === null && result === null;
  const tokenRefused = error instanceof ApiError && isTokenProblem(error.code);

  // Browser-test hooks (?test=1): the draft and decisions as the screen holds them.
  const live = useRef({ draft, decisions, undecided, ready, busy, result });
  live.current = { draft, decisions, undecided, ready, busy, result };
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('test')) return;
    const w = window as unknown as { __explorer?: Record<string, unknown> };
    const review = {
      get proposals() {
        return live.current.draft?.proposals ?? [];
      },
      get decisions() {
        return live.current.decisions;
      },
      get undecided() {
        return live.current.undecided;
      },
      get ready() {
        return live.current.ready;
      },
      get busy() {
        return live.current.busy;
      },
      get result() {
        return live.current.result;
      },
    };
    w.__explorer = { ...w.__explorer, review };
  }, []);

  const saveToken = (value: string) => {
    setToken(value);
    keepToken(value.trim());
    if (tokenRefused) setError(null);
  };

  const runDraft = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    try {
      let input: { fileName: string; text?: string; contentBase64?: string };
      if (mode === 'file') {
        if (!file) throw new Error(t.noInput);
        setBusy('reading');
        const bytes = new Uint8Array(await file.arrayBuffer());
        input = { fileName: file.name, contentBase64: bytesToBase64(bytes) };
      } else {
        if (!pasted.trim()) throw new Error(t.noInput);
        input = { fileName: pastedName.trim() || 'zapisnik.txt', text: pasted };
      }
      setBusy('drafting');
      const next = await draftImport(token.trim(), input);
      dispatch({ type: 'reset' });
      setSelected(next.proposals.find((p) => p.review)?.fact ?? null);
      setDraft(next);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const runLoad = async () => {
    if (!draft) return;
    setError(null);
    setBusy('loading');
    try {
      setResult(await loadReviewedDraft(token.trim(), draft, toDecisionInputs(proposals, decisions)));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const startOver = () => {
    setDraft(null);
    setResult(null);
    setError(null);
    setSelected(null);
    dispatch({ type: 'reset' });
  };

  return (
    <section className="rv" aria-labelledby={`${ids.token}-title`} data-testid="review-screen">
      <h2 id={`${ids.token}-title`}>{t.title}</h2>
      <p className="rv-muted">{t.intro}</p>

      <div className="rv-token">
        <label htmlFor={ids.token}>{t.tokenLabel}</label>
        <input
          id={ids.token}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => saveToken(e.target.value)}
          aria-describedby={`${ids.token}-help`}
          aria-invalid={tokenRefused || undefined}
          data-testid="review-token"
        />
        {token ? (
          <button type="button" onClick={() => saveToken('')} data-testid="review-token-forget">
            {t.forgetToken}
          </button>
        ) : null}
        <p id={`${ids.token}-help`} className="rv-muted" data-testid="review-token-status">
          {tokenRefused ? (
            <strong className="rv-bad" role="alert">
              {t.tokenRefused}: {error.message}
            </strong>
          ) : token ? (
            t.tokenSaved
          ) : (
            <strong className="rv-bad">{t.tokenMissing}</strong>
          )}{' '}
          {t.tokenHelp}
        </p>
      </div>

      {draft === null ? (
        <form className="rv-source" onSubmit={(e) => void runDraft(e)} data-testid="review-source">
          <fieldset>
            <legend>{t.sourceLegend}</legend>
            <label>
              <input type="radio" name="rv-mode" checked={mode === 'file'} onChange={() => setMode('file')} />{' '}
              {t.sourceFile}
            </label>{' '}
            <label>
              <input
                type="radio"
                name="rv-mode"
                checked={mode === 'paste'}
                onChange={() => setMode('paste')}
                data-testid="review-mode-paste"
              />{' '}
              {t.sourcePaste}
            </label>
            {mode === 'file' ? (
              <p>
                <label htmlFor={ids.file}>{t.fileLabel}</label>{' '}
                <input
                  id={ids.file}
                  type="file"
                  accept={ACCEPTED_FILES}
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  data-testid="review-file"
                />
              </p>
            ) : (
              <>
                <p>
                  <label htmlFor={ids.name}>{t.fileNameLabel}</label>{' '}
                  <input
                    id={ids.name}
                    value={pastedName}
                    onChange={(e) => setPastedName(e.target.value)}
                    data-testid="review-paste-name"
                  />
                </p>
                <label htmlFor={ids.paste}>{t.pasteLabel}</label>
                <textarea
                  id={ids.paste}
                  rows={10}
                  value={pasted}
                  onChange={(e) => setPasted(e.target.value)}
                  data-testid="review-paste"
                />
              </>
            )}
          </fieldset>
          <button
            type="submit"
            className="rv-primary"
            disabled={busy !== null || !token.trim()}
            data-testid="review-draft"
          >
            {t.draft}
          </button>
        </form>
      ) : null}

      {busy ? (
        <p className="rv-busy" role="status" aria-live="polite" data-testid="review-progress">
          <span className="rv-spinner" aria-hidden="true" /> {t[busy]}
        </p>
      ) : null}

      {error && !tokenRefused ? <ErrorBox error={error} t={t} /> : null}

      {draft ? (
        <Review
          draft={draft}
          t={t}
          decisions={decisions}
          selected={selected}
          onSelect={setSelected}
          onDecide={(fact, decision) =>
            decision ? dispatch({ type: 'decide', fact, decision }) : dispatch({ type: 'undo', fact })
          }
          locked={result !== null || busy !== null}
        />
      ) : null}

      {draft ? (
        <div className="rv-footer">
          <p className="rv-count" aria-live="polite" data-testid="review-undecided" data-count={undecided}>
            {t.undecided(undecided)}
          </p>
          <button
            type="button"
            className="rv-primary"
            disabled={!ready}
            onClick={() => void runLoad()}
            aria-describedby={`${ids.token}-loadhint`}
            data-testid="review-load"
          >
            {t.load}
          </button>
          <span id={`${ids.token}-loadhint`} className="rv-muted">
            {ready || result ? '' : t.loadHint}
          </span>
          {result ? (
            <div className="rv-result" role="status" data-testid="review-result">
              <strong>
                {t.resultTitle}: {result.documentId}
              </strong>
              <p>{t.result(result)}</p>
              <p>{t.resultDecisions(result.decisions, result.rejected)}</p>
              {result.pending > 0 ? <p>{t.resultPending(result.pending)}</p> : null}
            </div>
          ) : null}
          <button type="button" onClick={startOver} data-testid="review-start-over">
            {t.another}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ErrorBox({ error, t }: { error: Error; t: T }): JSX.Element {
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="rv-error" role="alert" data-testid="review-error">
      <strong>{t.errorTitle}</strong>
      {api ? <span className="rv-muted"> ({api.code})</span> : null}
      <p>{error.message.split('\n')[0]}</p>
      {api && api.problems.length > 0 ? (
        <>
          <p>{t.problems}:</p>
          <ul data-testid="review-problems">
            {api.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

interface ReviewProps {
  readonly draft: ImportDraft;
  readonly t: T;
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly selected: string | null;
  readonly onSelect: (fact: string) => void;
  readonly onDecide: (fact: string, decision: Decision | null) => void;
  readonly locked: boolean;
}

function Review(props: ReviewProps): JSX.Element {
  const { draft, t, decisions, selected, onSelect } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const runs = useMemo(() => textRuns(draft.documentText, draft.proposals), [draft]);
  const byFact = useMemo(() => new Map(draft.proposals.map((p) => [p.fact, p])), [draft]);
  const groups = useMemo(() => groupProposals(draft.proposals), [draft]);
  const doubts = draft.proposals.filter((p) => p.review).length;

  // The selected fact's passage (and its entry in the list) scrolled into view.
  useEffect(() => {
    if (!selected) return;
    const css = `[data-fact="${CSS.escape(selected)}"]`;
    textRef.current?.querySelector(`mark[data-selected="true"]`)?.scrollIntoView({ block: 'center' });
    listRef.current?.querySelector(css)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // A click in the text selects the shortest passage under it.
  const pick = (facts: readonly string[]) => {
    const shortest = [...facts].sort(
      (a, b) =>
        (byFact.get(a)?.end ?? 0) -
        (byFact.get(a)?.start ?? 0) -
        ((byFact.get(b)?.end ?? 0) - (byFact.get(b)?.start ?? 0)),
    )[0];
    if (shortest) onSelect(shortest);
  };

  return (
    <div className="rv-review">
      <p className="rv-muted" data-testid="review-summary">
        {draft.documentId} · {draft.format} · {t.summary(draft.proposals.length, doubts)}
      </p>
      <div className="rv-panes">
        <div
          className="rv-text"
          ref={textRef}
          role="region"
          aria-label={t.documentPane}
          tabIndex={0}
          data-testid="review-document"
        >
          {runs.map((run) => {
            if (run.facts.length === 0) return <span key={run.start}>{run.text}</span>;
            const isSelected = selected !== null && run.facts.includes(selected);
            const doubtful = run.facts.some((f) => byFact.get(f)?.review);
            return (
              <mark
                key={run.start}
                className={isSelected ? 'rv-sel' : doubtful ? 'rv-doubt' : 'rv-hl'}
                data-selected={isSelected ? 'true' : undefined}
                data-facts={run.facts.join('\n')}
                data-testid={isSelected ? 'review-passage-selected' : 'review-passage'}
                onClick={() => pick(run.facts)}
              >
                {run.text}
              </mark>
            );
          })}
        </div>
        <div
          className="rv-list"
          ref={listRef}
          role="region"
          aria-label={t.proposalsPane}
          data-testid="review-proposals"
        >
          {groups.map((g) => (
            <section key={g.key} aria-label={groupTitle(t, g.key)}>
              <h3>
                {groupTitle(t, g.key)} ({g.proposals.length})
              </h3>
              <ul>
                {g.proposals.map((p) => (
                  <ProposalItem
                    key={p.fact}
                    proposal={p}
                    decision={decisions[p.fact]}
                    selected={p.fact === selected}
                    t={t}
                    onSelect={() => onSelect(p.fact)}
                    onDecide={(d) => props.onDecide(p.fact, d)}
                    locked={props.locked}
                  />
                ))}
              </ul>
            </section>
          ))}
          {draft.notes.length > 0 ? (
            <details>
              <summary>
                {t.notes} ({draft.notes.length})
              </summary>
              <ul className="rv-notes">
                {draft.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function groupTitle(t: T, key: 'review' | 'entities' | 'relations'): string {
  return key === 'review' ? t.groupReview : key === 'entities' ? t.groupEntities : t.groupRelations;
}

interface ItemProps {
  readonly proposal: Proposal;
  readonly decision: Decision | undefined;
  readonly selected: boolean;
  readonly t: T;
  readonly onSelect: () => void;
  readonly onDecide: (decision: Decision | null) => void;
  readonly locked: boolean;
}

function ProposalItem({ proposal: p, decision, selected, t, onSelect, onDecide, locked }: ItemProps): JSX.Element {
  const nameId = useId();
  const noteId = useId();
  const actions = actionsFor(p);
  const action = decision?.action;
  const set = (next: Decision) => onDecide({ ...next, ...(decision?.note ? { note: decision.note } : {}) });
  const state = decision ? t.decided[decision.action] : p.review ? null : t.sureDefault;
  const complete = isComplete(p, decision);
  return (
    <li
      className={`rv-item${selected ? ' rv-item-sel' : ''}${p.review ? ' rv-item-doubt' : ''}`}
      data-testid="review-proposal"
      data-fact={p.fact}
      data-review={p.review ? 'true' : 'false'}
      data-decision={action ?? ''}
    >
      <button
        type="button"
        className="rv-label"
        aria-pressed={selected}
        aria-label={`${t.showPassage}: ${p.label}`}
        onClick={onSelect}
        data-testid="review-proposal-show"
      >
        <span className="rv-kind">{p.kind}</span> {p.label}
      </button>
      <q className="rv-quote">{p.quote}</q>
      {p.review ? (
        <p className="rv-reason" data-testid="review-reason">
          {p.review}
        </p>
      ) : null}
      <div className="rv-actions" role="group" aria-label={p.label}>
        {actions.includes('ACCEPT') ? (
          <button
            type="button"
            aria-pressed={action === 'ACCEPT'}
            disabled={locked}
            onClick={() => set({ action: 'ACCEPT' })}
            data-testid="review-accept"
          >
            {t.accept}
          </button>
        ) : null}
        {actions.includes('REJECT') ? (
          <button
            type="button"
            aria-pressed={action === 'REJECT'}
            disabled={locked}
            onClick={() => set({ action: 'REJECT' })}
            data-testid="review-reject"
          >
            {t.reject}
          </button>
        ) : null}
        {actions.includes('CORRECT') ? (
          <button
            type="button"
            aria-pressed={action === 'CORRECT'}
            disabled={locked}
            onClick={() => set({ action: 'CORRECT', name: decision?.name ?? p.label })}
            data-testid="review-correct"
          >
            {t.correct}
          </button>
        ) : null}
        {actions.includes('CREATE_NEW') ? (
          <button
            type="button"
            aria-pressed={action === 'CREATE_NEW'}
            disabled={locked}
            onClick={() => set({ action: 'CREATE_NEW', name: decision?.name ?? p.label })}
            data-testid="review-create-new"
          >
            {t.createNew}
          </button>
        ) : null}
        {decision ? (
          <button
            type="button"
            className="link"
            disabled={locked}
            onClick={() => onDecide(null)}
            data-testid="review-undo"
          >
            {t.undo}
          </button>
        ) : null}
      </div>
      {actions.includes('CHOOSE_CANDIDATE') ? (
        <fieldset className="rv-candidates" disabled={locked}>
          <legend>{t.chooseLegend}</legend>
          {p.candidates.map((c) => (
            <label key={c.id}>
              <input
                type="radio"
                name={`rv-cand-${p.fact}`}
                value={c.id}
                checked={action === 'CHOOSE_CANDIDATE' && decision?.candidateId === c.id}
                onChange={() => set({ action: 'CHOOSE_CANDIDATE', candidateId: c.id })}
                data-testid="review-candidate"
              />{' '}
              {c.name}{' '}
              <span className="rv-muted">
                ({c.type || '?'}, {c.id})
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {action === 'CORRECT' || action === 'CREATE_NEW' ? (
        <p>
          <label htmlFor={nameId}>{action === 'CORRECT' ? t.correctedName : t.newName}</label>{' '}
          <input
            id={nameId}
            value={decision?.name ?? ''}
            disabled={locked}
            aria-invalid={!complete || undefined}
            onChange={(e) => set({ action, name: e.target.value })}
            data-testid="review-name"
          />
        </p>
      ) : null}
      {decision ? (
        <p>
          <label htmlFor={noteId}>{t.note}</label>{' '}
          <input
            id={noteId}
            value={decision.note ?? ''}
            disabled={locked}
            onChange={(e) => onDecide({ ...decision, note: e.target.value })}
            data-testid="review-note"
          />
        </p>
      ) : null}
      {state ? (
        <p className="rv-state" data-testid="review-state">
          {state}
        </p>
      ) : null}
    </li>
  );
}
