import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { ValidatedFacts } from '../../../src/facts/validateFacts.js';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { ensureSchema } from '../../../src/load/ensureSchema.js';
import { seedFiles } from '../../../src/load/seedFiles.js';
import type { SecondNeo4j } from '../secondNeo4j.js';
import { emptySecondNeo4j } from '../secondNeo4j.js';
import { checkAllOrNothing, type DocumentVerdict } from './allOrNothing.js';
import { runConsistencyCheck, type ConsistencyResult } from './consistencyCheck.js';
import { killNeo4j, startCrashNeo4j, type Progress } from './crashNeo4j.js';
import { documentVariant, readSeedDocument, type SeedDocument } from './documentVariants.js';
import { loadWithPhases, type LoadPhase } from './instrumentedLoad.js';
import { seededRandom } from './rng.js';

/** One kill: what was killed, when, at which phase of the load in flight, and what the graph held afterwards. */
export interface KillRecord {
  readonly kind: 'neo4j' | 'loader' | 'api';
  readonly round: number;
  /** Random moment of the kill, in ms from the start of the import window, and the window's estimated length. */
  readonly delayMs: number;
  readonly windowMs: number;
  /** Killed at the commit of a chosen load (plus a random 0–20 ms), rather than at a uniform random moment. */
  readonly targeted: boolean;
  readonly phase: LoadPhase;
  readonly documents: readonly string[];
  readonly acknowledged: readonly string[];
  readonly whole: number;
  readonly absent: number;
  readonly partial: readonly string[];
  readonly lostAcknowledged: readonly string[];
  readonly orphans: Record<string, string[]>;
  readonly consistency?: ConsistencyResult;
  readonly milliseconds: number;
}

/** The state of a crash run: the documents, what was attempted and acknowledged, the live Neo4j. */
export interface CrashRun {
  readonly seed: number;
  readonly tag: string;
  readonly seedFile: string;
  /** The seed's facts file as written and its text, that the variants' files are made from. */
  readonly seedDocument: SeedDocument;
  readonly variants: readonly ValidatedFacts[];
  readonly random: () => number;
  readonly progress: Progress;
  neo4j: SecondNeo4j;
  /** Variants some load was started for (so each must be whole or absent) and those a load acknowledged. */
  readonly attempted: Set<number>;
  readonly acknowledged: Set<number>;
  /** Running estimates of one load in process, of a whole loader child, and of one importFacts through the API. */
  msPerLoad: number;
  msPerChildDocument: number;
  msChildStart: number;
  msPerApiDocument: number;
  readonly kills: KillRecord[];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the crash-test Neo4j, empties it, creates the schema and builds
 * `variantCount` variants of the seed document; times one load to size the
 * kill window.
 */
export async function openCrashRun(seed: number, variantCount: number, progress: Progress): Promise<CrashRun> {
  const neo4j = await startCrashNeo4j(progress);
  await emptySecondNeo4j(neo4j);
  await ensureSchema(neo4j.driver, neo4j.connection.database);
  const seedFile = seedFiles()[0];
  if (!seedFile) throw new Error('no seed facts file in seed/facts');
  const seedDocument = await readSeedDocument(seedFile);
  const tag = seed.toString(36);
  const variants = Array.from({ length: variantCount }, (_, k) => documentVariant(seedDocument, tag, k));
  const run: CrashRun = {
    seed,
    tag,
    seedFile,
    seedDocument,
    variants,
    random: seededRandom(seed),
    progress,
    neo4j,
    attempted: new Set([0]),
    acknowledged: new Set(),
    msPerLoad: 0,
    msPerChildDocument: 0,
    msChildStart: 0,
    msPerApiDocument: 0,
    kills: [],
  };
  // The first load is cold (query planning, JIT); the second, warm one sizes the kill window.
  await loadWithPhases(neo4j.driver, neo4j.connection.database, variants[0] as ValidatedFacts, () => undefined);
  const began = Date.now();
  await loadWithPhases(neo4j.driver, neo4j.connection.database, variants[0] as ValidatedFacts, () => undefined);
  run.acknowledged.add(0);
  run.msPerLoad = Date.now() - began;
  progress(
    `crash run seed ${seed}: ${variantCount} variants of ${seedDocument.raw.document.id}; one load takes ${run.msPerLoad} ms`,
  );
  return run;
}

/** `count` random variants, new and already loaded mixed (a reload of a loaded one must leave it whole). */
export function pickVariants(run: CrashRun, count: number): number[] {
  return Array.from({ length: count }, () => Math.floor(run.random() * run.variants.length));
}

/** Judges every attempted variant and the graph's orphans; the acknowledged ones must be whole. */
export async function verify(
  run: CrashRun,
): Promise<{ verdicts: DocumentVerdict[]; orphans: Record<string, string[]>; lost: string[]; partial: string[] }> {
  const ids = [...run.attempted].sort((a, b) => a - b);
  const { verdicts, orphans } = await checkAllOrNothing(
    run.neo4j.driver,
    run.neo4j.connection.database,
    ids.map((k) => run.variants[k] as ValidatedFacts),
  );
  const partial = verdicts
    .filter((v) => v.state === 'partial')
    .map((v) => `${v.documentId} ${JSON.stringify(v.counts)}`);
  const lost = ids
    .filter((k, i) => run.acknowledged.has(k) && verdicts[i]?.state !== 'whole')
    .map((k) => run.variants[k]?.document.id ?? String(k));
  // A variant found whole counts as loaded from here on, acknowledged or not.
  ids.forEach((k, i) => verdicts[i]?.state === 'whole' && run.acknowledged.add(k));
  return { verdicts, orphans, lost, partial };
}

/** Completes a kill's record with the verdicts after it, keeps it in the run and prints it. */
export function record(
  run: CrashRun,
  base: Omit<KillRecord, 'whole' | 'absent' | 'partial' | 'lostAcknowledged' | 'orphans'>,
  result: Awaited<ReturnType<typeof verify>>,
): KillRecord {
  const kill: KillRecord = {
    ...base,
    whole: result.verdicts.filter((v) => v.state === 'whole').length,
    absent: result.verdicts.filter((v) => v.state === 'absent').length,
    partial: result.partial,
    lostAcknowledged: result.lost,
    orphans: result.orphans,
  };
  run.kills.push(kill);
  run.progress(
    `kill ${run.kills.length} (${kill.kind}, round ${kill.round}): at ${kill.delayMs} of ${kill.windowMs} ms${kill.targeted ? ' (at a commit)' : ''}, ` +
      `${kill.phase}; ${kill.acknowledged.length} acknowledged; whole ${kill.whole}, absent ${kill.absent}, ` +
      `partial ${kill.partial.length}, lost ${kill.lostAcknowledged.length}, orphans ${Object.keys(kill.orphans).length}` +
      (kill.consistency ? `, consistency ${kill.consistency.consistent ? 'ok' : 'FAILED'}` : ''),
  );
  return kill;
}

/**
 * Imports `documents` random variants one after another in this process and
 * kills Neo4j with SIGKILL at a random moment of the import window (or, when
 * `targeted`, just after one load sent its last write); restarts it (it
 * recovers from its log), then judges every document. With `check`, Neo4j is
 * stopped cleanly after that and its consistency checker run on the store.
 */
export async function neo4jKillRound(
  run: CrashRun,
  round: number,
  options: { documents: number; targeted: boolean; check: boolean },
): Promise<KillRecord> {
  const began = Date.now();
  const picked = pickVariants(run, options.documents);
  picked.forEach((k) => run.attempted.add(k));
  const windowMs = Math.round(run.msPerLoad * options.documents);
  const delayMs = Math.round(run.random() * windowMs);
  const targetIndex = Math.floor(run.random() * picked.length);
  const commitDelay = Math.round(run.random() * 20);
  const { driver } = run.neo4j;
  const database = run.neo4j.connection.database;
  let phase: LoadPhase = 'before first write';
  let killedAt: LoadPhase | undefined = undefined;
  let killRequested: () => void = () => undefined;
  const killSignal = new Promise<void>((r) => (killRequested = r));
  const acknowledged: string[] = [];
  const stream = (async () => {
    for (const [i, k] of picked.entries()) {
      if (killedAt) return;
      await sleep(Math.round(run.random() * 30));
      const facts = run.variants[k] as ValidatedFacts;
      const loadBegan = Date.now();
      await loadWithPhases(
        driver,
        database,
        facts,
        (p) => (phase = p),
        options.targeted && i === targetIndex ? () => void setTimeout(killRequested, commitDelay) : undefined,
      );
      run.acknowledged.add(k);
      acknowledged.push(facts.document.id);
      run.msPerLoad = Math.round(run.msPerLoad * 0.8 + (Date.now() - loadBegan) * 0.2);
    }
  })();
  const settled = stream.then(
    () => undefined,
    () => undefined,
  );
  const started = Date.now();
  await (options.targeted ? Promise.race([killSignal, settled]) : sleep(delayMs));
  const at = Date.now() - started;
  killedAt = phase;
  const pid = await killNeo4j(run.neo4j);
  run.progress(`killed Neo4j (pid ${pid}) ${at} ms into the import, ${killedAt}`);
  const oldDriver = run.neo4j.driver;
  // The loads in flight fail (after the driver's retries) while Neo4j restarts and recovers.
  const [, restarted] = await Promise.all([settled, startCrashNeo4j(run.progress)]);
  await oldDriver.close().catch(() => undefined);
  run.neo4j = restarted;
  const result = await verify(run);
  let consistency: ConsistencyResult | undefined;
  if (options.check) consistency = await checkStore(run);
  return record(
    run,
    {
      kind: 'neo4j',
      round,
      delayMs: at,
      windowMs,
      targeted: options.targeted,
      phase: killedAt,
      documents: picked.map((k) => run.variants[k]?.document.id ?? ''),
      acknowledged,
      ...(consistency ? { consistency } : {}),
      milliseconds: Date.now() - began,
    },
    result,
  );
}

/** Stops Neo4j cleanly, runs its consistency checker on the store, and starts it again. */
export async function checkStore(run: CrashRun): Promise<ConsistencyResult> {
  await run.neo4j.stop();
  const result = await runConsistencyCheck(run.neo4j.config);
  run.progress(`consistency check: ${result.consistent ? 'consistent' : 'INCONSISTENT'} in ${result.milliseconds} ms`);
  run.neo4j = await startCrashNeo4j(run.progress);
  return result;
}

/** Waits until Neo4j runs no transaction but this check's own (a killed client's may still be rolling back or committing). */
export async function waitForQuietServer(run: CrashRun): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { records } = await run.neo4j.driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN count(*) AS n',
      {},
      { database: 'system' },
    );
    if (Number(records[0]?.get('n') ?? 0) === 0) return;
    await sleep(100);
  }
  throw new Error('a killed client’s transaction still runs after 20 s');
}

/** Runs a loader child process for `picked` variants; `onLine` sees its output lines. */
function spawnLoader(run: CrashRun, picked: readonly number[], onLine: (line: string) => void) {
  const { connection } = run.neo4j;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'test', 'helpers', 'crash', 'loaderChild.ts'),
      JSON.stringify({ seedFile: run.seedFile, tag: run.tag, variants: picked }),
    ],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CRASH_NEO4J_URI: connection.uri,
        CRASH_NEO4J_USER: connection.user,
        CRASH_NEO4J_PASSWORD: connection.password,
        CRASH_NEO4J_DATABASE: connection.database,
      },
    },
  );
  createInterface({ input: child.stdout }).on('line', onLine);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal, stderr })),
  );
  return { child, exited };
}

/**
 * Runs a loader process (tsx, loadFacts per document) on `documents` random
 * variants and kills it with SIGKILL at a random moment of its run (start-up
 * included); waits for Neo4j to finish what the dead client left, then
 * judges every document. The first call (no estimate yet) lets the child
 * finish, to time it.
 */
export async function loaderKillRound(run: CrashRun, round: number, documents: number): Promise<KillRecord> {
  const began = Date.now();
  const picked = pickVariants(run, documents);
  picked.forEach((k) => run.attempted.add(k));
  const calibrating = run.msPerChildDocument === 0;
  const windowMs = Math.round(run.msPerChildDocument * documents);
  const delayMs = calibrating ? Infinity : Math.round(run.random() * windowMs);
  let phase: LoadPhase = 'before first write';
  const acknowledged: string[] = [];
  let firstPhaseAt = 0;
  const started = Date.now();
  let armKill: () => void = () => undefined;
  const { child, exited } = spawnLoader(run, picked, (line) => {
    const [what, doc, ...rest] = line.split(' ');
    if (what === 'PHASE') {
      phase = rest.join(' ') as LoadPhase;
      if (!firstPhaseAt) firstPhaseAt = Date.now() - started;
      armKill();
    }
    if (what === 'ACK' && doc) {
      acknowledged.push(doc);
      const k = run.variants.findIndex((v) => v.document.id === doc);
      if (k >= 0) run.acknowledged.add(k);
    }
  });
  let killedAt: LoadPhase = 'after ack';
  let timer: NodeJS.Timeout | undefined;
  // The import window opens when the child starts loading (its start-up is no import); a kill may still come after the last ack.
  armKill = (): void => {
    if (timer || !Number.isFinite(delayMs)) return;
    timer = setTimeout(() => {
      killedAt = phase;
      child.kill('SIGKILL');
    }, delayMs);
  };
  const exit = await exited;
  clearTimeout(timer);
  const at = Date.now() - started;
  if (exit.signal !== 'SIGKILL' && exit.code !== 0)
    throw new Error(`the loader child failed (exit ${exit.code}): ${exit.stderr}`);
  if (calibrating) {
    run.msChildStart = firstPhaseAt;
    run.msPerChildDocument = Math.max(1, Math.round((at - firstPhaseAt) / documents));
    run.progress(`loader child: starts in ${firstPhaseAt} ms, ${run.msPerChildDocument} ms per document`);
  }
  await waitForQuietServer(run);
  const result = await verify(run);
  return record(
    run,
    {
      kind: 'loader',
      round,
      delayMs: Number.isFinite(delayMs) ? delayMs : at,
      windowMs: calibrating ? at : windowMs,
      targeted: false,
      phase: exit.signal === 'SIGKILL' ? killedAt : 'after ack',
      documents: picked.map((k) => run.variants[k]?.document.id ?? ''),
      acknowledged,
      milliseconds: Date.now() - began,
    },
    result,
  );
}
