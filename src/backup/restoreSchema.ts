import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../load/ensureSchema.js';
import type { SchemaItem } from './backupFormat.js';

/**
 * The statements `SHOW CONSTRAINTS/INDEXES` gives for the kinds this project
 * uses, with backticked names and labels; a file's statement runs only if it
 * has exactly this shape (a backup file is input: nothing else in it runs).
 */
const ID = '`[^`]+`';
const PROPS = `n\\.${ID}(, n\\.${ID})*`;
const SAFE_SCHEMA = [
  new RegExp(`^CREATE CONSTRAINT ${ID} FOR \\(n:${ID}\\) REQUIRE \\(${PROPS}\\) IS (UNIQUE|NODE KEY|NOT NULL)$`),
  new RegExp(`^CREATE (RANGE |TEXT |POINT )?INDEX ${ID} FOR \\(n:${ID}\\) ON \\(${PROPS}\\)$`),
  new RegExp(
    `^CREATE FULLTEXT INDEX ${ID} FOR \\(n:${ID}(\\|${ID})*\\) ON EACH \\[${PROPS}\\]` +
      ` OPTIONS \\{indexConfig: \\{(\`[a-z_.]+\`: ('[A-Za-z0-9_-]*'|true|false)(, ?|,)?)*\\}\\}$`,
  ),
];

export interface SchemaOutcome {
  readonly created: string[];
  /** Items of the file not recreated, each with why. */
  readonly skipped: { readonly name: string; readonly reason: string }[];
}

async function existingNames(driver: Driver, database: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const query of ['SHOW CONSTRAINTS YIELD name RETURN name', 'SHOW INDEXES YIELD name RETURN name']) {
    const result = await driver.executeQuery(query, {}, { database });
    for (const record of result.records) names.add(record.get('name') as string);
  }
  return names;
}

/** Runs the statements in one schema transaction (one commit instead of one each); false if Neo4j refused it. */
async function createTogether(driver: Driver, database: string, statements: string[]): Promise<boolean> {
  const session = driver.session({ database });
  const tx = await session.beginTransaction();
  try {
    for (const statement of statements) await tx.run(statement);
    await tx.commit();
    return true;
  } catch {
    await tx.rollback().catch(() => undefined);
    return false;
  } finally {
    await session.close();
  }
}

/**
 * Waits until every index (constraints included) is online, saying how far
 * their population is every few seconds; fails on an index that failed.
 * No fixed time limit: populating a million nodes takes what it takes.
 */
export async function waitForIndexes(
  driver: Driver,
  database: string,
  progress: (line: string) => void,
): Promise<void> {
  const began = Date.now();
  for (let round = 0; ; round += 1) {
    const result = await driver.executeQuery(
      `SHOW INDEXES YIELD name, state, populationPercent, failureMessage
       WHERE state <> 'ONLINE' RETURN name, state, populationPercent, failureMessage`,
      {},
      { database },
    );
    if (result.records.length === 0) return;
    const failed = result.records.find((r) => r.get('state') === 'FAILED');
    if (failed) {
      throw new Error(`the index ${String(failed.get('name'))} failed: ${String(failed.get('failureMessage'))}`);
    }
    if (round % 5 === 4) {
      const least = Math.min(...result.records.map((r) => Number(r.get('populationPercent'))));
      progress(
        `  populating ${result.records.length} indexes (the slowest at ${least.toFixed(0)}%, ` +
          `${Math.round((Date.now() - began) / 1000)} s)…`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * Creates the file's constraints and indexes (those with a recognised shape
 * and not there yet by name) and the project's own (ensureSchema) — after the
 * data, so that each is populated once in bulk instead of updated on every
 * write. All the file's items go in one transaction when Neo4j takes it (one
 * by one otherwise, so one bad item does not stop the rest), then every index
 * is awaited once.
 */
export async function restoreSchema(
  driver: Driver,
  database: string,
  items: readonly SchemaItem[],
  progress: (line: string) => void,
): Promise<SchemaOutcome> {
  const names = await existingNames(driver, database);
  const skipped: { name: string; reason: string }[] = [];
  const wanted: SchemaItem[] = [];
  for (const item of items) {
    if (names.has(item.name)) continue;
    if (!SAFE_SCHEMA.some((pattern) => pattern.test(item.createStatement))) {
      skipped.push({ name: item.name, reason: 'not in a form restore recreates; recreate it by hand' });
      continue;
    }
    wanted.push(item);
    names.add(item.name);
  }
  const created: string[] = [];
  if (wanted.length > 0) {
    if (
      await createTogether(
        driver,
        database,
        wanted.map((item) => item.createStatement),
      )
    ) {
      created.push(...wanted.map((item) => item.name));
    } else {
      for (const item of wanted) {
        try {
          await driver.executeQuery(item.createStatement, {}, { database });
          created.push(item.name);
        } catch (error) {
          skipped.push({ name: item.name, reason: (error as Error).message });
        }
      }
    }
  }
  progress(`creating ${created.length} constraints and indexes from the file; populating them…`);
  await waitForIndexes(driver, database, progress);
  // The project's own schema: normally all in the file already (then this only checks);
  // if it creates some, its own short wait may run out on a large graph: wait here, then check again.
  try {
    await ensureSchema(driver, database);
  } catch {
    await waitForIndexes(driver, database, progress);
    await ensureSchema(driver, database);
  }
  return { created, skipped };
}
