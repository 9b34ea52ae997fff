import type { Evidence, RawFactsFile } from '../../facts/factsSchema.js';
import { NODE_PROPERTIES, type NodeType } from '../../facts/vocabulary.js';
import { slugify } from '../names/slugify.js';
import { relationKey, type RawNode, type RawRelation } from './factKey.js';
import { REVIEW_ACTIONS, ReviewDecisionError, type ReviewDecision } from './reviewDecision.js';

/** What became of one decided fact: the decision, the fact's kind, and the id it is loaded as (nodes). */
export interface AppliedDecision extends ReviewDecision {
  readonly kind: string;
  /** The node's id after the decision (the chosen candidate, a new id); absent for relations and rejected facts. */
  readonly resultId?: string;
}

export interface ReviewedFacts {
  readonly facts: RawFactsFile;
  readonly applied: readonly AppliedDecision[];
}

export interface ApplyOptions {
  /** Ids the graph already holds: CREATE_NEW never reuses one of them for the new entity. */
  readonly takenIds?: ReadonlySet<string>;
}

function hasName(type: string): boolean {
  return Object.hasOwn(NODE_PROPERTIES, type) && 'name' in NODE_PROPERTIES[type as NodeType].shape;
}

function nodeName(node: RawNode): string | undefined {
  return typeof node.name === 'string' ? node.name : undefined;
}

function candidatesOf(fact: RawNode | RawRelation): readonly { id: string; name: string }[] {
  return fact.review?.candidates ?? [];
}

function withoutReview<T extends { review?: unknown }>(fact: T): T {
  const copy = { ...fact };
  delete copy.review;
  return copy;
}

/**
 * Applies a reviewer's decisions to a draft facts file, returning the facts
 * to validate and load (pure; the input is not changed):
 *
 * - ACCEPT drops the review mark;
 * - REJECT removes the fact, and every relation that hangs on a removed node;
 * - CORRECT gives a node another name (its evidence, the passage, stays);
 * - CHOOSE_CANDIDATE re-points a node to one of its candidates (an entity the
 *   graph holds), its relations with it, and takes the candidate's name;
 * - CREATE_NEW keeps a node as a new entity (a fresh id if its id is an
 *   existing entity's), optionally under a corrected name.
 *
 * Facts are named as the draft names them: a node by its id, a relation by
 * `relationKey`. Facts no decision names stay as they are (a review mark
 * keeps them pending). Unknown facts and impossible combinations throw a
 * ReviewDecisionError listing every problem.
 */
export function applyReviewDecisions(
  doc: RawFactsFile,
  decisions: readonly ReviewDecision[],
  options: ApplyOptions = {},
): ReviewedFacts {
  const nodes = new Map<string, RawNode>();
  for (const n of doc.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const relationCount = new Map<string, number>();
  for (const r of doc.relations) relationCount.set(relationKey(r), (relationCount.get(relationKey(r)) ?? 0) + 1);

  const problems: string[] = [];
  const byFact = new Map<string, ReviewDecision>();
  for (const d of decisions) {
    const where = `"${d.fact}" (${d.action})`;
    const before = problems.length;
    if (byFact.has(d.fact)) problems.push(`${where}: the fact has more than one decision`);
    if (!(REVIEW_ACTIONS as readonly string[]).includes(d.action)) {
      problems.push(`${where}: unknown action; one of ${REVIEW_ACTIONS.join(', ')}`);
    }
    const node = nodes.get(d.fact);
    const relations = relationCount.get(d.fact) ?? 0;
    if (!node && relations === 0) {
      problems.push(`${where}: no fact of this draft is called so (a node id, or a relation as "TYPE from → to")`);
    } else if (!node && relations > 1) {
      problems.push(`${where}: the draft states this relation ${relations} times; give it an id to decide on it`);
    }
    const name = d.name?.trim();
    if (d.action === 'CHOOSE_CANDIDATE') {
      if (!d.candidateId) problems.push(`${where}: CHOOSE_CANDIDATE needs candidateId`);
    } else if (d.candidateId) {
      problems.push(`${where}: candidateId goes only with CHOOSE_CANDIDATE`);
    }
    if (d.action === 'CORRECT') {
      if (!name) problems.push(`${where}: CORRECT needs the corrected name`);
    } else if (d.name !== undefined && d.name !== null && d.action !== 'CREATE_NEW') {
      problems.push(`${where}: a name goes only with CORRECT or CREATE_NEW`);
    }
    if (d.action === 'CREATE_NEW' && d.name !== undefined && d.name !== null && !name) {
      problems.push(`${where}: the new entity's name is empty`);
    }
    if (problems.length === before && !node && ['CORRECT', 'CHOOSE_CANDIDATE', 'CREATE_NEW'].includes(d.action)) {
      problems.push(`${where}: a relation can only be accepted or rejected`);
    }
    if (problems.length === before && node && ['CORRECT', 'CHOOSE_CANDIDATE', 'CREATE_NEW'].includes(d.action)) {
      if (!hasName(node.type)) problems.push(`${where}: a ${node.type} has no name; accept or reject it`);
      if (d.action === 'CHOOSE_CANDIDATE' && d.candidateId) {
        const ids = candidatesOf(node).map((c) => c.id);
        if (!ids.includes(d.candidateId)) {
          problems.push(
            `${where}: "${d.candidateId}" is not a candidate of this fact` +
              (ids.length ? ` (its candidates: ${ids.join(', ')})` : ' (it has none)'),
          );
        }
      }
    }
    if (!byFact.has(d.fact)) byFact.set(d.fact, d);
  }
  if (problems.length > 0) throw new ReviewDecisionError(problems);

  const taken = new Set<string>([
    ...(options.takenIds ?? []),
    ...doc.nodes.map((n) => n.id),
    ...doc.nodes.flatMap((n) => candidatesOf(n).map((c) => c.id)),
    doc.document.id,
  ]);
  const freshId = (node: RawNode, name: string): string => {
    const prefix = node.id.slice(0, node.id.indexOf(':'));
    const base = `${prefix}:${slugify(name) || 'unnamed'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const removed = new Set<string>();
  const renamed = new Map<string, string>();
  const applied: AppliedDecision[] = [];
  const decidedNodes = new Map<string, RawNode>();
  for (const node of nodes.values()) {
    const d = byFact.get(node.id);
    if (!d) continue;
    const name = d.name?.trim();
    let result: RawNode;
    switch (d.action) {
      case 'ACCEPT':
        result = withoutReview(node);
        break;
      case 'REJECT':
        removed.add(node.id);
        applied.push({ ...d, kind: node.type });
        continue;
      case 'CORRECT':
        result = { ...withoutReview(node), name: name ?? nodeName(node) };
        break;
      case 'CHOOSE_CANDIDATE': {
        const candidate = candidatesOf(node).find((c) => c.id === d.candidateId);
        result = { ...withoutReview(node), id: d.candidateId ?? node.id, name: candidate?.name ?? nodeName(node) };
        break;
      }
      case 'CREATE_NEW': {
        const newName = name ?? nodeName(node) ?? node.id;
        const existing = (options.takenIds?.has(node.id) ?? false) || candidatesOf(node).some((c) => c.id === node.id);
        result = { ...withoutReview(node), name: newName, id: existing ? freshId(node, newName) : node.id };
        break;
      }
    }
    if (result.id !== node.id) renamed.set(node.id, result.id);
    decidedNodes.set(node.id, result);
    applied.push({ ...d, kind: node.type, resultId: result.id });
  }

  // Nodes in their order; a node re-pointed to an id the draft already states becomes one node.
  const outNodes: RawNode[] = [];
  const outById = new Map<string, RawNode>();
  for (const original of doc.nodes) {
    if (removed.has(original.id)) continue;
    const node = decidedNodes.get(original.id) ?? original;
    const same = outById.get(node.id);
    if (!same) {
      const copy = { ...node, evidence: [...node.evidence] };
      outById.set(copy.id, copy);
      outNodes.push(copy);
      continue;
    }
    const evidence = same.evidence as Evidence[];
    for (const e of node.evidence) {
      if (!evidence.some((x) => x.start === e.start && x.quote === e.quote)) evidence.push(e);
    }
    for (const [k, v] of Object.entries(node)) if (same[k] === undefined) same[k] = v;
    if (!node.review) delete same.review;
  }

  const outRelations: RawRelation[] = [];
  const seen = new Set<string>();
  for (const rel of doc.relations) {
    if (removed.has(rel.from) || removed.has(rel.to)) continue;
    const d = byFact.get(relationKey(rel));
    if (d?.action === 'REJECT') {
      applied.push({ ...d, kind: rel.type });
      continue;
    }
    let out: RawRelation = { ...rel, from: renamed.get(rel.from) ?? rel.from, to: renamed.get(rel.to) ?? rel.to };
    if (d?.action === 'ACCEPT') {
      out = withoutReview(out);
      applied.push({ ...d, kind: rel.type });
    }
    if (out.from === out.to) continue;
    const key = relationKey(out);
    if (seen.has(key)) continue;
    seen.add(key);
    outRelations.push(out);
  }

  // Every decision is on the record, also one on a relation that fell with a rejected node.
  const recorded = new Set(applied.map((a) => a.fact));
  const relationType = new Map(doc.relations.map((r) => [relationKey(r), r.type]));
  for (const d of byFact.values()) {
    if (!recorded.has(d.fact)) applied.push({ ...d, kind: nodes.get(d.fact)?.type ?? relationType.get(d.fact) ?? '' });
  }
  return { facts: { ...doc, nodes: outNodes, relations: outRelations }, applied };
}
