import type { EndpointType } from '../facts/vocabulary.js';

/** A passage of the text being written: its code point offset and the exact text there. */
export interface Span {
  readonly start: number;
  readonly quote: string;
}

export type Scalar = string | number | boolean;
export type Props = Readonly<Record<string, Scalar | readonly string[] | undefined>>;

export interface NodeOut {
  readonly id: string;
  readonly type: string;
  readonly props: Props;
  readonly evidence: Span[];
}

export interface RelationOut {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, Scalar>>;
  readonly evidence: Span;
}

/** Relation types told apart by one property (as the validator derives relation ids). */
const DISTINCT_BY: Readonly<Record<string, string>> = { INVOLVED_IN: 'role', PARTICIPATED_IN: 'role' };

/** Code points in a string, fast for text that is almost all in the Basic Multilingual Plane. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** What one document adds to the graph as loaded, counted while it is written. */
export interface DocumentTally {
  /** Entities stated for the first time in the corpus, by kind. */
  readonly newNodes: Map<string, number>;
  /** Relations stated for the first time in the corpus, by type. */
  readonly newRelations: Map<string, number>;
}

/**
 * One document being written: the text, appended piece by piece, and the
 * facts stated about it, each with the span it was written at, so that every
 * quote is a real slice of the text at its code point offset. A node stated
 * twice gets one entry with both passages; a relation stated twice, one.
 */
export class DocBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly nodes = new Map<string, NodeOut>();
  readonly relations: RelationOut[] = [];
  private readonly relationIds = new Set<string>();
  readonly tally: DocumentTally = { newNodes: new Map(), newRelations: new Map() };

  constructor(readonly documentId: string) {}

  /** Appends text and returns its span. */
  write(text: string): Span {
    const span = { start: this.length, quote: text };
    this.parts.push(text);
    this.length += codePoints(text);
    return span;
  }

  /** Appends text that no fact quotes. */
  plain(text: string): void {
    this.parts.push(text);
    this.length += codePoints(text);
  }

  /** The span of `piece` inside `span` (its first occurrence). */
  sub(span: Span, piece: string): Span {
    const at = span.quote.indexOf(piece);
    if (at < 0) throw new Error(`"${piece}" is not in "${span.quote}"`);
    return { start: span.start + codePoints(span.quote.slice(0, at)), quote: piece };
  }

  text(): string {
    return this.parts.join('');
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /**
   * States a node (or adds a passage to one stated already). `fresh` says that
   * this is the first document of the corpus to state it, for the manifest.
   */
  node(id: string, type: string, props: Props, evidence: Span, fresh: boolean): void {
    const existing = this.nodes.get(id);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === evidence.start && e.quote === evidence.quote))
        existing.evidence.push(evidence);
      return;
    }
    this.nodes.set(id, { id, type, props, evidence: [evidence] });
    if (fresh) this.tally.newNodes.set(type, (this.tally.newNodes.get(type) ?? 0) + 1);
  }

  /**
   * States a relation between two nodes stated in this document (or the
   * document itself); a second statement of the same relation is dropped.
   * `fresh`: no earlier document of the corpus states it.
   */
  relation(
    type: string,
    from: string,
    to: string,
    evidence: Span,
    fresh: boolean,
    props: Record<string, Scalar> = {},
  ): void {
    const by = DISTINCT_BY[type];
    const distinct = by === undefined ? '' : `:${String(props[by])}`.toLowerCase();
    const id = `${type.toLowerCase()}:${from}>${to}${distinct}`;
    if (this.relationIds.has(id)) return;
    if (from !== this.documentId && !this.nodes.has(from))
      throw new Error(`${type}: ${from} is not stated in ${this.documentId}`);
    if (!this.nodes.has(to)) throw new Error(`${type}: ${to} is not stated in ${this.documentId}`);
    this.relationIds.add(id);
    this.relations.push({ type, from, to, props, evidence });
    if (fresh) this.tally.newRelations.set(type, (this.tally.newRelations.get(type) ?? 0) + 1);
  }

  /** Distinct passages (start and length) the facts point to: each is one :Passage node. */
  passageCount(): number {
    const seen = new Set<string>();
    for (const n of this.nodes.values()) for (const e of n.evidence) seen.add(`${e.start}:${e.quote.length}`);
    for (const r of this.relations) seen.add(`${r.evidence.start}:${r.evidence.quote.length}`);
    return seen.size;
  }

  /** Evidence edges the loader makes: one per node and distinct passage. */
  evidenceEdgeCount(): number {
    let n = 0;
    for (const node of this.nodes.values()) n += node.evidence.length;
    return n;
  }
}

export type { EndpointType };
