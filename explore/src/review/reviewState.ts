/**
 * The review screen's logic, pure and tested (explore/test/review/): the
 * reviewer's decisions, whether the draft may be loaded, the mutation's
 * input, the proposals grouped, and the document cut into highlighted runs.
 */

export type ReviewAction = 'ACCEPT' | 'REJECT' | 'CORRECT' | 'CHOOSE_CANDIDATE' | 'CREATE_NEW';

export interface Candidate {
  readonly id: string;
  readonly type: string;
  readonly name: string;
}

/** One fact of the draft as draftImport proposes it. */
export interface Proposal {
  readonly fact: string;
  readonly kind: string;
  readonly label: string;
  readonly quote: string;
  /** Code point offsets into the document text. */
  readonly start: number;
  readonly end: number;
  readonly review: string | null;
  readonly candidates: readonly Candidate[];
}

export interface ImportDraft {
  readonly documentId: string;
  readonly format: string;
  readonly documentText: string;
  readonly facts: string;
  readonly notes: readonly string[];
  readonly proposals: readonly Proposal[];
}

/** What the reviewer decided on one fact (name: the corrected or new name; candidateId: the chosen entity). */
export interface Decision {
  readonly action: ReviewAction;
  readonly candidateId?: string;
  readonly name?: string;
  readonly note?: string;
}

export type Decisions = Readonly<Record<string, Decision>>;

export type DecisionEvent =
  | { readonly type: 'decide'; readonly fact: string; readonly decision: Decision }
  | { readonly type: 'undo'; readonly fact: string }
  | { readonly type: 'reset' };

/** The decisions reducer: decide or undo one fact, or start over. */
export function decisionsReducer(state: Decisions, event: DecisionEvent): Decisions {
  switch (event.type) {
    case 'decide':
      return { ...state, [event.fact]: event.decision };
    case 'undo': {
      const next = { ...state };
      delete next[event.fact];
      return next;
    }
    case 'reset':
      return {};
  }
}

/** Whether a decision says all it must: CORRECT a name, CHOOSE_CANDIDATE one of the proposal's candidates. */
export function isComplete(proposal: Proposal, decision: Decision | undefined): boolean {
  if (!decision) return false;
  switch (decision.action) {
    case 'CORRECT':
      return !!decision.name?.trim();
    case 'CHOOSE_CANDIDATE':
      return proposal.candidates.some((c) => c.id === decision.candidateId);
    case 'CREATE_NEW':
      return decision.name === undefined || !!decision.name.trim();
    default:
      return true;
  }
}

/** Which actions make sense for a proposal: relations and unnamed facts are accepted or rejected. */
export function actionsFor(proposal: Proposal): readonly ReviewAction[] {
  if (proposal.fact.includes(' ')) return ['ACCEPT', 'REJECT'];
  if (!NAMED_KINDS.has(proposal.kind)) return ['ACCEPT', 'REJECT'];
  return proposal.candidates.length > 0
    ? ['ACCEPT', 'REJECT', 'CORRECT', 'CHOOSE_CANDIDATE', 'CREATE_NEW']
    : ['ACCEPT', 'REJECT', 'CORRECT', 'CREATE_NEW'];
}

/** The node kinds that carry a name (the facts vocabulary's named kinds). */
export const NAMED_KINDS: ReadonlySet<string> = new Set([
  'Person',
  'Municipality',
  'Commission',
  'Council',
  'Committee',
  'LocalCommunityCouncil',
  'MayorsCollegium',
  'Board',
  'Office',
  'Company',
  'PublicAgency',
  'GovernmentBody',
  'Consulate',
  'City',
  'Country',
  'Twinning',
  'Event',
]);

/** Doubtful facts (a review reason) without a complete decision. */
export function undecidedDoubts(proposals: readonly Proposal[], decisions: Decisions): number {
  return proposals.filter((p) => p.review && !isComplete(p, decisions[p.fact])).length;
}

/** The draft may be loaded when every doubtful fact is decided, and every decision given is complete. */
export function readyToLoad(proposals: readonly Proposal[], decisions: Decisions): boolean {
  if (proposals.length === 0) return false;
  if (undecidedDoubts(proposals, decisions) > 0) return false;
  return proposals.every((p) => !decisions[p.fact] || isComplete(p, decisions[p.fact]));
}

/** A decision as loadReviewedDraft takes it (ReviewDecisionInput). */
export interface DecisionInput {
  fact: string;
  action: ReviewAction;
  candidateId?: string;
  name?: string;
  note?: string;
}

/**
 * The mutation's `decisions`: one per decided fact, in the proposals' order,
 * with only the fields its action takes (names and notes trimmed, empty ones left out).
 */
export function toDecisionInputs(proposals: readonly Proposal[], decisions: Decisions): DecisionInput[] {
  const out: DecisionInput[] = [];
  for (const p of proposals) {
    const d = decisions[p.fact];
    if (!d) continue;
    const input: DecisionInput = { fact: p.fact, action: d.action };
    if (d.action === 'CHOOSE_CANDIDATE' && d.candidateId) input.candidateId = d.candidateId;
    const name = d.name?.trim();
    if ((d.action === 'CORRECT' || d.action === 'CREATE_NEW') && name) input.name = name;
    const note = d.note?.trim();
    if (note) input.note = note;
    out.push(input);
  }
  return out;
}

export interface ProposalGroup {
  readonly key: 'review' | 'entities' | 'relations';
  readonly proposals: readonly Proposal[];
}

/** Proposals grouped for the list: those needing review first, then the sure entities, then the sure relations. */
export function groupProposals(proposals: readonly Proposal[]): ProposalGroup[] {
  const groups: ProposalGroup[] = [
    { key: 'review', proposals: proposals.filter((p) => p.review) },
    { key: 'entities', proposals: proposals.filter((p) => !p.review && !p.fact.includes(' ')) },
    { key: 'relations', proposals: proposals.filter((p) => !p.review && p.fact.includes(' ')) },
  ];
  return groups.filter((g) => g.proposals.length > 0);
}

/** A run of the document text and the facts whose passages cover it (none: plain text). */
export interface TextRun {
  readonly text: string;
  /** Code point offset of the run's start. */
  readonly start: number;
  readonly facts: readonly string[];
}

/**
 * Cuts the document (offsets in code points) at every passage's start and
 * end, so each run is covered by the same facts throughout: the text pane
 * marks runs with facts, and the selected fact's runs stand out.
 */
export function textRuns(text: string, proposals: readonly Pick<Proposal, 'fact' | 'start' | 'end'>[]): TextRun[] {
  const points = Array.from(text);
  const cuts = new Set<number>([0, points.length]);
  const spans = proposals
    .filter((p) => p.end > p.start && p.start >= 0 && p.end <= points.length)
    .map((p) => ({ fact: p.fact, start: p.start, end: p.end }));
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    if (end <= start) continue;
    const facts = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.fact);
    runs.push({ text: points.slice(start, end).join(''), start, facts });
  }
  return runs;
}

/** What the mutation's result says, for the screen. */
export interface LoadResult {
  readonly documentId: string;
  readonly nodes: number;
  readonly relations: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly pending: number;
  readonly decisions: number;
  readonly rejected: number;
}

/** The files the importer reads, by extension (the server recognises the format from the content). */
export const ACCEPTED_FILES = '.txt,.docx,.pdf,.html,.htm';

/** Where the editor's token is kept: this tab's session only. */
export const TOKEN_STORAGE_KEY = 'explorer.editorToken';

/** Whether an API error means the token is missing or refused (ask for another one). */
export function isTokenProblem(code: string | undefined): boolean {
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'HTTP_401' || code === 'HTTP_403';
}

/** Base64 of bytes, in chunks (a 15 MB file would overflow String.fromCharCode's arguments). */
export function bytesToBase64(bytes: Uint8Array, btoaFn: (s: string) => string = btoa): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoaFn(binary);
}
