import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { AuditAction, AuditActor } from '../auditTrail.js';
import { ensureSchema } from '../ensureSchema.js';
import { corpusFactsFiles, countCorpusFiles } from './corpusFiles.js';
import { readAhead } from './readAhead.js';
import { readBatches, type BatchLimits } from './readBatches.js';
import { sumCounts } from './sumCounts.js';
import { writeBatchInParts } from './writeBatchInParts.js';

/** Documents per transaction unless told otherwise, and the most facts (nodes + relations) one may hold. */
export const DEFAULT_BATCH: BatchLimits = { documents: 1_000, facts: 40_000 };

export interface BulkLoadOptions {
  /** A corpus folder: its `facts/` (or, without one, the folder itself) is searched for `*.facts.yaml`. */
  readonly corpus: string;
  readonly batch?: Partial<BatchLimits>;
  /** Recorded per document (see writeBatchAudit); without it nothing is recorded. */
  readonly audit?: AuditActor & { readonly action: AuditAction };
  /** Called when a batch of this many documents was too large for one transaction and is written in halves. */
  readonly onSplit?: (documents: number) => void;
  /** Called after every batch, and once at the start with nothing done. */
  readonly onProgress?: (progress: BulkProgress) => void;
}

/** How far a load has come. */
export interface BulkProgress {
  readonly totalDocuments: number;
  readonly batches: number;
  /** Write transactions: one per batch, more when a batch too large for Neo4j's transaction memory was split. */
  readonly transactions: number;
  readonly documents: number;
  /** Nodes and relations the documents state. */
  readonly facts: number;
  readonly passages: number;
  readonly findings: number;
  readonly auditEvents: number;
  /** What the graph gained and lost, as Neo4j counts it (provenance included, claims not). */
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly milliseconds: number;
}

/** A batch that could not be written: what is in the graph, and what to do. */
export class BulkBatchError extends Error {
  constructor(
    readonly batch: number,
    readonly done: BulkProgress,
    override readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Batch ${batch} was not written: ${reason}\n` +
        `Nothing of batch ${batch} is in the graph; the ${done.batches} batch(es) before it ` +
        `(${done.documents} document(s)) are. Fix the file(s) named above and run the same command again: ` +
        `loading is idempotent, so the documents already loaded come out the same.`,
    );
    this.name = 'BulkBatchError';
  }
}

/** The folder of facts files in a corpus. */
export async function corpusFactsFolder(corpus: string): Promise<string> {
  const facts = join(corpus, 'facts');
  const found = await stat(facts).catch(() => null);
  if (found?.isDirectory()) return facts;
  const self = await stat(corpus).catch(() => null);
  if (!self?.isDirectory()) throw new Error(`${corpus} is not a folder: give a corpus folder holding facts/.`);
  return corpus;
}

/**
 * Loads a corpus of facts files with the loader's semantics (the graph is the
 * one `loadFacts` gives loading the documents one by one), fast: the schema
 * once, then batches of documents, each one write transaction of UNWIND
 * statements over thousands of rows (writeBatch), the next batch read and
 * validated while the current one is written, two batches at most in memory.
 * Every file is validated before its batch is written; a bad file stops the
 * load before its batch (BulkBatchError), the batches before it stay.
 */
export async function bulkLoad(driver: Driver, database: string, options: BulkLoadOptions): Promise<BulkProgress> {
  const began = performance.now();
  const folder = await corpusFactsFolder(options.corpus);
  const limits = { ...DEFAULT_BATCH, ...options.batch };
  const totalDocuments = await countCorpusFiles(folder);
  await ensureSchema(driver, database);
  let done: BulkProgress = {
    totalDocuments,
    batches: 0,
    transactions: 0,
    documents: 0,
    facts: 0,
    passages: 0,
    findings: 0,
    auditEvents: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    milliseconds: 0,
  };
  options.onProgress?.(done);
  let index = 1;
  try {
    for await (const batch of readAhead(readBatches(corpusFactsFiles(folder), limits))) {
      index = batch.index;
      const r = await writeBatchInParts(driver, database, batch, options.audit, options.onSplit);
      const { totals, ...counts } = r;
      const { totalDocuments: _total, batches, milliseconds: _ms, ...sofar } = done;
      done = {
        totalDocuments,
        batches: batches + 1,
        ...sumCounts(sofar, { ...counts, ...totals }),
        milliseconds: performance.now() - began,
      };
      index += 1;
      options.onProgress?.(done);
    }
  } catch (error) {
    const failed = (error as { batch?: unknown }).batch;
    throw new BulkBatchError(typeof failed === 'number' ? failed : index, done, error);
  }
  return { ...done, milliseconds: performance.now() - began };
}
