import type { Driver } from 'neo4j-driver';

export interface CountingDriver {
  readonly driver: Driver;
  /** Cypher statements sent since the last reset: executeQuery calls plus runs in sessions. */
  count(): number;
  reset(): void;
}

/** Wraps a real driver to count the Cypher statements a request sends. */
export function countingDriver(real: Driver): CountingDriver {
  let statements = 0;
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (key === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            statements += 1;
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        if (
          (key === 'executeRead' || key === 'executeWrite' || key === 'beginTransaction') &&
          typeof value === 'function'
        ) {
          return (...args: unknown[]) => {
            const [work, ...rest] = args;
            if (key === 'beginTransaction') return countRuns((value as (...a: unknown[]) => object).apply(obj, args));
            return (value as (...a: unknown[]) => unknown).apply(obj, [
              (tx: object) => (work as (t: object) => unknown)(countRuns(tx)),
              ...rest,
            ]);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
      },
    });
  const driver = new Proxy(real, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (key === 'executeQuery' && typeof value === 'function') {
        return (...args: unknown[]) => {
          statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (key === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => countRuns((value as (...a: unknown[]) => object).apply(obj, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
  return { driver, count: () => statements, reset: () => void (statements = 0) };
}
