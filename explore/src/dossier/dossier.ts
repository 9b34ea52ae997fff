import type { SourcePassage } from '../api/types';

/** The dossier's questions: `entity(id:)` (custom resolver) and the memberships of the generated API. */
export const ENTITY_QUERY = `query Dossier($id: ID!) {
  entity(id: $id) {
    id type label properties
    relations { type direction other { id type label } properties
      evidence { documentId documentTitle quote start end } }
    mentions { documentId documentTitle quote start end via }
    timeline { date dateFrom dateTo kind label id relation }
    relationCount mentionCount timelineCount
  }
}`;

export const MEMBERSHIPS_QUERY = `query Memberships($ids: [ID!]!) {
  memberships(where: { id: { in: $ids } }) {
    id role titleOriginal titleEn start end
    person { id name nameEn }
    organization { __typename ... on Actor { id name nameEn } }
  }
}`;

export interface Ref {
  id: string;
  type: string;
  label: string;
}

export interface DossierRelation {
  type: string;
  /** OUT when the relationship starts at the entity, IN when it ends there. */
  direction: string;
  other: Ref;
  properties: Record<string, unknown>;
  evidence: SourcePassage;
}

export interface Mention extends SourcePassage {
  via: string[];
}

export interface TimelineEntry {
  date: string;
  dateFrom: string;
  dateTo: string;
  kind: string;
  label: string;
  id: string;
  relation: string;
}

export interface Dossier extends Ref {
  properties: Record<string, unknown>;
  relations: DossierRelation[];
  mentions: Mention[];
  timeline: TimelineEntry[];
  /** Each list is one page (the API's default, 100 items); these count them whole. */
  relationCount: number;
  mentionCount: number;
  timelineCount: number;
}

export interface MembershipDetail {
  id: string;
  role: string;
  titleOriginal: string;
  titleEn?: string | null;
  start?: string | null;
  end?: string | null;
  person: { id: string; name: string; nameEn?: string | null }[];
  organization: { __typename?: string; id: string; name: string; nameEn?: string | null }[];
}

/** What the header shows, from the entity's properties. */
export interface DossierHeader {
  name: string;
  nameEn: string | null;
  abbreviation: string | null;
  aliases: string[];
  description: string | null;
  /** A date of the entity itself (session, event, step), as written. */
  date: string | null;
}

/** Lower case without diacritics: "Medobčinsko" and "medobcinsko" are the same name to a reader. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function dossierHeader(dossier: Pick<Dossier, 'label' | 'properties'>): DossierHeader {
  const p = dossier.properties;
  const name =
    str(p['name']) ??
    str(p['title']) ??
    str(p['titleOriginal']) ??
    str(p['text']) ??
    str(p['summary']) ??
    dossier.label;
  const nameEn = str(p['nameEn']) ?? str(p['titleEn']) ?? str(p['textEn']) ?? str(p['summaryEn']);
  const abbreviation = str(p['abbreviation']);
  // Spellings without diacritics are there for search, not for reading.
  const shown = new Set([name, nameEn, abbreviation].filter((x): x is string => !!x).map(fold));
  const aliases = Array.isArray(p['aliases'])
    ? (p['aliases'] as unknown[])
        .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
        .filter((a) => !shown.has(fold(a)))
    : [];
  return {
    name,
    nameEn: nameEn && nameEn !== name ? nameEn : null,
    abbreviation: abbreviation && abbreviation !== name ? abbreviation : null,
    aliases,
    description: str(p['description']),
    date: str(p['date']) ?? str(p['dateText']),
  };
}

/** The relationships that are shown as "roles and memberships" rather than as plain relations. */
export function isMembershipRelation(r: Pick<DossierRelation, 'type' | 'direction'>): boolean {
  return (r.type === 'HOLDS' && r.direction === 'OUT') || (r.type === 'MEMBERSHIP_IN' && r.direction === 'IN');
}

/** The Membership nodes around the entity: those a person HOLDS, those IN an organisation. */
export function membershipIds(relations: readonly DossierRelation[]): string[] {
  return [...new Set(relations.filter(isMembershipRelation).map((r) => r.other.id))];
}

export interface MembershipRow {
  id: string;
  role: string;
  title: string;
  titleEn: string | null;
  start: string | null;
  end: string | null;
  /** The person who holds it (shown on an organisation's dossier). */
  person: { id: string; name: string; nameEn?: string | null } | null;
  /** The organisation it is in (shown on a person's dossier). */
  organization: { id: string; name: string; nameEn?: string | null; type: string | null } | null;
  evidence: SourcePassage;
}

/**
 * One row per membership relation of the entity, completed with the
 * membership's details when they were found (else its label as the title).
 */
export function membershipRows(
  relations: readonly DossierRelation[],
  details: ReadonlyMap<string, MembershipDetail>,
): MembershipRow[] {
  const rows: MembershipRow[] = [];
  const seen = new Set<string>();
  for (const r of relations) {
    if (!isMembershipRelation(r) || seen.has(r.other.id)) continue;
    seen.add(r.other.id);
    const d = details.get(r.other.id);
    const org = d?.organization[0];
    const person = d?.person[0];
    rows.push({
      id: r.other.id,
      role: d?.role ?? '',
      title: d?.titleOriginal ?? r.other.label,
      titleEn: d?.titleEn && d.titleEn !== d.titleOriginal ? d.titleEn : null,
      start: d?.start ?? null,
      end: d?.end ?? null,
      person: r.type === 'MEMBERSHIP_IN' && person ? person : null,
      organization: r.type === 'HOLDS' && org ? { ...org, type: org.__typename ?? null } : null,
      evidence: r.evidence,
    });
  }
  return rows;
}

export interface RelationGroup {
  key: string;
  type: string;
  direction: string;
  items: DossierRelation[];
}

/** Groups shown first, in this order; the others follow alphabetically. */
const GROUP_ORDER = [
  'PARTNER',
  'INVOLVED_IN',
  'HAS_STEP',
  'DECIDED_BY',
  'HOLDS',
  'MEMBERSHIP_IN',
  'GOVERNS',
  'PART_OF',
  'LOCATED_IN',
  'PARTICIPATED_IN',
  'ABOUT',
  'CHAIRED_BY',
  'ATTENDED',
  'ABSENT_FROM',
  'STATED_BY',
  'MENTIONS',
];

/**
 * The relationships by type and direction (membership relations left out:
 * they have their own section), in a stable, readable order; within a group
 * each other end once per distinct fact, in the server's order.
 */
export function groupRelations(relations: readonly DossierRelation[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const r of relations) {
    if (isMembershipRelation(r)) continue;
    const key = `${r.type}:${r.direction}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, type: r.type, direction: r.direction, items: [] };
      groups.set(key, g);
    }
    g.items.push(r);
  }
  const rank = (t: string): number => {
    const i = GROUP_ORDER.indexOf(t);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return [...groups.values()].sort(
    (a, b) =>
      rank(a.type) - rank(b.type) ||
      a.type.localeCompare(b.type) ||
      (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1),
  );
}

/** The ids at the other ends, for looking up their original names. */
export function otherIds(relations: readonly DossierRelation[]): string[] {
  return [...new Set(relations.map((r) => r.other.id))];
}

/** Relationship properties worth showing, in a readable order, as [key, text] pairs. */
export function relationDetails(properties: Record<string, unknown>): [string, string][] {
  const first = ['role', 'capacityOriginal', 'capacity', 'group', 'noteEn'];
  const keys = Object.keys(properties).sort((a, b) => {
    const ia = first.indexOf(a);
    const ib = first.indexOf(b);
    return (ia < 0 ? first.length : ia) - (ib < 0 ? first.length : ib) || a.localeCompare(b);
  });
  const out: [string, string][] = [];
  for (const k of keys) {
    const v = properties[k];
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out.push([k, Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  }
  return out;
}

/** "2021-12-14", a range "a – b", an open one "a –" / "– b", or null. */
export function dateSpan(
  start: string | null | undefined,
  end: string | null | undefined,
  format: (d: string) => string,
): string | null {
  if (start && end) return start === end ? format(start) : `${format(start)} – ${format(end)}`;
  if (start) return `${format(start)} –`;
  if (end) return `– ${format(end)}`;
  return null;
}

/** A date as written, perhaps a range "2021/2021-12-13", in words. */
export function formatDateText(date: string, format: (d: string) => string): string {
  const parts = date.split('/');
  if (parts.length === 2 && parts[0] && parts[1]) return dateSpan(parts[0], parts[1], format) ?? date;
  return format(date);
}

/** Mentions by document, in document order (the server's order), each passage once. */
export function uniqueMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.documentId}|${m.start}|${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How a timeline entry is connected, in words: the bare relationship types
 * ("ATTENDED; CHAIRED_BY") named by `label`, the others ("INVOLVED_IN
 * twinning:x (PROPOSED)") kept as the server wrote them.
 */
export function timelineRelationText(relation: string, label: (type: string) => string): string {
  return relation
    .split('; ')
    .filter((part) => part && part !== 'SELF')
    .map((part) => (/^[A-Z_]+$/.test(part) ? label(part) : part))
    .join('; ');
}
