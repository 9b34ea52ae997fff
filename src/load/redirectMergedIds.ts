import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeFact, RelationFact, ValidatedFacts } from '../facts/validateFacts.js';
import { rekeyRelationId } from './rekeyRelationId.js';

/**
 * The facts with every id an editor merged away replaced by the id of the node
 * it was merged into (found through the `:Merge` records, one indexed lookup
 * for all ids), so a document that still uses an old id lands on the kept
 * node. A node stated under both ids becomes one: the kept id's properties
 * win, the other name becomes an alias, the passages are joined. Relations
 * whose ids came from their end points follow them; duplicates collapse.
 */
export async function redirectMergedIds(tx: ManagedTransaction, facts: ValidatedFacts): Promise<ValidatedFacts> {
  return redirectIds(
    facts,
    await mergedIdTargets(
      tx,
      facts.nodes.map((n) => n.id),
    ),
  );
}

/**
 * Which of the given ids an editor merged away, and into which node: one
 * indexed lookup for all of them (a bulk load asks once per batch).
 */
export async function mergedIdTargets(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
  const { records } = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Merge {merged: id})<-[:MERGED_FROM]-(kept:Entity)
     RETURN id, kept.id AS kept`,
    { ids },
  );
  return new Map(records.map((r) => [String(r.get('id')), String(r.get('kept'))]));
}

/** The facts with the ids in `to` replaced by their kept ids (see redirectMergedIds). Pure. */
export function redirectIds(facts: ValidatedFacts, to: ReadonlyMap<string, string>): ValidatedFacts {
  if (!facts.nodes.some((n) => to.has(n.id))) return facts;
  const at = (id: string): string => to.get(id) ?? id;

  const nodes = new Map<string, NodeFact>();
  // Nodes stated under their own id first, so theirs are the properties that win.
  const ordered = [...facts.nodes].sort((a, b) => Number(to.has(a.id)) - Number(to.has(b.id)));
  for (const node of ordered) {
    const id = at(node.id);
    const earlier = nodes.get(id);
    nodes.set(id, earlier ? joinNodes(earlier, node) : { ...node, id });
  }

  const relations = new Map<string, RelationFact>();
  for (const r of facts.relations) {
    const ends = { from: at(r.from), to: at(r.to) };
    const id = rekeyRelationId(r.id, r.type, r, ends);
    if (!relations.has(id)) relations.set(id, { ...r, ...ends, id });
  }
  return { ...facts, nodes: [...nodes.values()], relations: [...relations.values()] };
}

function joinNodes(kept: NodeFact, other: NodeFact): NodeFact {
  const properties: Record<string, unknown> = { ...other.properties, ...kept.properties };
  const aliases = [kept.properties['aliases'], other.properties['aliases'], [other.properties['name']]]
    .flatMap((a) => (Array.isArray(a) ? a : []))
    .filter((a) => a !== undefined && a !== kept.properties['name']);
  if (Array.isArray(kept.properties['aliases'])) properties['aliases'] = [...new Set(aliases)];
  return { ...kept, properties, passageIds: [...new Set([...kept.passageIds, ...other.passageIds])] };
}
