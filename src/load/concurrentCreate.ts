import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';

const UNIQUENESS_REFUSED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * A load creates what it read as absent (a new document's node and passages,
 * its claims). Loads take turns on the claims lock, so another load never
 * creates them in between; a writer outside the lock can (a generated
 * `createDocuments` mutation with the same id), and Neo4j then refuses this
 * load's CREATE for the unique id. That refusal is
 * made transient, so the driver runs the whole transaction again: the second
 * attempt reads the other load's work and overwrites it, as MERGE would have.
 * Anything else is returned as it is.
 */
export function retryConcurrentCreate(error: unknown): unknown {
  if (!(error instanceof Neo4jError) || error.code !== UNIQUENESS_REFUSED) return error;
  return new Neo4jError(
    `${error.message} (another writer created it first; the load is run again)`,
    'Neo.TransientError.Transaction.ConcurrentCreate',
    error.gqlStatus,
    error.gqlStatusDescription,
    error.diagnosticRecord,
    error,
  );
}

/** The work of a load's write transaction, with `retryConcurrentCreate` applied to what it throws. */
export function retryingConcurrentCreates<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
): (tx: ManagedTransaction) => Promise<T> {
  return async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      throw retryConcurrentCreate(error);
    }
  };
}
