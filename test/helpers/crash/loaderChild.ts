/**
 * A loader process for the crash tests, run with tsx and killed with SIGKILL
 * at a random moment: it reads the seed, builds the variants it is given,
 * and loads them one transaction each through loadFacts (as `npm run seed`
 * does), printing `PHASE <documentId> <phase>` as each load advances and
 * `ACK <documentId>` once loadFacts resolved. Connection from CRASH_NEO4J_*.
 *
 *   tsx test/helpers/crash/loaderChild.ts '{"seedFile": "...", "tag": "...", "variants": [1, 2]}'
 */
import { ensureSchema } from '../../../src/load/ensureSchema.js';
import { createDriver } from '../../../src/neo4j/createDriver.js';
import { documentVariant, readSeedDocument } from './documentVariants.js';
import { loadWithPhases } from './instrumentedLoad.js';

interface ChildSpec {
  readonly seedFile: string;
  readonly tag: string;
  readonly variants: readonly number[];
}

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as ChildSpec;
  const seed = await readSeedDocument(spec.seedFile);
  const database = env('CRASH_NEO4J_DATABASE');
  const driver = createDriver({
    uri: env('CRASH_NEO4J_URI'),
    user: env('CRASH_NEO4J_USER'),
    password: env('CRASH_NEO4J_PASSWORD'),
    database,
    local: true,
  });
  try {
    await ensureSchema(driver, database);
    for (const k of spec.variants) {
      const facts = documentVariant(seed, spec.tag, k);
      const doc = facts.document.id;
      await loadWithPhases(driver, database, facts, (phase) => process.stdout.write(`PHASE ${doc} ${phase}\n`));
      process.stdout.write(`ACK ${doc}\n`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
