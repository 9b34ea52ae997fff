import { stringify } from 'yaml';
import { signTestToken } from '../testTokens.js';
import { startApiChild } from './apiChildProcess.js';
import type { ConsistencyResult } from './consistencyCheck.js';
import {
  checkStore,
  pickVariants,
  record,
  verify,
  waitForQuietServer,
  type CrashRun,
  type KillRecord,
} from './crashRounds.js';
import { variantFile } from './documentVariants.js';
import type { LoadPhase } from './instrumentedLoad.js';

const IMPORT_FACTS =
  'mutation Import($f: String!, $t: String!) { importFacts(facts: $f, documentText: $t) { documentId } }';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What came back for one importFacts request: an acknowledgement, no answer at all (the API died), or a failure. */
type ImportAnswer =
  { readonly kind: 'ack' } | { readonly kind: 'no answer' } | { readonly kind: 'failed'; readonly text: string };

/**
 * Sends one facts file through `importFacts` as an editor would. Acknowledged
 * only when the answer is HTTP 200 with the expected documentId and no errors;
 * a connection the dead API reset, or a body cut off, is "no answer".
 */
async function importOverHttp(
  url: string,
  token: string,
  facts: string,
  text: string,
  documentId: string,
): Promise<ImportAnswer> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: IMPORT_FACTS, variables: { f: facts, t: text } }),
      signal: AbortSignal.timeout(120_000),
    });
    body = await response.text();
  } catch {
    return { kind: 'no answer' };
  }
  let answer: { data?: { importFacts?: { documentId?: string } } | null; errors?: unknown[] } = {};
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return { kind: 'failed', text: `HTTP ${response.status}, not JSON: ${body.slice(0, 300)}` };
  }
  const ok = response.status === 200 && !answer.errors?.length && answer.data?.importFacts?.documentId === documentId;
  return ok ? { kind: 'ack' } : { kind: 'failed', text: `HTTP ${response.status}: ${body.slice(0, 600)}` };
}

/**
 * Starts the real API as a child process (test/helpers/crash/apiChild.ts)
 * against the crash-test Neo4j, imports `documents` random variants one after
 * another through the `importFacts` mutation over HTTP with an editor's token,
 * and kills the API with SIGKILL at a random moment of the import window
 * (from the first request; or, when `targeted`, 0–20 ms after one import's
 * transaction has every write answered and only its commit left). A document
 * counts as acknowledged only on an HTTP 200 with its documentId and no
 * errors. Then waits for Neo4j to finish what the dead API left, and judges
 * every document attempted so far through the driver; with `check`, runs
 * Neo4j's consistency checker on the cleanly stopped store. The first call
 * (no estimate yet) lets every import finish and stops the API gracefully,
 * to time the window: its documents must all be acknowledged.
 */
export async function apiKillRound(
  run: CrashRun,
  round: number,
  options: { documents: number; targeted: boolean; check: boolean },
): Promise<KillRecord> {
  const began = Date.now();
  const picked = pickVariants(run, options.documents);
  picked.forEach((k) => run.attempted.add(k));
  const calibrating = run.msPerApiDocument === 0;
  const windowMs = Math.round(run.msPerApiDocument * options.documents);
  const delayMs = Math.round(run.random() * windowMs);
  const targetIndex = Math.floor(run.random() * picked.length);
  const commitDelay = Math.round(run.random() * 20);
  const gaps = picked.map(() => Math.round(run.random() * 30));
  const files = picked.map((k) => stringify(variantFile(run.seedDocument, run.tag, k)));

  const api = await startApiChild(run.neo4j.connection);
  const token = await signTestToken(['editor']);
  let phase: LoadPhase = 'before first write';
  let current = -1;
  let killed = false;
  let killRequested: () => void = () => undefined;
  const killSignal = new Promise<void>((r) => (killRequested = r));
  api.onPhase((p) => {
    phase = p;
    if (options.targeted && p === 'around commit' && current === targetIndex) setTimeout(killRequested, commitDelay);
  });
  const acknowledged: string[] = [];
  const started = Date.now();
  const stream = (async () => {
    for (const [i, k] of picked.entries()) {
      await sleep(gaps[i] ?? 0);
      if (killed) return;
      const documentId = run.variants[k]?.document.id ?? '';
      current = i;
      phase = 'before first write';
      const sent = Date.now();
      const answer = await importOverHttp(api.url, token, files[i] ?? '', run.seedDocument.text, documentId);
      if (answer.kind === 'no answer') return;
      if (answer.kind === 'failed')
        throw new Error(
          `importFacts of ${documentId} failed while the API was ${killed ? 'being killed' : 'up'}: ${answer.text}`,
        );
      phase = 'after ack';
      run.acknowledged.add(k);
      acknowledged.push(documentId);
      const took = Date.now() - sent + (gaps[i] ?? 0);
      run.msPerApiDocument = run.msPerApiDocument ? Math.round(run.msPerApiDocument * 0.8 + took * 0.2) : 0;
    }
  })();
  const settled = stream.then(
    () => undefined,
    () => undefined,
  );

  let killedAt: LoadPhase = 'after ack';
  let at: number;
  if (calibrating) {
    try {
      await stream;
      at = Date.now() - started;
    } finally {
      await api.stop();
    }
    run.msPerApiDocument = Math.max(1, Math.round(at / options.documents));
    run.progress(`API child: ${run.msPerApiDocument} ms per importFacts`);
  } else {
    await (options.targeted ? Promise.race([killSignal, settled]) : sleep(delayMs));
    at = Date.now() - started;
    killed = true;
    killedAt = phase;
    await api.kill();
    run.progress(`killed the API (pid ${api.pid}) ${at} ms into the import, ${killedAt}`);
    // The request in flight ends with the dead connection; a failure answered before the kill surfaces here.
    await stream;
  }
  await waitForQuietServer(run);
  const result = await verify(run);
  let consistency: ConsistencyResult | undefined;
  if (options.check) consistency = await checkStore(run);
  return record(
    run,
    {
      kind: 'api',
      round,
      delayMs: at,
      windowMs: calibrating ? at : windowMs,
      targeted: options.targeted && !calibrating,
      phase: killedAt,
      documents: picked.map((k) => run.variants[k]?.document.id ?? ''),
      acknowledged,
      ...(consistency ? { consistency } : {}),
      milliseconds: Date.now() - began,
    },
    result,
  );
}
