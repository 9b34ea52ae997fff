import { readFactsFast } from './readFactsFast.js';
import { FactsError, type ValidatedFacts } from '../../facts/validateFacts.js';

/** Documents read, validated and grouped to be written in one transaction. */
export interface FactsBatch {
  /** 1, 2, … in corpus order. */
  readonly index: number;
  readonly documents: readonly ValidatedFacts[];
  /** Nodes plus relations stated (the rows the batch writes, before provenance). */
  readonly facts: number;
}

/** How big a batch may grow: whichever limit is reached first closes it. */
export interface BatchLimits {
  readonly documents: number;
  readonly facts: number;
}

/** Files of one batch that failed validation: each with its path and problems. */
export class InvalidBatchError extends Error {
  constructor(
    readonly batch: number,
    readonly errors: readonly FactsError[],
  ) {
    super(
      `${errors.length} facts file(s) of batch ${batch} are not valid:\n` + errors.map((e) => e.message).join('\n'),
    );
    this.name = 'InvalidBatchError';
  }
}

/**
 * Reads and validates facts files (readFactsFile: every quote at its offset,
 * the closed vocabulary) one at a time, and yields them in batches. A batch
 * with a bad file is not yielded: the rest of its files are still checked so
 * that every problem of the batch is reported at once, then InvalidBatchError
 * is thrown — the batches before it have been yielded, nothing of it will be
 * written. A document id seen twice closes the batch first, so that a batch
 * never states one document twice (the later file wins, as when loading one
 * by one).
 */
export async function* readBatches(files: AsyncIterable<string>, limits: BatchLimits): AsyncGenerator<FactsBatch> {
  let documents: ValidatedFacts[] = [];
  let ids = new Set<string>();
  let facts = 0;
  const errors: FactsError[] = [];
  let index = 1;
  const close = (): FactsBatch => {
    const batch = { index, documents, facts };
    index += 1;
    documents = [];
    ids = new Set();
    facts = 0;
    return batch;
  };
  for await (const file of files) {
    const read = await readOrRefuse(file);
    if (read instanceof FactsError) errors.push(read);
    else {
      if (ids.has(read.document.id) && errors.length === 0) yield close();
      documents.push(read);
      ids.add(read.document.id);
      facts += read.nodes.length + read.relations.length;
    }
    if (errors.length > 0) {
      // The batch will not be written: read the rest of it only to report every bad file at once.
      if (documents.length + errors.length >= limits.documents) throw new InvalidBatchError(index, errors);
    } else if (documents.length >= limits.documents || facts >= limits.facts) yield close();
  }
  if (errors.length > 0) throw new InvalidBatchError(index, errors);
  if (documents.length > 0) yield close();
}

async function readOrRefuse(file: string): Promise<ValidatedFacts | FactsError> {
  try {
    return await readFactsFast(file);
  } catch (error) {
    if (error instanceof FactsError) return error;
    throw error;
  }
}
