/**
 * Crash safety of imports, the long run (issue 11): kills the crash-test
 * Neo4j (SIGKILL), loader processes and the real API process (in the middle
 * of `importFacts` over HTTP) at random moments while documents are
 * imported, restarts, and judges every document whole or absent, every
 * acknowledged one present, and the store consistent (Neo4j's checker every
 * `--check-every` Neo4j kills, every `--check-every` API kills, and at the
 * end, on a cleanly stopped store).
 *
 *   npm run bench:crash -- --kills 100 [--neo4j-kills 25] [--api-kills 30] [--check-every 10] [--documents 3] [--seed N] [--out crash.json]
 *
 * `--kills` counts the Neo4j and loader kills (`--neo4j-kills` of them Neo4j's);
 * `--api-kills` (default 0) come on top, spread among them. Writes
 * bench/results/crash.json (or `--out <name>` there). Uses its own Neo4j (.local/neo4j-crash-test, Bolt
 * 7701; CRASH_NEO4J_DIR and CRASH_NEO4J_BOLT_PORT move it) and API children on
 * free loopback ports (or CRASH_API_PORT).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/config.js';
import { apiKillRound } from '../test/helpers/crash/apiKillRound.js';
import { checkStore, loaderKillRound, neo4jKillRound, openCrashRun } from '../test/helpers/crash/crashRounds.js';
import { crashSeed } from '../test/helpers/crash/rng.js';
import type { ConsistencyResult } from '../test/helpers/crash/consistencyCheck.js';
import { killTable, summarizeKills } from '../test/helpers/crash/summarizeKills.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    'neo4j-kills': { type: 'string' },
    'api-kills': { type: 'string', default: '0' },
    'check-every': { type: 'string', default: '10' },
    documents: { type: 'string', default: '3' },
    variants: { type: 'string', default: '12' },
    seed: { type: 'string' },
    out: { type: 'string', default: 'crash.json' },
  },
});
const total = Number(values.kills);
const neo4jKills = Number(values['neo4j-kills'] ?? Math.ceil(total / 4));
const apiKills = Number(values['api-kills']);
const checkEvery = Number(values['check-every']);
const documents = Number(values.documents);
const seed = values.seed ? Number(values.seed) : crashSeed();
const say = (line: string): void => void process.stdout.write(`[crash] ${line}\n`);

say(
  `seed ${seed} (repeat with --seed ${seed}): ${total + apiKills} kill points: ${neo4jKills} Neo4j, ` +
    `${total - neo4jKills} loader, ${apiKills} API kills`,
);
const began = Date.now();
const run = await openCrashRun(seed, Number(values.variants), say);
let neo4jDone = 0;
let apiDone = 0;
const KINDS = ['neo4j', 'loader', 'api'] as const;
const summariesNow = (): ReturnType<typeof summarizeKills>[] => KINDS.map((kind) => summarizeKills(run.kills, kind));
const resultsFile = join(PROJECT_ROOT, 'bench', 'results', values.out);

/** Writes what is known so far (after every kill, so an interrupted run still leaves its figures). */
async function writeResults(finalCheck?: ConsistencyResult): Promise<void> {
  const summaries = summariesNow();
  await mkdir(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        when: new Date().toISOString(),
        complete: finalCheck !== undefined,
        seed,
        killPoints: run.kills.length,
        apiKills,
        checkEvery,
        documentsPerRound: documents,
        variants: run.variants.length,
        summaries,
        finalConsistency: finalCheck
          ? { consistent: finalCheck.consistent, milliseconds: finalCheck.milliseconds }
          : null,
        seconds: Math.round((Date.now() - began) / 1000),
        kills: run.kills.map(({ consistency, ...k }) => ({
          ...k,
          ...(consistency ? { consistent: consistency.consistent, checkMs: consistency.milliseconds } : {}),
        })),
      },
      null,
      2,
    )}\n`,
  );
}

try {
  // The first loader and API rounds let every import finish, to time them; they are no kill points.
  if (total > neo4jKills) await loaderKillRound(run, 0, documents);
  if (apiKills > 0) await apiKillRound(run, 0, { documents, targeted: false, check: false });
  run.kills.length = 0;
  let otherDone = 0;
  for (let i = 1; i <= total + apiKills; i += 1) {
    // API kills spread evenly among the others, and Neo4j kills among the loader kills.
    const apiTurn = Math.floor((i * apiKills) / (total + apiKills)) > apiDone;
    const neo4jTurn = !apiTurn && Math.floor(((otherDone + 1) * neo4jKills) / total) > neo4jDone;
    if (!apiTurn) otherDone += 1;
    if (apiTurn) {
      apiDone += 1;
      await apiKillRound(run, i, { documents, targeted: apiDone % 4 === 0, check: apiDone % checkEvery === 0 });
    } else if (neo4jTurn) {
      neo4jDone += 1;
      await neo4jKillRound(run, i, {
        documents,
        targeted: neo4jDone % 4 === 0,
        check: neo4jDone % checkEvery === 0,
      });
    } else {
      await loaderKillRound(run, i, documents);
    }
    await writeResults();
    if (i % 10 === 0) process.stdout.write(`\n${killTable(summariesNow())}\n\n`);
  }
  const finalCheck = await checkStore(run);
  await writeResults(finalCheck);
  const summaries = summariesNow();
  process.stdout.write(`\n${killTable(summaries)}\n`);
  process.stdout.write(
    `final consistency check: ${finalCheck.consistent ? 'consistent' : 'INCONSISTENT'} (${finalCheck.milliseconds} ms); ` +
      `documents loaded at the end: ${run.acknowledged.size} of ${run.attempted.size} attempted; ` +
      `total ${Math.round((Date.now() - began) / 1000)} s; seed ${seed}\n`,
  );
  const bad = run.kills.some((k) => k.partial.length || k.lostAcknowledged.length || Object.keys(k.orphans).length);
  const inconsistent = !finalCheck.consistent || run.kills.some((k) => k.consistency && !k.consistency.consistent);
  if (bad || inconsistent) {
    process.stdout.write('FAILED: partial or lost documents, orphans, or an inconsistent store (see above)\n');
    process.exitCode = 1;
  }
} finally {
  await run.neo4j.stop();
}
