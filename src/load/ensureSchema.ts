import type { Driver } from 'neo4j-driver';
import { NODE_TYPES } from '../facts/vocabulary.js';

/** Labels with an `id` that must be unique: every node kind, plus provenance and findings. */
export const ID_LABELS = ['Entity', ...NODE_TYPES, 'Document', 'Passage', 'Finding'] as const;

/** Every node with a name is also labelled Named, so one full-text index covers all. */
export const FULLTEXT_INDEX = 'named_entities';

/**
 * Creates the uniqueness constraints and indexes the loader and the API rely
 * on, if they are missing; waits until they are online. Schema changes cannot
 * share a transaction with data, so this runs before a load, on its own.
 */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const statements = [
    ...ID_LABELS.map(
      (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    'CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.documentId)',
    'CREATE INDEX finding_document IF NOT EXISTS FOR (f:Finding) ON (f.documentId)',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Named) ON EACH [n.name, n.nameEn, n.aliases, n.abbreviation]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  ];
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
