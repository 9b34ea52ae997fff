import { createHash, randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ValidatedFacts } from '../facts/validateFacts.js';
import type { UpdateTotals } from './countingRun.js';

/** What kind of write an audit event records. */
export const AUDIT_ACTIONS = [
  'SEED_LOAD',
  'IMPORT_LOAD',
  'REVIEWED_LOAD',
  'REMOVE_DOCUMENT',
  'MERGE_ENTITIES',
  'GRAPHQL_MUTATION',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The loads of a document (what `factOrigin` names as the loader). */
export const LOAD_ACTIONS: readonly AuditAction[] = ['SEED_LOAD', 'IMPORT_LOAD', 'REVIEWED_LOAD'];

/** Who writes, and through what: the token's subject over GraphQL, `cli:<OS user>` on the command line. */
export interface AuditActor {
  readonly actor: string;
  readonly via: 'cli' | 'graphql';
  /** The GraphQL operation's name, when it has one. */
  readonly operationName?: string | null | undefined;
}

/** An audit record to write: who, what kind of write, and what it changed. */
export interface AuditEventInput extends AuditActor {
  readonly action: AuditAction;
  readonly counters: UpdateTotals;
  readonly documentId?: string | null | undefined;
  /** A sentence; by default the counters' summary. */
  readonly summary?: string | undefined;
  /** For generated mutations: the Mutation fields run. */
  readonly mutationFields?: readonly string[] | undefined;
  /** What was asked (a generated mutation's arguments, a merge's ids), as short JSON. */
  readonly details?: string | null | undefined;
  /** For loads: the fingerprint of the facts loaded (see factsFingerprint). */
  readonly factsSha256?: string | null | undefined;
}

/** The longest `details` kept on an event (a mutation's arguments can hold a whole document). */
export const MAX_DETAILS_LENGTH = 2000;

/** The command line's actor: `cli:<OS user>` (USER/USERNAME when the OS has no name for the uid). */
export function cliActor(): AuditActor {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = process.env['USER'] ?? process.env['USERNAME'];
  }
  return { actor: `cli:${name || 'unknown'}`, via: 'cli' };
}

/** A new event's id. */
export function auditEventId(): string {
  return `audit:${randomUUID()}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "created 12 nodes, 30 relationships; deleted 1 node; set 140 properties", or "no change". */
export function summarizeCounters(c: UpdateTotals): string {
  const parts: string[] = [];
  const pair = (verb: string, nodes: number, rels: number): void => {
    const what = [
      ...(nodes ? [plural(nodes, 'node', 'nodes')] : []),
      ...(rels ? [plural(rels, 'relationship', 'relationships')] : []),
    ];
    if (what.length) parts.push(`${verb} ${what.join(', ')}`);
  };
  pair('created', c.nodesCreated, c.relationshipsCreated);
  pair('deleted', c.nodesDeleted, c.relationshipsDeleted);
  if (c.propertiesSet) parts.push(`set ${plural(c.propertiesSet, 'property', 'properties')}`);
  return parts.length ? parts.join('; ') : 'no change';
}

/** Whether a write created or deleted a node or a relationship. */
export function changesStructure(c: UpdateTotals): boolean {
  return c.nodesCreated + c.nodesDeleted + c.relationshipsCreated + c.relationshipsDeleted > 0;
}

/** Whether a write changed anything at all, as Neo4j counts it (setting a property to its own value counts). */
export function changesAnything(c: UpdateTotals): boolean {
  return changesStructure(c) || c.propertiesSet > 0;
}

/**
 * A fingerprint of what a load writes: the document as stored, its passages,
 * nodes and relations. Where the file was read from does not count beyond its
 * name (which the document keeps as `sourceFile`).
 */
export function factsFingerprint(facts: ValidatedFacts): string {
  const { file, ...document } = facts.document;
  const stored = {
    document: { ...document, sourceFile: basename(file) },
    passages: facts.passages,
    nodes: facts.nodes,
    relations: facts.relations,
  };
  return createHash('sha256').update(JSON.stringify(stored), 'utf8').digest('hex');
}

/** An operation's arguments as short JSON for the record. */
export function auditDetails(value: unknown, max = MAX_DETAILS_LENGTH): string | null {
  if (value === undefined || value === null) return null;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return null;
  }
  if (json === '{}' || json === undefined) return null;
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

const PRIOR_LOAD = `
OPTIONAL MATCH (d:Document {id: $doc})
RETURN d IS NOT NULL AND EXISTS { MATCH (e:AuditEvent {documentId: $doc}) WHERE e.action IN $loads } AS recorded`;

/**
 * What the graph holds of one document: its properties and passages, what it
 * states (its claims), and for every fact it states the node's labels and
 * properties or the relationship's type and properties, in id order.
 */
const DOCUMENT_STATE = `
OPTIONAL MATCH (d:Document {id: $doc})
CALL (d) {
  OPTIONAL MATCH (p:Passage {documentId: d.id})
  WITH p ORDER BY p.id
  RETURN collect(properties(p)) AS passages
}
CALL (d) {
  MATCH (c:Claim {documentId: d.id})
  OPTIONAL MATCH (n:Entity {id: c.factId}) WHERE c.kind = 'node'
  WITH c, n, head(COLLECT {
    MATCH (:Entity {id: c.from})-[r]->() WHERE r.id = c.factId RETURN r
    UNION
    MATCH (:Document {id: c.from})-[r]->() WHERE r.id = c.factId RETURN r
  }) AS r
  ORDER BY c.factId
  RETURN collect([properties(c), apoc.coll.sort(labels(n)), properties(n), type(r), properties(r)]) AS facts
}
RETURN properties(d) AS document, passages, facts`;

/** JSON with every object's keys sorted, so that equal values give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

async function documentState(tx: ManagedTransaction, documentId: string): Promise<string> {
  const { records } = await tx.run(DOCUMENT_STATE, { doc: documentId });
  const row = records[0];
  const state = row ? { document: row.get('document'), passages: row.get('passages'), facts: row.get('facts') } : null;
  return createHash('sha256').update(stableJson(state), 'utf8').digest('hex');
}

/**
 * Prepares a load's audit, at the start of its transaction: decides, once the
 * load has written, whether it needs an event. The first recorded load of a
 * document always does (a new document, or one loaded before the audit trail
 * existed), and so does a load that created or deleted a node or a
 * relationship. Otherwise (a reload: the seed at every start, a document
 * imported again) it does only if it changed what the graph holds of the
 * document: its properties and passages, its claims, and the nodes and
 * relationships it states, compared before and after (two reads of the
 * document's facts, for reloads only), because Neo4j counts a property set
 * to its own value as set and the counters cannot tell. So a reload that
 * undoes an editor's change is recorded, and one that changes nothing is not.
 */
export async function prepareLoadAudit(
  tx: ManagedTransaction,
  documentId: string,
): Promise<(counters: UpdateTotals) => Promise<boolean>> {
  const { records } = await tx.run(PRIOR_LOAD, { doc: documentId, loads: LOAD_ACTIONS });
  const before = records[0]?.get('recorded') === true ? await documentState(tx, documentId) : null;
  return async (counters) => {
    if (before === null || changesStructure(counters)) return true;
    return (await documentState(tx, documentId)) !== before;
  };
}

const WRITE_EVENT = `
CREATE (e:AuditEvent {id: $id, action: $action, actor: $actor, via: $via, at: datetime(), summary: $summary,
                      documentId: $documentId, operationName: $operationName, mutationFields: $mutationFields,
                      details: $details, factsSha256: $factsSha256,
                      nodesCreated: $c.nodesCreated, nodesDeleted: $c.nodesDeleted,
                      relationshipsCreated: $c.relationshipsCreated, relationshipsDeleted: $c.relationshipsDeleted,
                      propertiesSet: $c.propertiesSet})
WITH e
OPTIONAL MATCH (d:Document {id: $documentId})
CALL (d) {
  // The document's earlier events too (a document removed and loaded again keeps its history).
  MATCH (ev:AuditEvent {documentId: d.id}) WHERE NOT (ev)-[:CHANGED]->(d)
  CREATE (ev)-[:CHANGED]->(d)
}
RETURN e.id AS id`;

/**
 * Writes one `:AuditEvent` in the caller's transaction (so it commits or rolls
 * back with the write it records), linked `-[:CHANGED]->` to the document it
 * concerns when that document is in the graph. Returns its id.
 */
export async function writeAuditEvent(tx: ManagedTransaction, event: AuditEventInput): Promise<string> {
  const id = auditEventId();
  const c = event.counters;
  await tx.run(WRITE_EVENT, {
    id,
    action: event.action,
    actor: event.actor,
    via: event.via,
    summary: event.summary ?? summarizeCounters(c),
    documentId: event.documentId ?? null,
    operationName: event.operationName ?? null,
    mutationFields: event.mutationFields ? [...event.mutationFields] : null,
    details: event.details ?? null,
    factsSha256: event.factsSha256 ?? null,
    c: {
      nodesCreated: c.nodesCreated,
      nodesDeleted: c.nodesDeleted,
      relationshipsCreated: c.relationshipsCreated,
      relationshipsDeleted: c.relationshipsDeleted,
      propertiesSet: c.propertiesSet,
    },
  });
  return id;
}
