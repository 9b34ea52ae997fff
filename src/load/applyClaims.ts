import type { ManagedTransaction } from 'neo4j-driver';
import { FactsError, type NodeFact, type RelationFact } from '../facts/validateFacts.js';
import { NODE_TYPES } from '../facts/vocabulary.js';
import type { Run } from './countingRun.js';
import { entityLabels } from './entityLabels.js';
import { readClaims } from './readClaims.js';
import { resolveNodeClaims, type PropertyConflict } from './resolveNodeClaims.js';
import { propertyMap } from './propertyMap.js';
import { CLAIM_FIELDS, claimId, parseClaim, rankClaims, storedClaim, type StoredClaim } from './storedClaim.js';
import { writeNewEntityRows, writeEntityRows, deleteEntities, type EntityRow } from './writeEntityRows.js';
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

/**
 * Per fact the documents state or stated: the claims as they bear on it. The
 * documents' own claims come whole (they are replaced); the other documents'
 * claims come one per distinct statement, its highest-ranked, because a value,
 * an alias or a disagreement depends only on the statements and their order.
 * A country that thirty thousand documents state alike is one claim here, not
 * thirty thousand (`grouped`: some claim stands for several). Then the node's
 * kind, whether the graph has it, and the names an editor merged into it.
 */
const READ_STATE = `
CALL () {
  UNWIND $docs AS doc
  MATCH (c:Claim {documentId: doc}) RETURN c.factId AS factId
  UNION
  UNWIND $factIds AS factId RETURN factId
}
CALL (factId) {
  OPTIONAL MATCH (c:Claim {factId: factId})
  WITH c.documentId IN $docs AS own, c.kind AS kind, c.type AS type, c.from AS from, c.to AS to, c.props AS props,
       collect(c) AS same
  WITH own, same, reduce(best = head(same), x IN same |
         CASE WHEN x.date > best.date OR (x.date = best.date AND x.documentId > best.documentId) THEN x ELSE best END
       ) AS best
  WITH CASE WHEN own THEN [x IN same | x {.*}] ELSE [best {.*}] END AS shown,
       CASE WHEN own THEN 1 ELSE size(same) END AS standsFor
  RETURN reduce(all = [], list IN collect(shown) | all + [c IN list WHERE c IS NOT NULL]) AS claims,
         max(standsFor) > 1 AS grouped
}
OPTIONAL MATCH (n:Entity {id: factId})
OPTIONAL MATCH (n)-[:MERGED_FROM]->(m:Merge)
RETURN factId, claims, grouped, [l IN labels(n) WHERE l IN $kinds][0] AS kind, n IS NOT NULL AS inGraph,
       collect(m.mergedName) AS acceptedNames`;

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
  return applyClaimsOfDocuments(tx, run, [statements]);
}

/** Every claim the documents state, by fact id (several documents may state one fact). */
function statedClaims(documents: readonly DocumentStatements[]): Map<string, StoredClaim[]> {
  const mine = new Map<string, StoredClaim[]>();
  const add = (claim: StoredClaim): void => {
    const list = mine.get(claim.factId);
    if (list) list.push(claim);
    else mine.set(claim.factId, [claim]);
  };
  for (const s of documents) {
    for (const n of s.nodes) add(nodeClaim(s.documentId, s.date, n));
    for (const r of s.relations) add(relationClaim(s.documentId, s.date, r));
  }
  return mine;
}

/**
 * Refuses a node that one document states as one kind while the graph (or
 * another document of the same batch, stated before it) has it as another:
 * the error names the file of the document that disagrees.
 */
function refuseKindClashes(documents: readonly DocumentStatements[], graphKinds: ReadonlyMap<string, string>): void {
  const kinds = new Map<string, { type: string; documentId: string }>();
  for (const [id, type] of graphKinds) kinds.set(id, { type, documentId: '' });
  for (const s of documents) {
    const clashes = s.nodes.flatMap((n) => {
      const known = kinds.get(n.id);
      if (!known) kinds.set(n.id, { type: n.type, documentId: s.documentId });
      if (!known || known.type === n.type) return [];
      const where = known.documentId ? `${known.documentId} states it` : 'the graph already has it';
      return [{ fact: n.id, problem: `is a ${n.type} here, but ${where} as a ${known.type}` }];
    });
    if (clashes.length > 0) throw new FactsError(s.source, clashes);
  }
}

/**
 * What several documents state now, applied in one go (the bulk loader's
 * batch; `applyClaims` is the case of one document): their claims replace
 * theirs, and every fact any of them states or stated is recomputed from all
 * its claims, those of these documents and those of every other. Because a
 * fact's value depends only on its claims (ranked by document date, then id),
 * the graph is the same as after applying the documents one by one.
 */
export async function applyClaimsOfDocuments(
  tx: ManagedTransaction,
  run: Run,
  documents: readonly DocumentStatements[],
): Promise<AppliedClaims> {
  const docs = documents.map((d) => d.documentId);
  const inBatch = new Set(docs);
  const mine = statedClaims(documents);

  const { records } = await tx.run(READ_STATE, { docs, factIds: [...mine.keys()], kinds: NODE_TYPES });
  const graphKinds = new Map<string, string>();
  for (const r of records) {
    const kind = r.get('kind') as string | null;
    if (kind) graphKinds.set(String(r.get('factId')), kind);
  }
  refuseKindClashes(documents, graphKinds);

  // A node the graph has not got yet skips the search for its old evidence; relationships are always MERGEd.
  const entityRows: EntityRow[] = [];
  const newEntityRows: EntityRow[] = [];
  const removedEntities: string[] = [];
  const relationRows: RelationRow[] = [];
  /** The claims these documents made before, by id. */
  const ownOldClaims = new Set<string>();
  const removedRelations: { id: string; type: string; from: string }[] = [];
  const conflicts: { id: string; conflicts: PropertyConflict[] }[] = [];
  /** Nodes whose disagreements must name every document, not one per statement: read again in full below. */
  const nameAll: { id: string; stated: StoredClaim[]; acceptedNames: string[]; previousKeys: Set<string> }[] = [];
  for (const record of records) {
    const factId = String(record.get('factId'));
    const old = (record.get('claims') as Record<string, unknown>[]).map(parseClaim);
    for (const c of old) if (inBatch.has(c.documentId)) ownOldClaims.add(c.id);
    const stated = mine.get(factId) ?? [];
    const claims = [...old.filter((c) => !inBatch.has(c.documentId)), ...stated];
    const previousKeys = new Set(old.flatMap((c) => Object.keys(c.props)));
    const any = stated[0] ?? old[0];
    if (!any) continue;
    if (any.kind === 'relation') {
      const winner = rankClaims(claims)[0];
      if (!winner) removedRelations.push({ id: factId, type: any.type, from: any.from });
      else {
        const props: Record<string, unknown> = Object.fromEntries([...previousKeys].map((k) => [k, null]));
        // Always MERGEd: no uniqueness constraint guards a relationship's id against a writer outside the claims lock.
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
      const acceptedNames = record.get('acceptedNames') as string[];
      const resolved = resolveNodeClaims(factId, claims, acceptedNames, previousKeys);
      const first = stated[0];
      (record.get('inGraph') === true ? entityRows : newEntityRows).push({
        id: factId,
        labels: first ? entityLabels(first.type as (typeof NODE_TYPES)[number]) : [],
        props: resolved.props,
        documentIds: [...new Set(stated.map((c) => c.documentId))],
        passageIds: [...new Set(stated.flatMap((c) => c.passageIds))],
        evidenceDocumentIds: [...new Set([...old, ...stated].map((c) => c.documentId).filter((d) => inBatch.has(d)))],
      });
      if (resolved.conflicts.length > 0 && record.get('grouped') === true) {
        nameAll.push({ id: factId, stated, acceptedNames, previousKeys });
      } else conflicts.push({ id: factId, conflicts: resolved.conflicts });
    }
  }
  if (nameAll.length > 0) {
    const every = await readClaims(
      tx,
      nameAll.map((n) => n.id),
    );
    for (const { id, stated, acceptedNames, previousKeys } of nameAll) {
      const others = every.filter((c) => c.factId === id && !inBatch.has(c.documentId));
      conflicts.push({
        id,
        conflicts: resolveNodeClaims(id, [...others, ...stated], acceptedNames, previousKeys).conflicts,
      });
    }
  }

  // Claims are bookkeeping beside the graph: the counters report what the graph itself gained or lost.
  await replaceClaims(tx, [...mine.values()].flat(), ownOldClaims);
  await writeNewEntityRows(run, newEntityRows);
  await writeEntityRows(run, entityRows);
  await writeRelationRows(run, relationRows);
  await deleteRelations(run, removedRelations);
  await deleteEntities(run, removedEntities);
  await writePropertyConflicts(run, conflicts);
  return {
    keptNodeIds: [...newEntityRows, ...entityRows].map((r) => r.id),
    removedNodes: removedEntities.length,
    keptRelations: relationRows.length,
    removedRelations: removedRelations.length,
  };
}

/** New claims, each created with its properties named (see propertyMap). */
const CREATE_CLAIMS = `UNWIND $claims AS c CREATE (:Claim ${propertyMap('c', CLAIM_FIELDS)})`;

/**
 * The documents' claims become `claims`: new ones are created, restated ones
 * overwritten, and those the documents no longer make deleted (`ownOld`: the
 * ids of every claim they made before, which READ_STATE has read).
 */
async function replaceClaims(
  tx: ManagedTransaction,
  claims: readonly StoredClaim[],
  ownOld: ReadonlySet<string>,
): Promise<void> {
  const now = new Set(claims.map((c) => c.id));
  const created = claims.filter((c) => !ownOld.has(c.id)).map(storedClaim);
  const restated = claims.filter((c) => ownOld.has(c.id)).map(storedClaim);
  const stale = [...ownOld].filter((id) => !now.has(id));
  if (created.length > 0) await tx.run(CREATE_CLAIMS, { claims: created });
  if (restated.length > 0) {
    await tx.run('UNWIND $claims AS c MATCH (x:Claim {id: c.id}) SET x = c', { claims: restated });
  }
  if (stale.length > 0) await tx.run('UNWIND $ids AS id MATCH (c:Claim {id: id}) DELETE c', { ids: stale });
}
