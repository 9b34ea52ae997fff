import type { SourcePassage } from '../api/types';

/**
 * The twinning view's questions. There is no query by twinning id among the
 * analyst questions, so the view first asks the generated API which
 * municipality governs a partner city (TWINNING_NODE_QUERY), then that
 * municipality's `twinnings` and keeps the one with this id.
 */
export const TWINNING_NODE_QUERY = `query TwinningNode($id: ID!) {
  twinningNodes(where: { id: { eq: $id } }) {
    id kind name nameEn status statusDate
    partners { id governedBy { id } }
  }
}`;

export const TWINNINGS_QUERY = `query Twinnings($municipality: ID!) {
  twinnings(municipality: $municipality) {
    id kind name nameEn status statusDate
    partners { id name nameEn aliases country { id name nameEn isoCode }
      evidence { documentId documentTitle quote start end } }
    history { id status date dateFrom noteEn resolution { id type label }
      evidence { documentId documentTitle quote start end } }
    actors {
      initiated { ...Actor } proposed { ...Actor } brokered { ...Actor } supported { ...Actor }
    }
  }
}
fragment Actor on TwinningActor {
  role noteEn actor { id type label } evidence { documentId documentTitle quote start end }
}`;

/** The resolutions behind the steps, with the session that adopted them and their votes. */
export const RESOLUTIONS_QUERY = `query StepResolutions($ids: [ID!]!) {
  resolutions(where: { id: { in: $ids } }) {
    id kind label text textEn
    evidence { quote start end document { id title titleEn } }
    adoptedAt { id number title date }
    votes { id present for against abstained unanimous outcome
      evidence { quote start end document { id title titleEn } } }
  }
}`;

/**
 * What the people among the actors are (their memberships): a person named
 * by role, such as the honorary consul who is also general director of
 * IskraUralTEL, stands for those organisations in the story.
 */
export const AFFILIATIONS_QUERY = `query ActorAffiliations($ids: [ID!]!) {
  people(where: { id: { in: $ids } }) {
    id
    memberships { id role titleOriginal titleEn start end
      organization { __typename ... on Actor { id name nameEn } }
      evidence { quote start end document { id title titleEn } } }
  }
}`;

export interface Affiliation {
  id: string;
  role: string;
  titleOriginal: string;
  titleEn?: string | null;
  start?: string | null;
  end?: string | null;
  organization: { __typename?: string; id: string; name: string; nameEn?: string | null }[];
  evidence: GeneratedPassage[];
}

export interface TwinningNode {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  status?: string | null;
  statusDate?: string | null;
  partners: { id: string; governedBy: { id: string }[] }[];
}

export interface Ref {
  id: string;
  type: string;
  label: string;
}

export interface PartnerCity {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  country?: { id: string; name: string; nameEn?: string | null; isoCode?: string | null } | null;
  evidence: SourcePassage;
}

export interface TwinningStep {
  id: string;
  status: string;
  date: string;
  dateFrom?: string | null;
  noteEn?: string | null;
  resolution?: Ref | null;
  evidence: SourcePassage[];
}

export interface TwinningActor {
  actor: Ref;
  role: string;
  noteEn?: string | null;
  evidence: SourcePassage;
}

export interface TwinningSummary {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  status?: string | null;
  statusDate?: string | null;
  partners: PartnerCity[];
  history: TwinningStep[];
  actors: Record<'initiated' | 'proposed' | 'brokered' | 'supported', TwinningActor[]>;
}

/** A passage as the generated API gives it (document as a list). */
export interface GeneratedPassage {
  quote: string;
  start: number;
  end: number;
  document: { id: string; title: string; titleEn?: string | null }[];
}

export interface Vote {
  id: string;
  present: number;
  for: number;
  against: number;
  abstained: number;
  unanimous: boolean;
  outcome: string;
  evidence: GeneratedPassage[];
}

export interface ResolutionDetail {
  id: string;
  kind: string;
  label?: string | null;
  text: string;
  textEn?: string | null;
  evidence: GeneratedPassage[];
  adoptedAt: { id: string; number?: number | null; title?: string | null; date: string }[];
  votes: Vote[];
}

/** The generated API's passage as the SourcePassage the viewer opens (null without a document). */
export function toSourcePassage(p: GeneratedPassage): SourcePassage | null {
  const d = p.document[0];
  if (!d) return null;
  return { documentId: d.id, documentTitle: d.titleEn ?? d.title, quote: p.quote, start: p.start, end: p.end };
}

/** The municipalities that govern one of the twinning's cities, each once, in order. */
export function municipalitiesOf(node: TwinningNode): string[] {
  return [...new Set(node.partners.flatMap((p) => p.governedBy.map((g) => g.id)))];
}

export function pickTwinning(list: readonly TwinningSummary[], id: string): TwinningSummary | null {
  return list.find((t) => t.id === id) ?? null;
}

/** The roles in the order they are shown. */
export const ROLES = ['initiated', 'proposed', 'brokered', 'supported'] as const;
export type RoleKey = (typeof ROLES)[number];

export interface ActorGroup {
  role: RoleKey;
  /** INITIATED, PROPOSED, … (the vocabulary's key). */
  code: string;
  items: TwinningActor[];
}

/** The actors by role, roles without actors left out. */
export function actorGroups(actors: TwinningSummary['actors']): ActorGroup[] {
  return ROLES.map((role) => ({ role, code: role.toUpperCase(), items: actors[role] ?? [] })).filter(
    (g) => g.items.length > 0,
  );
}

/** Every actor id, for looking up original names and abbreviations. */
export function actorIds(actors: TwinningSummary['actors']): string[] {
  return [...new Set(ROLES.flatMap((r) => (actors[r] ?? []).map((a) => a.actor.id)))];
}

/** The people among the actors, whose memberships say whom they stand for. */
export function personActorIds(actors: TwinningSummary['actors']): string[] {
  return [
    ...new Set(ROLES.flatMap((r) => (actors[r] ?? []).filter((a) => a.actor.type === 'Person').map((a) => a.actor.id))),
  ];
}

/** The usual road of a twinning; SUSPENDED and ENDED leave it. */
export const STATUS_PATH = ['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED'] as const;

/** The history in date order (steps without a date last, in the order given). */
export function sortedSteps(history: readonly TwinningStep[]): TwinningStep[] {
  return history
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      const da = a.s.dateFrom ?? a.s.date ?? '';
      const db = b.s.dateFrom ?? b.s.date ?? '';
      if (!da !== !db) return da ? -1 : 1;
      return da.localeCompare(db) || a.i - b.i;
    })
    .map(({ s }) => s);
}

/**
 * The steps of the usual road the twinning has not reached yet (shown
 * greyed): after the furthest step reached, unless it was suspended or ended.
 */
export function pendingStatuses(history: readonly TwinningStep[]): string[] {
  const steps = sortedSteps(history);
  const last = steps[steps.length - 1];
  if (last && (last.status === 'SUSPENDED' || last.status === 'ENDED')) return [];
  const reached = Math.max(-1, ...steps.map((s) => STATUS_PATH.indexOf(s.status as (typeof STATUS_PATH)[number])));
  return STATUS_PATH.slice(reached + 1);
}

/** The resolution ids behind the steps, each once. */
export function resolutionIds(history: readonly TwinningStep[]): string[] {
  return [...new Set(history.flatMap((s) => (s.resolution ? [s.resolution.id] : [])))];
}
