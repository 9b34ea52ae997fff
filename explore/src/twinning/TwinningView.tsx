import { useId } from 'react';
import { request } from '../api/graphql';
import { formatDate, useLang, useMessages } from '../i18n/lang';
import { useActions } from '../state/actions';
import { CollapsibleList, Section } from '../evidence/Collapsible';
import { EntityButton, EntityName } from '../evidence/EntityName';
import { EvidenceQuote } from '../evidence/EvidenceQuote';
import { fetchActorNames, type ActorName } from '../evidence/nameLookup';
import { ErrorNote, Loading } from '../evidence/Status';
import { useApi } from '../evidence/useApi';
import { kindInText, outcomeName, roleName, statusName, twinningKindName } from '../i18n/vocabulary';
import { TWINNING_MESSAGES } from './twinning.messages';
import {
  AFFILIATIONS_QUERY,
  RESOLUTIONS_QUERY,
  TWINNINGS_QUERY,
  TWINNING_NODE_QUERY,
  actorGroups,
  actorIds,
  municipalitiesOf,
  pendingStatuses,
  personActorIds,
  pickTwinning,
  resolutionIds,
  sortedSteps,
  toSourcePassage,
  type Affiliation,
  type ResolutionDetail,
  type TwinningNode,
  type TwinningStep,
  type TwinningSummary,
} from './twinning';
import '../evidence/evidence.css';
import './twinning.css';

interface Loaded {
  node: TwinningNode | null;
  twinning: TwinningSummary | null;
  names: Map<string, ActorName>;
  resolutions: Map<string, ResolutionDetail>;
  /** The memberships of the people among the actors, by person id. */
  affiliations: Map<string, Affiliation[]>;
}

async function loadTwinning(id: string, signal: AbortSignal): Promise<Loaded> {
  const empty = {
    names: new Map<string, ActorName>(),
    resolutions: new Map<string, ResolutionDetail>(),
    affiliations: new Map<string, Affiliation[]>(),
  };
  const { twinningNodes } = await request<{ twinningNodes: TwinningNode[] }>(TWINNING_NODE_QUERY, { id }, { signal });
  const node = twinningNodes[0] ?? null;
  if (!node) return { node: null, twinning: null, ...empty };
  let twinning: TwinningSummary | null = null;
  for (const municipality of municipalitiesOf(node)) {
    const { twinnings } = await request<{ twinnings: TwinningSummary[] }>(
      TWINNINGS_QUERY,
      { municipality },
      { signal },
    );
    twinning = pickTwinning(twinnings, id);
    if (twinning) break;
  }
  if (!twinning) return { node, twinning: null, ...empty };
  const rids = resolutionIds(twinning.history);
  const pids = personActorIds(twinning.actors);
  // Original names, votes and affiliations complete the view; without them it still stands.
  const [names, resolutions, affiliations] = await Promise.all([
    fetchActorNames(actorIds(twinning.actors), signal).catch(() => new Map<string, ActorName>()),
    rids.length === 0
      ? new Map<string, ResolutionDetail>()
      : request<{ resolutions: ResolutionDetail[] }>(RESOLUTIONS_QUERY, { ids: rids }, { signal }).then(
          (d) => new Map(d.resolutions.map((r) => [r.id, r])),
          () => new Map<string, ResolutionDetail>(),
        ),
    pids.length === 0
      ? new Map<string, Affiliation[]>()
      : request<{ people: { id: string; memberships: Affiliation[] }[] }>(
          AFFILIATIONS_QUERY,
          { ids: pids },
          { signal },
        ).then(
          (d) => new Map(d.people.map((p) => [p.id, p.memberships])),
          () => new Map<string, Affiliation[]>(),
        ),
  ]);
  return { node, twinning, names, resolutions, affiliations };
}

/** A partnership: status and its timeline with the resolution and vote behind each step, partners, actors by role. */
export function TwinningView({ id }: { id: string }): JSX.Element {
  const t = useMessages(TWINNING_MESSAGES);
  const lang = useLang();
  const state = useApi(`twinning ${id}`, (signal) => loadTwinning(id, signal));
  const shell = (children: JSX.Element, busy = false) => (
    <section className="ev-panel twinning" aria-busy={busy} data-testid="twinning-view" data-twinning-id={id}>
      {children}
    </section>
  );
  if (state.loading) return shell(<Loading />, true);
  if (state.error) return shell(<ErrorNote error={state.error} onRetry={state.reload} />);
  const data = state.data;
  if (!data?.node) return shell(<p role="status">{t.notFound(id)}</p>);
  if (!data.twinning) {
    return shell(
      <>
        <span className="ev-kind">{twinningKindName(data.node.kind, lang)}</span>
        <h2>
          <EntityName source={data.node} />
        </h2>
        <p className="ev-warning" role="note">
          {t.noMunicipality}
        </p>
      </>,
    );
  }
  return <TwinningBody {...data} twinning={data.twinning} />;
}

function TwinningBody({
  twinning,
  names,
  resolutions,
  affiliations,
}: Loaded & { twinning: TwinningSummary }): JSX.Element {
  const t = useMessages(TWINNING_MESSAGES);
  const lang = useLang();
  const { select, focus } = useActions();
  const headingId = useId();
  const fmt = (d: string) => formatDate(d, lang);
  const steps = sortedSteps(twinning.history);
  const pending = pendingStatuses(twinning.history);
  const groups = actorGroups(twinning.actors);

  return (
    <section
      className="ev-panel twinning"
      aria-labelledby={headingId}
      data-testid="twinning-view"
      data-twinning-id={twinning.id}
    >
      <header>
        <span className="ev-kind" data-testid="twinning-kind">
          {twinningKindName(twinning.kind, lang)}
        </span>
        <h2 id={headingId} data-testid="twinning-name">
          {twinning.name}
        </h2>
        {twinning.nameEn && twinning.nameEn !== twinning.name ? (
          <p className="ev-name-en twinning-en" lang="en">
            {twinning.nameEn}
          </p>
        ) : null}
        <p className="twinning-status" data-testid="twinning-status" data-status={twinning.status ?? ''}>
          {t.status}:{' '}
          <span className={`twinning-pill status-${(twinning.status ?? 'none').toLowerCase()}`}>
            {statusName(twinning.status, lang) || '—'}
          </span>
          {twinning.statusDate ? (
            <span className="ev-muted">
              {' '}
              {t.since} <time dateTime={twinning.statusDate}>{fmt(twinning.statusDate)}</time>
            </span>
          ) : null}
        </p>
        <div className="ev-actions">
          <button type="button" className="ev-button" onClick={() => select(twinning.id)}>
            {t.openDossier}
          </button>
          <button type="button" className="ev-button" onClick={() => focus(twinning.id)}>
            {t.focus}
          </button>
        </div>
      </header>

      <Section title={t.partners} count={twinning.partners.length} testId="twinning-partners">
        <ul className="ev-list">
          {twinning.partners.map((p) => (
            <li key={p.id} data-testid="twinning-partner" data-city-id={p.id}>
              <EntityButton id={p.id} source={p} onSelect={select} />
              {p.country ? (
                <span className="twinning-country">
                  {' '}
                  · <EntityName source={p.country} />
                  {p.country.isoCode ? <span className="ev-muted"> ({p.country.isoCode})</span> : null}
                </span>
              ) : null}
              <EvidenceQuote evidence={p.evidence} />
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t.timeline} count={steps.length} testId="twinning-history">
        {steps.length === 0 ? <p className="ev-muted">{t.noSteps}</p> : null}
        <ol className="twinning-timeline" aria-label={t.timelineLabel}>
          {steps.map((s, i) => (
            <StepItem
              key={s.id}
              step={s}
              current={i === steps.length - 1}
              resolution={s.resolution ? (resolutions.get(s.resolution.id) ?? null) : null}
            />
          ))}
          {pending.map((status) => (
            <li key={status} className="twinning-step pending" data-testid="twinning-step-pending" data-status={status}>
              <span className="twinning-dot" aria-hidden="true" />
              <div className="twinning-step-body">
                <span className={`twinning-pill status-${status.toLowerCase()}`}>{statusName(status, lang)}</span>{' '}
                <span className="ev-muted">{t.notYet}</span>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section title={t.actors} count={groups.reduce((n, g) => n + g.items.length, 0)} testId="twinning-actors">
        {groups.length === 0 ? <p className="ev-muted">{t.noActors}</p> : null}
        {groups.map((g) => (
          <div key={g.role} className="twinning-role" data-testid="twinning-role" data-role={g.code}>
            <h4 className="ev-subtitle">
              {roleName(g.code, lang, 'group')} <span className="ev-count">({g.items.length})</span>
            </h4>
            <CollapsibleList
              items={g.items}
              limit={6}
              itemKey={(a, i) => `${a.actor.id}:${i}`}
              render={(a) => (
                <div
                  className="twinning-actor"
                  data-testid="twinning-actor"
                  data-actor-id={a.actor.id}
                  data-role={g.code}
                >
                  <EntityButton
                    id={a.actor.id}
                    source={names.get(a.actor.id) ?? { label: a.actor.label }}
                    onSelect={select}
                    testId="twinning-actor-name"
                  />{' '}
                  <span className="ev-kind">{kindInText(a.actor.type, lang)}</span>
                  {a.noteEn ? (
                    <p className="ev-note" lang="en">
                      {lang === 'sl' ? `${t.noteEn}: ` : ''}
                      {a.noteEn}
                    </p>
                  ) : null}
                  <EvidenceQuote evidence={a.evidence} />
                  <Affiliations items={affiliations.get(a.actor.id) ?? []} />
                </div>
              )}
            />
          </div>
        ))}
      </Section>
    </section>
  );
}

function StepItem(props: { step: TwinningStep; current: boolean; resolution: ResolutionDetail | null }): JSX.Element {
  const t = useMessages(TWINNING_MESSAGES);
  const lang = useLang();
  const { select } = useActions();
  const s = props.step;
  const r = props.resolution;
  const resolutionId = s.resolution?.id;
  const session = r?.adoptedAt[0];
  return (
    <li
      className={`twinning-step${props.current ? ' current' : ''}`}
      data-testid="twinning-step"
      data-status={s.status}
      aria-current={props.current ? 'step' : undefined}
    >
      <span className="twinning-dot" aria-hidden="true" />
      <div className="twinning-step-body">
        <div className="twinning-step-head">
          <span className={`twinning-pill status-${s.status.toLowerCase()}`}>{statusName(s.status, lang)}</span>{' '}
          <time className="twinning-date" dateTime={s.dateFrom ?? s.date}>
            {formatDate(s.date, lang)}
          </time>
        </div>
        {s.noteEn ? (
          <p className="ev-note" lang="en">
            {lang === 'sl' ? `${t.noteEn}: ` : ''}
            {s.noteEn}
          </p>
        ) : null}
        {s.evidence.map((e) => (
          <EvidenceQuote key={`${e.documentId}:${e.start}:${e.end}`} evidence={e} />
        ))}
        {s.resolution ? (
          <div className="twinning-resolution" data-testid="twinning-resolution" data-resolution-id={s.resolution.id}>
            <div>
              <span className="ev-kind">{t.resolution}</span> {r?.label ? <strong>{r.label} </strong> : null}
              <button
                type="button"
                className="ev-entity"
                data-testid="select-entity"
                data-entity-id={s.resolution.id}
                onClick={() => resolutionId && select(resolutionId)}
              >
                {r ? r.text : s.resolution.label}
              </button>
              {r?.textEn && r.textEn !== r.text ? (
                <span className="ev-name-en" lang="en">
                  {' '}
                  ({r.textEn})
                </span>
              ) : null}
            </div>
            {session ? (
              <div className="ev-props">
                {t.adoptedAt}{' '}
                <button
                  type="button"
                  className="ev-entity"
                  data-testid="select-entity"
                  data-entity-id={session.id}
                  onClick={() => select(session.id)}
                >
                  {session.title ?? session.id}
                </button>
                , <time dateTime={session.date}>{formatDate(session.date, lang)}</time>
              </div>
            ) : null}
            {r?.votes.map((vote) => {
              const evidence = vote.evidence.map(toSourcePassage).find((p) => p !== null) ?? null;
              return (
                <div key={vote.id} className="twinning-vote" data-testid="twinning-vote">
                  <span className="twinning-vote-counts">
                    {t.vote(vote)}
                    {vote.unanimous ? ` · ${t.unanimous}` : ''} · <strong>{outcomeName(vote.outcome, lang)}</strong>
                  </span>
                  <EvidenceQuote evidence={evidence} />
                </div>
              );
            })}
            {r && r.votes.length === 0
              ? r.evidence
                  .map(toSourcePassage)
                  .filter((p) => p !== null)
                  .slice(0, 1)
                  .map((p) => <EvidenceQuote key={p.start} evidence={p} />)
              : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** What a person among the actors is: each role with its organisation (clickable) and its passage. */
function Affiliations(props: { items: Affiliation[] }): JSX.Element | null {
  const t = useMessages(TWINNING_MESSAGES);
  const lang = useLang();
  const { select } = useActions();
  if (props.items.length === 0) return null;
  return (
    <ul className="twinning-affiliations" aria-label={t.affiliations}>
      {props.items.map((m) => {
        const org = m.organization[0];
        const evidence = m.evidence.map(toSourcePassage).find((p) => p !== null) ?? null;
        return (
          <li key={m.id} data-testid="actor-affiliation" data-organization-id={org?.id ?? ''}>
            <span className="ev-muted">{(m.role ? roleName(m.role, lang) : '') || m.titleOriginal}</span>
            {org ? (
              <>
                {' · '}
                <EntityButton id={org.id} source={org} onSelect={select} testId="affiliation-organization" />{' '}
                <span className="ev-kind">{kindInText(org.__typename, lang)}</span>
              </>
            ) : null}
            <EvidenceQuote evidence={evidence} />
          </li>
        );
      })}
    </ul>
  );
}
