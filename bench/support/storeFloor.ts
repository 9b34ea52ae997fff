import type { Driver } from 'neo4j-driver';

/** The plainest writes this Neo4j takes: what a loader with no provenance, claims or checks could reach. */
export interface StoreFloor {
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly elementsPerSecond: number;
}

const BATCH = 40_000;

/**
 * Writes `nodes` nodes (an indexed id and a name) and `relationships`
 * relationships between them (each end found by its id), in write
 * transactions of 40,000 rows, with nothing else: no MERGE, no claims, no
 * evidence, no passages; then deletes them and their index. The same counts
 * as a bulk load, so its rate is the ceiling a loader on this machine and this
 * Neo4j works under.
 */
export async function measureStoreFloor(
  driver: Driver,
  database: string,
  counts: { readonly nodes: number; readonly relationships: number },
): Promise<StoreFloor> {
  const write = (cypher: string, params: Record<string, unknown> = {}): Promise<unknown> =>
    driver.executeQuery(cypher, params, { database, routing: 'WRITE' });
  await write('CREATE INDEX bench_floor_id IF NOT EXISTS FOR (n:BenchFloor) ON (n.id)');
  await write('CALL db.awaitIndexes(300)');
  const began = performance.now();
  try {
    for (let from = 0; from < counts.nodes; from += BATCH) {
      await write(`UNWIND range($from, $to) AS i CREATE (:BenchFloor {id: i, name: 'node ' + i})`, {
        from,
        to: Math.min(from + BATCH, counts.nodes) - 1,
      });
    }
    for (let from = 0; from < counts.relationships; from += BATCH) {
      await write(
        `UNWIND range($from, $to) AS i
         MATCH (a:BenchFloor {id: i % $nodes}), (b:BenchFloor {id: (i * 7919 + 1) % $nodes})
         CREATE (a)-[:BENCH_FLOOR {id: i}]->(b)`,
        { from, to: Math.min(from + BATCH, counts.relationships) - 1, nodes: counts.nodes },
      );
    }
    const seconds = (performance.now() - began) / 1000;
    return {
      ...counts,
      seconds: Math.round(seconds * 10) / 10,
      elementsPerSecond: Math.round((counts.nodes + counts.relationships) / seconds),
    };
  } finally {
    const session = driver.session({ database });
    try {
      // CALL … IN TRANSACTIONS runs only in an auto-commit transaction.
      await session.run('MATCH (n:BenchFloor) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await write('DROP INDEX bench_floor_id IF EXISTS');
  }
}
