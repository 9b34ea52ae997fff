import type { Driver } from 'neo4j-driver';

export interface Readiness {
  /** True only when the schema is built and Neo4j answers right now. */
  check(): Promise<{ ready: boolean; neo4j: boolean; schema: boolean; error?: string }>;
  markSchemaBuilt(): void;
}

/**
 * Readiness for `/ready`: asks Neo4j at most once a second (a load balancer
 * polling it must not become the database's load) and within 2 s.
 */
export function createReadiness(driver: Driver, database: string): Readiness {
  let schema = false;
  let last: { at: number; neo4j: boolean; error?: string } | undefined;
  return {
    markSchemaBuilt: () => {
      schema = true;
    },
    async check() {
      if (!last || Date.now() - last.at > 1000) {
        last = await probe(driver, database);
      }
      return { ready: schema && last.neo4j, neo4j: last.neo4j, schema, ...(last.error ? { error: last.error } : {}) };
    },
  };
}

async function probe(driver: Driver, database: string): Promise<{ at: number; neo4j: boolean; error?: string }> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref(),
  );
  try {
    await Promise.race([driver.executeQuery('RETURN 1', {}, { database, routing: 'READ' }), timeout]);
    return { at: Date.now(), neo4j: true };
  } catch (error) {
    return { at: Date.now(), neo4j: false, error: (error as Error).message.split('\n')[0] ?? 'unreachable' };
  }
}
