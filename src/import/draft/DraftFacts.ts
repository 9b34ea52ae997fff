import type { Evidence, Review } from '../../facts/factsSchema.js';
import { codePointBoundary } from '../../facts/codePoints.js';
import { RELATION_RULES, type NodeType, type RelationType } from '../../facts/vocabulary.js';
import { trimSpan, type Span } from '../span.js';
import { codePointIndex } from './codePointIndex.js';

export interface DraftNode {
  readonly id: string;
  readonly type: NodeType;
  readonly properties: Record<string, unknown>;
  readonly evidence: Evidence[];
  review?: Review;
  /** Why the importer stated it: the rule that fired. */
  readonly rule: string;
}

export interface DraftRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, unknown>;
  readonly evidence: Evidence;
  review?: Review;
  readonly rule: string;
}

/**
 * The facts a draft states, collected as the stages find them: each node
 * once (later evidence added to it, missing properties filled in), each
 * relation once (as the validator identifies relations), every passage turned
 * from a span of the text into a code point offset and its exact quote.
 */
export class DraftFacts {
  private readonly toPoint: (utf16: number) => number;
  private readonly nodeById = new Map<string, DraftNode>();
  private readonly relationByKey = new Map<string, DraftRelation>();

  constructor(readonly text: string) {
    this.toPoint = codePointIndex(text);
  }

  /** The passage a span covers, trimmed of white space, in whole code points; undefined for an empty span. */
  evidence(span: Span): Evidence | undefined {
    if (span.start < 0 || span.end > this.text.length) return undefined;
    const trimmed = trimSpan(this.text, span);
    if (trimmed.end <= trimmed.start) return undefined;
    // A span cut by a fixed-size window may split an emoji: the passage then takes the whole of it.
    const start = codePointBoundary(this.text, trimmed.start, 'back');
    const end = codePointBoundary(this.text, trimmed.end, 'forward');
    return { start: this.toPoint(start), quote: this.text.slice(start, end) };
  }

  has(id: string): boolean {
    return this.nodeById.has(id);
  }

  node(id: string): DraftNode | undefined {
    return this.nodeById.get(id);
  }

  /**
   * States a node with its passages. A node stated again keeps its first
   * properties, gains the ones it lacked and the new passages; a review mark
   * stays only while every statement of the node is doubtful.
   */
  addNode(
    id: string,
    type: NodeType,
    properties: Record<string, unknown>,
    spans: readonly (Span | undefined)[],
    rule: string,
    review?: Review,
  ): string | undefined {
    const evidence = spans.flatMap((s) => (s ? [this.evidence(s)] : [])).filter((e): e is Evidence => !!e);
    const defined = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined && v !== ''));
    const existing = this.nodeById.get(id);
    if (existing) {
      if (existing.type !== type) return undefined;
      for (const [k, v] of Object.entries(defined))
        if (existing.properties[k] === undefined) existing.properties[k] = v;
      for (const e of evidence) {
        if (!existing.evidence.some((x) => x.start === e.start && x.quote === e.quote)) existing.evidence.push(e);
      }
      if (!review) delete existing.review;
      return id;
    }
    if (evidence.length === 0) return undefined;
    const node: DraftNode = { id, type, properties: defined, evidence, rule };
    if (review) node.review = review;
    this.nodeById.set(id, node);
    return id;
  }

  /** States a relation between two stated nodes; the first statement of the same relation wins. */
  addRelation(
    type: RelationType,
    from: string | undefined,
    to: string | undefined,
    properties: Record<string, unknown>,
    span: Span | undefined,
    rule: string,
    review?: Review,
  ): void {
    if (!from || !to || !span || from === to) return;
    const evidence = this.evidence(span);
    if (!evidence) return;
    const ruleOf = RELATION_RULES[type];
    const distinctBy = 'distinctBy' in ruleOf ? ruleOf.distinctBy : undefined;
    const defined = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined && v !== ''));
    const key = `${type}:${from}>${to}:${distinctBy ? String(defined[distinctBy]) : ''}`;
    const existing = this.relationByKey.get(key);
    if (existing) {
      if (!review) delete existing.review;
      return;
    }
    const relation: DraftRelation = { type, from, to, properties: defined, evidence, rule };
    if (review) relation.review = review;
    this.relationByKey.set(key, relation);
  }

  get nodes(): readonly DraftNode[] {
    return [...this.nodeById.values()];
  }

  get relations(): readonly DraftRelation[] {
    return [...this.relationByKey.values()];
  }
}
