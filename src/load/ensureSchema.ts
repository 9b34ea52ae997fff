import type { Driver } from 'neo4j-driver';
import { NODE_PROPERTIES, NODE_TYPES } from '../facts/vocabulary.js';
import { CLAIMS_LOCK_LABEL } from './claimsLock.js';

/** Labels with an `id` that must be unique: every node kind, plus provenance and findings. */
export const ID_LABELS = ['Entity', ...NODE_TYPES, 'Document', 'Passage', 'Finding'] as const;

/**
 * The kinds whose facts carry a `name` (people, municipalities, every body and
 * organisation, cities, countries, twinnings, events), read from the closed
 * vocabulary: a lookup by name on any of them is an index seek, not a label scan.
 */
export const NAMED_LABELS = NODE_TYPES.filter((type) => 'name' in NODE_PROPERTIES[type].shape);

/** Every node with a name is also labelled Named, so one full-text index covers all. */
export const FULLTEXT_INDEX = 'named_entities';

/** Databases whose schema this process has already ensured, per driver. */
const ensured = new WeakMap<Driver, Map<string, Promise<void>>>();

/**
 * Creates the uniqueness constraints and indexes the loader and the API rely
 * on, if they are missing; waits until they are online. Schema changes cannot
 * share a transaction with data, so this runs before a load, on its own, and
 * once per driver and database (every later load, e.g. each `importFacts`,
 * reuses it; a failure is not remembered).
 */
export function ensureSchema(driver: Driver, database: string): Promise<void> {
  const byDatabase = ensured.get(driver) ?? new Map<string, Promise<void>>();
  ensured.set(driver, byDatabase);
  let done = byDatabase.get(database);
  if (!done) {
    done = createSchema(driver, database).catch((error: unknown) => {
      byDatabase.delete(database);
      throw error;
    });
    byDatabase.set(database, done);
  }
  return done;
}

async function createSchema(driver: Driver, database: string): Promise<void> {
  const statements = [
    ...ID_LABELS.map(
      (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    // Labels cannot be parameters; these come from the vocabulary, never from input.
    ...NAMED_LABELS.map(
      (label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
    ),
    'CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.documentId)',
    'CREATE INDEX finding_document IF NOT EXISTS FOR (f:Finding) ON (f.documentId)',
    // What each document states about each fact, and the ids editors merged away (see storedClaim, mergeEntities).
    'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
    'CREATE INDEX claim_fact IF NOT EXISTS FOR (c:Claim) ON (c.factId)',
    'CREATE INDEX claim_document IF NOT EXISTS FOR (c:Claim) ON (c.documentId)',
    'CREATE CONSTRAINT merge_merged IF NOT EXISTS FOR (m:Merge) REQUIRE m.merged IS UNIQUE',
    // The one node every change of claims locks first (src/load/claimsLock.ts).
    `CREATE CONSTRAINT claimslock_id IF NOT EXISTS FOR (l:${CLAIMS_LOCK_LABEL}) REQUIRE l.id IS UNIQUE`,
    // The audit trail (src/load/auditTrail.ts): looked up by document and read newest first; factOrigin reads the
    // edits (a few) by action, never every load event (one per document: tens of thousands in a national graph).
    'CREATE CONSTRAINT auditevent_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX auditevent_document IF NOT EXISTS FOR (e:AuditEvent) ON (e.documentId)',
    'CREATE INDEX auditevent_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)',
    'CREATE INDEX auditevent_action IF NOT EXISTS FOR (e:AuditEvent) ON (e.action)',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Named) ON EACH [n.name, n.nameEn, n.aliases, n.abbreviation]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  ];
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
