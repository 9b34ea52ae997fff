import type { GraphEdge, GraphNode, SourcePassage } from '../api/types';
import { foldText } from './tableFilter';

/** How codes read in the interface's language: kinds of node and relation, roles, statuses. Unknown codes as they are. */
export interface RowVocabulary {
  kind(kind: string): string;
  relation(type: string): string;
  /** A relation's role (INVOLVED_IN's INITIATED …). */
  role(role: string): string;
  /** Any other coded value (a membership's role, a twinning's status …). */
  value(value: string): string;
}

/** An identity vocabulary: codes as they are (tests, machine-readable exports). */
export const RAW_VOCABULARY: RowVocabulary = {
  kind: (k) => k,
  relation: (t) => t,
  role: (r) => r,
  value: (v) => v,
};

/** One node on screen as a table row. */
export interface NodeRow {
  id: string;
  /** The node's kind as the API gives it (Person, City …). */
  type: string;
  /** The kind in the interface's language. */
  kind: string;
  /** The name in the original. */
  name: string;
  /** The English name when it differs from the original, else ''. */
  nameEn: string;
  /** Key properties: role, kind, status, outcome, abbreviation, ISO code, joined with " · ". */
  details: string;
  /** The node's date (date, status date, or a membership's start–end), as written (ISO, maybe partial). */
  date: string;
  /** How many relations on screen touch it. */
  degree: number;
  /** Everything the text filter looks in, accents folded and lower-cased. */
  search: string;
}

/** One relation on screen as a table row. */
export interface RelationRow {
  id: string;
  /** The relation type as the API gives it (INVOLVED_IN …). */
  type: string;
  /** The relation type in the interface's language. */
  kind: string;
  fromId: string;
  from: string;
  fromEn: string;
  toId: string;
  to: string;
  toEn: string;
  role: string;
  documentId: string;
  quote: string;
  note: string;
  /** Where the quote is written, when the relation carries its provenance. */
  passage: SourcePassage | null;
  search: string;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** The original name and the English one (empty when the same) of a node. */
export function nodeNames(node: GraphNode): { name: string; nameEn: string } {
  const p = node.properties ?? {};
  const original = text(p['name']) || text(p['titleOriginal']) || text(p['title']) || node.label || node.id;
  const english = text(p['nameEn']) || text(p['titleEn']);
  return { name: original, nameEn: english && english !== original ? english : '' };
}

function nodeDate(p: Record<string, unknown>): string {
  const date = text(p['date']) || text(p['statusDate']);
  if (date) return date;
  const start = text(p['start']);
  const end = text(p['end']);
  if (start && end) return `${start} – ${end}`;
  if (start) return `${start} –`;
  if (end) return `– ${end}`;
  return '';
}

function nodeDetails(p: Record<string, unknown>, vocabulary: RowVocabulary): string {
  const parts: string[] = [];
  for (const key of ['role', 'kind', 'status', 'outcome', 'mode']) {
    const v = text(p[key]);
    if (v) parts.push(vocabulary.value(v));
  }
  for (const key of ['abbreviation', 'isoCode', 'capacity', 'label']) {
    const v = text(p[key]);
    if (v) parts.push(v);
  }
  if (typeof p['present'] === 'number' && typeof p['for'] === 'number') parts.push(`${p['for']}/${p['present']}`);
  return [...new Set(parts)].join(' · ');
}

function aliases(p: Record<string, unknown>): string[] {
  const a = p['aliases'];
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
}

/** The nodes on screen as rows, in the view's order; degree counts the edges on screen. */
export function nodeRows(view: { nodes: GraphNode[]; edges: GraphEdge[] }, vocabulary: RowVocabulary): NodeRow[] {
  const degree = new Map<string, number>();
  for (const e of view.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return view.nodes.map((node) => {
    const p = node.properties ?? {};
    const { name, nameEn } = nodeNames(node);
    const kind = vocabulary.kind(node.type);
    const details = nodeDetails(p, vocabulary);
    const date = nodeDate(p);
    return {
      id: node.id,
      type: node.type,
      kind,
      name,
      nameEn,
      details,
      date,
      degree: degree.get(node.id) ?? 0,
      search: foldText([name, nameEn, node.label, ...aliases(p), kind, node.type, details, date, node.id].join('\n')),
    };
  });
}

/** A relation's passage, when it carries documentId, quote, start and end. */
export function relationPassage(edge: GraphEdge): SourcePassage | null {
  const p = edge.properties ?? {};
  const documentId = p['documentId'];
  const quote = p['quote'];
  const start = p['start'];
  const end = p['end'];
  if (typeof documentId !== 'string' || typeof quote !== 'string') return null;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  const title = p['documentTitle'];
  return { documentId, quote, start, end, ...(typeof title === 'string' ? { documentTitle: title } : {}) };
}

/** The relations on screen as rows, in the view's order, with the names of their ends. */
export function relationRows(
  view: { nodes: GraphNode[]; edges: GraphEdge[] },
  vocabulary: RowVocabulary,
): RelationRow[] {
  // Names, kinds, roles and documents repeat from row to row: name and fold each once.
  const ends = new Map<string, { name: string; nameEn: string; folded: string }>();
  for (const n of view.nodes) {
    const names = nodeNames(n);
    ends.set(n.id, { ...names, folded: foldText(`${names.name}\n${names.nameEn}`) });
  }
  const endOf = (id: string) => {
    let end = ends.get(id);
    if (!end) ends.set(id, (end = { name: id, nameEn: '', folded: foldText(id) }));
    return end;
  };
  const folded = new Map<string, string>();
  const fold = (value: string): string => {
    let f = folded.get(value);
    if (f === undefined) folded.set(value, (f = foldText(value)));
    return f;
  };
  return view.edges.map((edge) => {
    const p = edge.properties ?? {};
    const from = endOf(edge.source);
    const to = endOf(edge.target);
    const rawRole = text(p['role']) || text(p['capacity']) || text(p['capacityOriginal']) || text(p['group']);
    const role = rawRole ? vocabulary.role(rawRole) : '';
    const kind = vocabulary.relation(edge.type);
    const quote = text(p['quote']);
    const documentId = text(p['documentId']);
    const note = text(p['noteEn']) || text(p['note']);
    return {
      id: edge.id,
      type: edge.type,
      kind,
      fromId: edge.source,
      from: from.name,
      fromEn: from.nameEn,
      toId: edge.target,
      to: to.name,
      toEn: to.nameEn,
      role,
      documentId,
      quote,
      note,
      passage: relationPassage(edge),
      search: `${fold(kind)}\n${fold(edge.type)}\n${fold(role)}\n${fold(rawRole)}\n${fold(documentId)}\n${from.folded}\n${to.folded}\n${foldText(quote)}\n${foldText(note)}`,
    };
  });
}
