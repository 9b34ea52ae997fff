import { codePointLength } from '../../facts/codePoints.js';
import type { RawFactsFile } from '../../facts/factsSchema.js';
import { relationKey, type RawNode } from './factKey.js';

/** An entity a doubtful name may be. */
export interface ProposalCandidate {
  readonly id: string;
  readonly type: string;
  readonly name: string;
}

/** One fact of a draft as a reviewer sees it: what, where in the text, and why it is doubtful (if it is). */
export interface DraftProposal {
  /** The node id, or the relation's key (`relationKey`): what a decision names. */
  readonly fact: string;
  /** The node type, or the relation type. */
  readonly kind: string;
  readonly label: string;
  readonly quote: string;
  /** Code point offsets of the quote in the document text. */
  readonly start: number;
  readonly end: number;
  /** Why a reviewer must look at it; null when the importer is sure. */
  readonly review: string | null;
  readonly candidates: readonly ProposalCandidate[];
}

/** What the graph says of a candidate id (its kind and name), when it holds it. */
export type CandidateLookup = ReadonlyMap<string, { readonly type: string; readonly name: string }>;

/** Every candidate id the draft's review marks name, for one look-up in the graph. */
export function candidateIds(facts: RawFactsFile): string[] {
  const ids = [...facts.nodes, ...facts.relations].flatMap((f) => (f.review?.candidates ?? []).map((c) => c.id));
  return [...new Set(ids)];
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined;

function short(text: string, max = 80): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim());
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : points.join('');
}

/** A readable name for a node: its name, else its title or role, else the start of its passage. */
export function nodeLabel(node: RawNode): string {
  const named = str(node.name) ?? str(node.titleOriginal) ?? str(node.title) ?? str(node.text);
  if (named) return short(named);
  if (node.type === 'Session' && str(node.date))
    return `${str(node.number) ? `${str(node.number)}. ` : ''}${String(node.date)}`;
  return short(node.evidence[0]?.quote ?? node.id);
}

/**
 * Every fact of a draft, nodes then relations, as the review screen lists
 * them: a readable label ("Ana Kos", "Ana Kos → ATTENDED → 7. 2023-03-09"),
 * the first passage (quote and code point offsets), the reason for doubt and
 * the candidates with their kind and name (from the graph where it has them,
 * else from the review mark and the draft). Pure.
 */
export function draftProposals(facts: RawFactsFile, lookup: CandidateLookup = new Map()): DraftProposal[] {
  const byId = new Map(facts.nodes.map((n) => [n.id, n]));
  const labelOf = (id: string): string => {
    const node = byId.get(id);
    if (node) return nodeLabel(node);
    if (id === facts.document.id) return facts.document.title;
    return lookup.get(id)?.name ?? id;
  };
  const candidates = (f: { review?: RawFactsFile['nodes'][number]['review'] }): ProposalCandidate[] =>
    (f.review?.candidates ?? []).map((c) => {
      const known = lookup.get(c.id);
      const drafted = byId.get(c.id);
      return { id: c.id, type: known?.type ?? drafted?.type ?? '', name: known?.name ?? c.name };
    });
  const passage = (ev: { start: number; quote: string } | undefined) => ({
    quote: ev?.quote ?? '',
    start: ev?.start ?? 0,
    end: (ev?.start ?? 0) + codePointLength(ev?.quote ?? ''),
  });
  return [
    ...facts.nodes.map((n) => ({
      fact: n.id,
      kind: n.type,
      label: nodeLabel(n),
      ...passage(n.evidence[0]),
      review: n.review?.reason ?? null,
      candidates: candidates(n),
    })),
    ...facts.relations.map((r) => ({
      fact: relationKey(r),
      kind: r.type,
      label: `${labelOf(r.from)} → ${r.type} → ${labelOf(r.to)}`,
      ...passage(r.evidence),
      review: r.review?.reason ?? null,
      candidates: candidates(r),
    })),
  ];
}
