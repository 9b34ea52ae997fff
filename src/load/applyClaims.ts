import type { ManagedTransaction } from 'neo4j-driver';
import { FactsError, type NodeFact, type RelationFact } from '../facts/validateFacts.js';
import { NODE_TYPES } from '../facts/vocabulary.js';
import type { Run } from './countingRun.js';
import { entityLabels } from './entityLabels.js';
import { resolveNodeClaims } from './resolveNodeClaims.js';
import { claimId, parseClaim, rankClaims, storedClaim, type StoredClaim } from './storedClaim.js';
import { writeEntityRows, deleteEntities, type EntityRow } from './writeEntityRows.js';
import { writePropertyConflicts } from './writePropertyConflicts.js';
import { deleteRelations, writeRelationRows, type RelationRow } from './writeRelationRows.js';

/** What one document states now: nothing at all when it is being removed. */
export interface DocumentStatements {
  /** Where the facts come from, for error messages. */
  readonly source: string;
  readonly documentId: string;
  readonly date: string;
  readonly nodes: readonly NodeFact[];
  readonly relations: readonly RelationFact[];
}

/** What changed: the nodes and relations the document touched, kept or removed. */
export interface AppliedClaims {
  /** Nodes it touched that are still in the graph (stated by it or by another document). */
  readonly keptNodeIds: readonly string[];
  readonly removedNodes: number;
  readonly keptRelations: number;
  readonly removedRelations: number;
}

const READ_STATE = `
CALL () {
  MATCH (c:Claim {documentId: $doc}) RETURN c.factId AS factId
  UNION
  UNWIND $factIds AS factId RETURN factId
}
OPTIONAL MATCH (c:Claim {factId: factId})
WITH factId, collect(c {.*}) AS claims
OPTIONAL MATCH (n:Entity {id: factId})
OPTIONAL MATCH (n)-[:MERGED_FROM]->(m:Merge)
RETURN factId, claims, [l IN labels(n) WHERE l IN $kinds][0] AS kind, collect(m.mergedName) AS acceptedNames`;

function nodeClaim(doc: string, date: string, n: NodeFact): StoredClaim {
  const { id: _id, ...props } = n.properties;
  return {
    id: claimId(doc, n.id),
    documentId: doc,
    factId: n.id,
    kind: 'node',
    type: n.type,
    from: '',
    to: '',
    date,
    props,
    passageIds: n.passageIds,
  };
}

function relationClaim(doc: string, date: string, r: RelationFact): StoredClaim {
  const { id: _id, ...props } = r.properties;
  return {
    id: claimId(doc, r.id),
    documentId: doc,
    factId: r.id,
    kind: 'relation',
    type: r.type,
    from: r.from,
    to: r.to,
    date,
    props,
    passageIds: [String(r.properties['passageId'])],
  };
}

/**
 * Makes the graph hold what one document states now, beside what the others
 * state: it replaces the document's claims, then recomputes every node and
 * relationship the document states or stated from all their claims. What no
 * document states any more goes; what another still states stays, with that
 * document's values and evidence; disagreements become PROPERTY_CONFLICT
 * findings. A statement per stage, batched with UNWIND; the caller's
 * transaction makes it all or nothing.
 */
export async function applyClaims(
  tx: ManagedTransaction,
  run: Run,
  statements: DocumentStatements,
): Promise<AppliedClaims> {
  const doc = statements.documentId;
  const mine = new Map<string, StoredClaim>();
  for (const n of statements.nodes) mine.set(n.id, nodeClaim(doc, statements.date, n));
  for (const r of statements.relations) mine.set(r.id, relationClaim(doc, statements.date, r));

  const { records } = await tx.run(READ_STATE, { doc, factIds: [...mine.keys()], kinds: NODE_TYPES });
  const clashes = statements.nodes.flatMap((n) => {
    const kind = records.find((r) => r.get('factId') === n.id)?.get('kind') as string | null | undefined;
    return kind && kind !== n.type
      ? [{ fact: n.id, problem: `is a ${n.type} here, but the graph already has it as a ${kind}` }]
      : [];
  });
  if (clashes.length > 0) throw new FactsError(statements.source, clashes);

  const entityRows: EntityRow[] = [];
  const removedEntities: string[] = [];
  const relationRows: RelationRow[] = [];
  const removedRelations: { id: string; type: string; from: string }[] = [];
  const conflicts: { id: string; conflicts: ReturnType<typeof resolveNodeClaims>['conflicts'] }[] = [];
  for (const record of records) {
    const factId = String(record.get('factId'));
    const old = (record.get('claims') as Record<string, unknown>[]).map(parseClaim);
    const stated = mine.get(factId);
    const claims = [...old.filter((c) => c.documentId !== doc), ...(stated ? [stated] : [])];
    const previousKeys = new Set(old.flatMap((c) => Object.keys(c.props)));
    const any = stated ?? old[0];
    if (!any) continue;
    if (any.kind === 'relation') {
      const winner = rankClaims(claims)[0];
      if (!winner) removedRelations.push({ id: factId, type: any.type, from: any.from });
      else {
        const props: Record<string, unknown> = Object.fromEntries([...previousKeys].map((k) => [k, null]));
        relationRows.push({
          id: factId,
          type: winner.type,
          from: winner.from,
          to: winner.to,
          props: Object.assign(props, winner.props),
        });
      }
    } else if (claims.length === 0) {
      removedEntities.push(factId);
    } else {
      const resolved = resolveNodeClaims(factId, claims, record.get('acceptedNames') as string[], previousKeys);
      entityRows.push({
        id: factId,
        labels: stated ? entityLabels(stated.type as (typeof NODE_TYPES)[number]) : [],
        props: resolved.props,
        documentIds: resolved.documentIds,
        passageIds: stated?.passageIds ?? [],
      });
      conflicts.push({ id: factId, conflicts: resolved.conflicts });
    }
  }

  // Claims are bookkeeping beside the graph: the counters report what the graph itself gained or lost.
  await tx.run(
    `UNWIND $claims AS c
     MERGE (x:Claim {id: c.id})
     SET x = c`,
    { claims: [...mine.values()].map(storedClaim) },
  );
  await tx.run('MATCH (c:Claim {documentId: $doc}) WHERE NOT c.id IN $ids DELETE c', {
    doc,
    ids: [...mine.values()].map((c) => c.id),
  });
  await writeEntityRows(run, doc, entityRows);
  await writeRelationRows(run, relationRows);
  await deleteRelations(run, removedRelations);
  await deleteEntities(run, removedEntities);
  await writePropertyConflicts(run, conflicts);
  return {
    keptNodeIds: entityRows.map((r) => r.id),
    removedNodes: removedEntities.length,
    keptRelations: relationRows.length,
    removedRelations: removedRelations.length,
  };
}
