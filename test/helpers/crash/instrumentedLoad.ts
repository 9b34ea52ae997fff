import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ValidatedFacts } from '../../../src/facts/validateFacts.js';
import { loadFacts, type LoadReport } from '../../../src/load/loadFacts.js';

/**
 * Where a load stands when the kill comes: not yet sent a statement, inside
 * its transaction, done writing (the commit is being sent or answered), or
 * acknowledged (loadFacts resolved; nothing in flight).
 */
export const LOAD_PHASES = ['before first write', 'mid-transaction', 'around commit', 'after ack'] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

/** The actor the crash tests' loads record in the audit trail. */
export const CRASH_AUDIT = { actor: 'crash-test', via: 'cli', action: 'SEED_LOAD' } as const;

/** What an observed driver reports of each write transaction: each statement sent, and the work done (its commit next). */
export interface WriteObserver {
  readonly onRun: () => void;
  readonly onWorkDone?: () => void;
}

/**
 * Wraps a driver so that every `run` inside a write transaction
 * (`session.executeWrite`) calls `onRun`, and the transaction's work
 * resolving, with every write answered and only the commit left, calls
 * `onWorkDone` (the rest of the driver is untouched).
 */
export function observedDriver(real: Driver, observer: WriteObserver): Driver {
  const onFirstRun = observer.onRun;
  const workDone = (result: unknown): unknown => {
    observer.onWorkDone?.();
    return result;
  };
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (key === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            onFirstRun();
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
      },
    });
  return new Proxy(real, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (key === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => {
          const session = (value as (...a: unknown[]) => object).apply(obj, args);
          return new Proxy(session, {
            get(s, k, r) {
              const v = Reflect.get(s, k, r) as unknown;
              if (k === 'executeWrite' && typeof v === 'function') {
                return (work: (tx: ManagedTransaction) => unknown, ...rest: unknown[]) =>
                  (v as (...a: unknown[]) => unknown).apply(s, [
                    (tx: ManagedTransaction) => Promise.resolve(work(wrapTx(tx))).then(workDone),
                    ...rest,
                  ]);
              }
              return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(s) : v;
            },
          });
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

/**
 * Loads one document exactly as the loader does (loadFacts, one write
 * transaction, audited) and reports its phase as it goes: 'before first
 * write' at once, 'mid-transaction' at its first statement, 'around commit'
 * once every write is sent (the commit follows), 'after ack' when loadFacts
 * resolved. `atCommit` runs at that last write, e.g. to schedule a kill.
 */
export async function loadWithPhases(
  driver: Driver,
  database: string,
  facts: ValidatedFacts,
  onPhase: (phase: LoadPhase) => void,
  atCommit?: () => void,
): Promise<LoadReport> {
  onPhase('before first write');
  let started = false;
  const wrapped = observedDriver(driver, {
    onRun: () => {
      if (!started) onPhase('mid-transaction');
      started = true;
    },
  });
  const report = await loadFacts(wrapped, database, facts, {
    audit: CRASH_AUDIT,
    alsoInTransaction: () => {
      onPhase('around commit');
      atCommit?.();
      return Promise.resolve();
    },
  });
  onPhase('after ack');
  return report;
}
