import type { Driver } from 'neo4j-driver';

export type AccessMode = 'READ' | 'WRITE';

/** How a session or transaction was begun on the driver. */
export type DriverEventVia = 'session' | 'executeQuery' | 'executeRead' | 'executeWrite' | 'beginTransaction' | 'run';

/** One session opened or one transaction begun, with the access mode and database it asked for. */
export interface DriverEvent {
  readonly kind: 'session' | 'transaction';
  readonly via: DriverEventVia;
  readonly accessMode: AccessMode;
  /** The database asked for (before any alias below is applied); undefined: the server's default. */
  readonly database: string | undefined;
  /** The session shares the driver's executeQuery bookmark manager (reads on one process see its writes). */
  readonly sharedBookmarks?: boolean;
}

/** One statement as it was sent: its text and parameters. */
export interface SentStatement {
  readonly query: string;
  readonly parameters: Record<string, unknown>;
}

export interface CountingDriverOptions {
  /**
   * Lets the code under test ask for a database by another name: sessions and
   * queries for `name` go to `database`. The events keep the name asked for,
   * so a query that ignored the configured database shows up.
   */
  readonly databaseAlias?: { readonly name: string; readonly database: string };
}

export interface CountingDriver {
  readonly driver: Driver;
  /** Cypher statements sent since the last reset: executeQuery calls plus runs in sessions. */
  count(): number;
  /** Transactions begun since the last reset (executeQuery, executeRead/Write, beginTransaction, auto-commit runs). */
  transactions(): number;
  /** Sessions opened since the last reset. */
  sessions(): number;
  /** Every session and transaction since the last reset, in order. */
  events(): readonly DriverEvent[];
  /** The Cypher statements sent since the last reset, with their parameters (to PROFILE them again). */
  statementsSent(): readonly SentStatement[];
  reset(): void;
}

type Fn = (...args: unknown[]) => unknown;

/**
 * Wraps a real driver to count the Cypher statements, sessions and
 * transactions a request causes, and to record the access mode and database
 * of each (to check that reads run in READ and writes in WRITE transactions).
 */
export function countingDriver(real: Driver, options: CountingDriverOptions = {}): CountingDriver {
  let statements = 0;
  let log: DriverEvent[] = [];
  let sent: SentStatement[] = [];
  /** Counts one statement and keeps its text and parameters (a string, or a { text, parameters } query). */
  const sending = (query: unknown, parameters: unknown): void => {
    statements += 1;
    const text = typeof query === 'string' ? query : String((query as { text?: unknown }).text ?? '');
    const params = (typeof query === 'string' ? parameters : (query as { parameters?: unknown }).parameters) ?? {};
    sent.push({ query: text, parameters: params as Record<string, unknown> });
  };
  const alias = options.databaseAlias;
  const forward = (database: unknown): unknown => (alias && database === alias.name ? alias.database : database);
  const record = (event: DriverEvent): void => void log.push(event);

  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (key === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            sending(args[0], args[1]);
            return (value as Fn).apply(obj, args);
          };
        }
        return typeof value === 'function' ? (value as Fn).bind(obj) : value;
      },
    });

  /** A session that records its transactions (and auto-commit runs) with its own default mode. */
  const recordingSession = <T extends object>(session: T, mode: AccessMode, database: string | undefined): T =>
    new Proxy(session, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const fn = value as Fn;
        if (key === 'run') {
          return (...args: unknown[]) => {
            sending(args[0], args[1]);
            record({ kind: 'transaction', via: 'run', accessMode: mode, database });
            return fn.apply(obj, args);
          };
        }
        if (key === 'beginTransaction') {
          return (...args: unknown[]) => {
            record({ kind: 'transaction', via: 'beginTransaction', accessMode: mode, database });
            return countRuns(fn.apply(obj, args) as object);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) => {
            const accessMode: AccessMode = key === 'executeRead' ? 'READ' : 'WRITE';
            record({ kind: 'transaction', via: key, accessMode, database });
            return fn.apply(obj, [(tx: object) => work(countRuns(tx)), ...rest]);
          };
        }
        return fn.bind(obj);
      },
    });

  const driver = new Proxy(real, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as Fn;
      if (key === 'executeQuery') {
        return (query: unknown, parameters?: unknown, config: Record<string, unknown> = {}) => {
          sending(query, parameters);
          const database = config['database'] as string | undefined;
          const accessMode: AccessMode = config['routing'] === 'READ' ? 'READ' : 'WRITE';
          record({ kind: 'transaction', via: 'executeQuery', accessMode, database });
          return fn.apply(obj, [query, parameters, { ...config, database: forward(database) }]);
        };
      }
      if (key === 'session') {
        return (config: Record<string, unknown> = {}) => {
          const database = config['database'] as string | undefined;
          const accessMode: AccessMode = config['defaultAccessMode'] === 'READ' ? 'READ' : 'WRITE';
          const sharedBookmarks = config['bookmarkManager'] === real.executeQueryBookmarkManager;
          record({ kind: 'session', via: 'session', accessMode, database, sharedBookmarks });
          const session = fn.apply(obj, [{ ...config, database: forward(database) }]) as object;
          return recordingSession(session, accessMode, database);
        };
      }
      return fn.bind(obj);
    },
  });

  return {
    driver,
    count: () => statements,
    transactions: () => log.filter((e) => e.kind === 'transaction').length,
    sessions: () => log.filter((e) => e.kind === 'session').length,
    events: () => log,
    statementsSent: () => sent,
    reset: () => {
      statements = 0;
      log = [];
      sent = [];
    },
  };
}
