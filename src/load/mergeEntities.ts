import type { Driver } from 'neo4j-driver';
import { NODE_TYPES } from '../facts/vocabulary.js';
import { auditDetails, summarizeCounters, writeAuditEvent, type AuditActor } from './auditTrail.js';
import { takeClaimsLock } from './claimsLock.js';
import { countingRun } from './countingRun.js';
import { deriveTwinningStatus } from './deriveTwinningStatus.js';
import { MergeRefusedError } from './MergeRefusedError.js';
import { rekeyRelationId } from './rekeyRelationId.js';
import { resolveNodeClaims } from './resolveNodeClaims.js';
import { readClaims } from './readClaims.js';
import { claimId, rankClaims, storedClaim, type StoredClaim } from './storedClaim.js';
import { writeEntityRows } from './writeEntityRows.js';
import { writePropertyConflicts } from './writePropertyConflicts.js';
import { deleteRelations, writeRelationRows, type RelationRow } from './writeRelationRows.js';

export interface MergeRequest {
  /** The node that stays. */
  readonly keep: string;
  /** The node merged into it, which goes. */
  readonly merge: string;
  readonly reason?: string | undefined;
  /** Who merged: the token's subject, or 'cli'. */
  readonly by: string;
  /** Record the merge as a MERGE_ENTITIES `:AuditEvent` in its transaction, as done by this actor. */
  readonly audit?: AuditActor | undefined;
}

/** What a merge did. */
export interface MergeReport {
  readonly kept: string;
  readonly merged: string;
  /** The `:Merge` record's id. */
  readonly mergeId: string;
  readonly relationshipsMoved: number;
  readonly passagesMoved: number;
  readonly milliseconds: number;
  /** The `:AuditEvent` recorded with the merge (null when not audited). */
  readonly auditEventId: string | null;
}

const CHECK = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Merge {merged: id})<-[:MERGED_FROM]-(into:Entity)
OPTIONAL MATCH (d:Document {id: id})
OPTIONAL MATCH (p:Passage {id: id})
OPTIONAL MATCH (f:Finding {id: id})
RETURN id, [l IN labels(e) WHERE l IN $kinds][0] AS kind, e.name AS name, coalesce(e.mergedIds, []) AS mergedIds,
       into.id AS mergedInto,
       CASE WHEN d IS NOT NULL THEN 'Document' WHEN p IS NOT NULL THEN 'Passage' WHEN f IS NOT NULL THEN 'Finding' END AS other`;

const FOOTPRINT = `
MATCH (m:Entity {id: $merge})
CALL (m) { OPTIONAL MATCH (m)-[r]-() WHERE type(r) <> 'EVIDENCED_BY' RETURN count(r) AS relationships }
CALL (m) { OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(p:Passage) RETURN count(DISTINCT p) AS passages }
CALL (m) { OPTIONAL MATCH (m)-[r]-() WHERE r.id IS NOT NULL RETURN collect(DISTINCT r.id) AS relationIds }
OPTIONAL MATCH (e:Entity)-[:MERGED_FROM]->(earlier:Merge) WHERE e.id IN [$keep, $merge]
RETURN relationships, passages, relationIds, collect(earlier.mergedName) AS acceptedNames`;

/**
 * Merges one entity into another of the same kind, in one transaction: every
 * relationship and passage of `merge` moves to `keep` (relations both stated
 * become one), every document's claims move with them, `merge`'s name becomes
 * an alias, a `:Merge {id, kept, merged, mergedName, reason, by, at}` record
 * hangs off `keep`, and later loads of documents that still use the old id
 * land on `keep`. Throws MergeRefusedError, changing nothing, for an unknown
 * id, a non-entity, a node merged into itself, an id already merged away, or
 * two different kinds.
 */
export async function mergeEntities(driver: Driver, database: string, request: MergeRequest): Promise<MergeReport> {
  const began = performance.now();
  const { keep, merge } = request;
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    // Shared with executeQuery: a read that follows on this process waits for this write (a cluster's followers).
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(async (tx) => {
      if (keep === merge) throw new MergeRefusedError(`cannot merge ${keep} into itself`);
      await takeClaimsLock(tx);
      const check = await tx.run(CHECK, { ids: [keep, merge], kinds: NODE_TYPES });
      const [k, m] = check.records.map((r) => r.toObject() as Record<string, unknown>);
      if (!k || !m) throw new Error('merge check returned no rows');
      for (const n of [k, m]) {
        if (n['mergedInto'])
          throw new MergeRefusedError(`${String(n['id'])} was already merged into ${String(n['mergedInto'])}`);
        if (n['other']) throw new MergeRefusedError(`${String(n['id'])} is a ${String(n['other'])}, not an entity`);
        if (!n['kind']) throw new MergeRefusedError(`there is no entity "${String(n['id'])}"`);
      }
      if (k['kind'] !== m['kind']) {
        throw new MergeRefusedError(
          `${keep} is a ${String(k['kind'])} and ${merge} a ${String(m['kind'])}: only entities of one kind can be merged`,
        );
      }
      const mergedName = typeof m['name'] === 'string' ? m['name'] : undefined;
      const footprint = (await tx.run(FOOTPRINT, { keep, merge })).records[0]?.toObject() as {
        relationships: number;
        passages: number;
        relationIds: string[];
        acceptedNames: string[];
      };

      const before = await readClaims(tx, [keep, merge, ...footprint.relationIds]);
      const { run, totals } = countingRun(tx);
      await run(
        `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
         CALL apoc.refactor.mergeNodes([k, m], {properties: 'discard', mergeRels: false}) YIELD node
         WITH node
         CALL (node) {
           MATCH (node)-[e:EVIDENCED_BY]->(p)
           WITH p, collect(e) AS es WHERE size(es) > 1
           UNWIND tail(es) AS extra DELETE extra
         }
         CALL (node) {
           MATCH (f:Finding)-[c:CONCERNS]->(node)
           WITH f, collect(c) AS cs WHERE size(cs) > 1
           UNWIND tail(cs) AS extra DELETE extra
         }`,
        { keep, merge },
      );

      // Relations: claims follow the end points; a relation both nodes had becomes one.
      const at = (id: string): string => (id === merge ? keep : id);
      const moved = before
        .filter((c) => c.kind === 'relation' && (c.from === merge || c.to === merge))
        .map((c) => {
          const ends = { from: at(c.from), to: at(c.to) };
          const factId = rekeyRelationId(c.factId, c.type, c, ends);
          return { old: c, claim: { ...c, ...ends, factId, id: claimId(c.documentId, factId) } };
        });
      const newIds = [...new Set(moved.map((x) => x.claim.factId))];
      const existing = (await readClaims(tx, newIds)).filter((c) => !moved.some((x) => x.old.id === c.id));
      const relationRows: RelationRow[] = newIds.map((id) => {
        const claims = [...existing.filter((c) => c.factId === id)];
        for (const { claim } of moved.filter((x) => x.claim.factId === id)) {
          if (!claims.some((c) => c.documentId === claim.documentId)) claims.push(claim);
        }
        const winner = rankClaims(claims)[0] as StoredClaim;
        const stale = new Set(moved.filter((x) => x.claim.factId === id).flatMap((x) => Object.keys(x.old.props)));
        const props = Object.fromEntries([...stale].map((key) => [key, null]));
        return { id, type: winner.type, from: winner.from, to: winner.to, props: Object.assign(props, winner.props) };
      });
      const renamed = moved.filter((x) => x.claim.factId !== x.old.factId);
      await deleteRelations(
        run,
        renamed.map((x) => ({ id: x.old.factId, type: x.old.type, from: x.claim.from })),
      );
      await writeRelationRows(run, relationRows);

      // The node: every document's claim now about `keep`; one document that stated both keeps one claim.
      const nodeClaims = new Map<string, StoredClaim>();
      for (const c of before.filter((c) => c.factId === keep)) nodeClaims.set(c.documentId, c);
      for (const c of before.filter((c) => c.factId === merge)) {
        const same = nodeClaims.get(c.documentId);
        nodeClaims.set(
          c.documentId,
          same ? joinClaims(same, c) : { ...c, factId: keep, id: claimId(c.documentId, keep) },
        );
      }
      const accepted = [...footprint.acceptedNames, ...(mergedName ? [mergedName] : [])];
      const previousKeys = new Set(before.filter((c) => c.kind === 'node').flatMap((c) => Object.keys(c.props)));
      const resolved = resolveNodeClaims(keep, [...nodeClaims.values()], accepted, previousKeys);
      const mergedIds = [...new Set([...(k['mergedIds'] as string[]), merge, ...(m['mergedIds'] as string[])])];

      const staleClaims = [...before.filter((c) => c.factId === merge), ...renamed.map((x) => x.old)].map((c) => c.id);
      await tx.run('MATCH (c:Claim) WHERE c.id IN $ids DELETE c', { ids: staleClaims });
      await tx.run('UNWIND $claims AS c MERGE (x:Claim {id: c.id}) SET x = c', {
        claims: [...moved.map((x) => x.claim), ...nodeClaims.values()].map(storedClaim),
      });
      await writeEntityRows(run, [
        {
          id: keep,
          labels: [],
          props: { ...resolved.props, mergedIds },
          documentIds: resolved.documentIds,
          passageIds: [],
          evidenceDocumentIds: [],
        },
      ]);
      const mergeId = `merge:${merge}`;
      await run(
        `MATCH (k:Entity {id: $keep})
         CREATE (r:Merge {id: $mergeId, kept: $keep, merged: $merge, mergedName: $mergedName, reason: $reason,
                          by: $by, at: datetime()})
         CREATE (k)-[:MERGED_FROM]->(r)`,
        { keep, merge, mergeId, mergedName: mergedName ?? null, reason: request.reason ?? null, by: request.by },
      );
      await writePropertyConflicts(run, [{ id: keep, conflicts: resolved.conflicts }]);
      await deriveTwinningStatus(run, [keep]);
      const auditEventId = request.audit
        ? await writeAuditEvent(tx, {
            ...request.audit,
            action: 'MERGE_ENTITIES',
            counters: { ...totals },
            summary: `merged ${merge} into ${keep}: ${summarizeCounters(totals)}`,
            details: auditDetails({ keep, merge, reason: request.reason ?? null }),
          })
        : null;
      return {
        kept: keep,
        merged: merge,
        mergeId,
        relationshipsMoved: footprint.relationships,
        passagesMoved: footprint.passages,
        milliseconds: Math.round(performance.now() - began),
        auditEventId,
      };
    });
  } finally {
    await session.close();
  }
}

/** One document's claims about both nodes: the kept node's values win, the other name becomes an alias. */
function joinClaims(kept: StoredClaim, merged: StoredClaim): StoredClaim {
  const props: Record<string, unknown> = { ...merged.props, ...kept.props };
  if (Array.isArray(kept.props['aliases'])) {
    const aliases = [kept.props['aliases'], merged.props['aliases'], [merged.props['name']]]
      .flatMap((a) => (Array.isArray(a) ? a : []))
      .filter((a) => a !== undefined && a !== kept.props['name']);
    props['aliases'] = [...new Set(aliases)];
  }
  return { ...kept, props, passageIds: [...new Set([...kept.passageIds, ...merged.passageIds])] };
}
