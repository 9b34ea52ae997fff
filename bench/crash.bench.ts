/**
 * Crash safety of imports, the long run (issue 11): kills the crash-test
 * Neo4j (SIGKILL) and loader processes at random moments while documents are
 * imported, restarts, and judges every document whole or absent, every
 * acknowledged one present, and the store consistent (Neo4j's checker every
 * `--check-every` Neo4j kills and at the end, on a cleanly stopped store).
 *
 *   npm run bench:crash -- --kills 100 [--neo4j-kills 25] [--check-every 10] [--documents 3] [--seed N]
 *
 * Writes bench/results/crash.json. Uses its own Neo4j (.local/neo4j-crash-test, Bolt 7701).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/config.js';
import { checkStore, loaderKillRound, neo4jKillRound, openCrashRun } from '../test/helpers/crash/crashRounds.js';
import { crashSeed } from '../test/helpers/crash/rng.js';
import type { ConsistencyResult } from '../test/helpers/crash/consistencyCheck.js';
import { killTable, summarizeKills } from '../test/helpers/crash/summarizeKills.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    'neo4j-kills': { type: 'string' },
    'check-every': { type: 'string', default: '10' },
    documents: { type: 'string', default: '3' },
    variants: { type: 'string', default: '12' },
    seed: { type: 'string' },
  },
});
const total = Number(values.kills);
const neo4jKills = Number(values['neo4j-kills'] ?? Math.ceil(total / 4));
const checkEvery = Number(values['check-every']);
const documents = Number(values.documents);
const seed = values.seed ? Number(values.seed) : crashSeed();
const say = (line: string): void => void process.stdout.write(`[crash] ${line}\n`);

say(`seed ${seed} (repeat with --seed ${seed}): ${total} kill points, ${neo4jKills} of them Neo4j kills`);
const began = Date.now();
const run = await openCrashRun(seed, Number(values.variants), say);
let neo4jDone = 0;
const resultsFile = join(PROJECT_ROOT, 'bench', 'results', 'crash.json');

/** Writes what is known so far (after every kill, so an interrupted run still leaves its figures). */
async function writeResults(finalCheck?: ConsistencyResult): Promise<void> {
  const summaries = [summarizeKills(run.kills, 'neo4j'), summarizeKills(run.kills, 'loader')];
  await mkdir(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        when: new Date().toISOString(),
        complete: finalCheck !== undefined,
        seed,
        killPoints: run.kills.length,
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
  // The loader's first round lets the child finish, to time it; it is not a kill point.
  await loaderKillRound(run, 0, documents);
  run.kills.length = 0;
  for (let i = 1; i <= total; i += 1) {
    // Neo4j kills spread evenly among the loader kills.
    const neo4jTurn = Math.floor((i * neo4jKills) / total) > neo4jDone;
    if (neo4jTurn) {
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
    if (i % 10 === 0)
      process.stdout.write(
        `\n${killTable([summarizeKills(run.kills, 'neo4j'), summarizeKills(run.kills, 'loader')])}\n\n`,
      );
  }
  const finalCheck = await checkStore(run);
  await writeResults(finalCheck);
  const summaries = [summarizeKills(run.kills, 'neo4j'), summarizeKills(run.kills, 'loader')];
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
