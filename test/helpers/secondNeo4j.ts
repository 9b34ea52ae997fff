import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../src/config/config.js';
import { connectDriver } from '../../src/neo4j/connectDriver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import type { Neo4jConnection } from '../../src/neo4j/neo4jConnection.js';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * A second, throw-away local Neo4j for tests that must write freely (restore,
 * crash tests): its own folder and Bolt port, a small heap, never the shared
 * one on 7687. Started and stopped through the project's own code
 * (src/neo4j/localNeo4j.ts), which provisions it from the local Maven cache on
 * first use and writes its neo4j.conf (Bolt on loopback only, HTTP off).
 */
export const SECOND_NEO4J_ENV = {
  LOCAL_NEO4J_DIR: '.local/neo4j-restore-test',
  LOCAL_NEO4J_BOLT_PORT: '7697',
  LOCAL_NEO4J_HEAP: '512m',
  LOCAL_NEO4J_PAGECACHE: '128m',
} as const;

/** Overrides of SECOND_NEO4J_ENV: another folder, port or memory for another throw-away Neo4j. */
export type SecondNeo4jOverrides = Partial<Record<keyof typeof SECOND_NEO4J_ENV, string>>;

/** The environment a child process (the CLI) needs to talk to the second Neo4j. */
export function secondNeo4jEnv(overrides: SecondNeo4jOverrides = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...SECOND_NEO4J_ENV, ...overrides };
  delete env['NEO4J_URI'];
  delete env['NEO4J_PASSWORD'];
  return env;
}

/** The project's configuration for the second Neo4j; refuses anything that would point at the shared one. */
export function secondNeo4jConfig(overrides: SecondNeo4jOverrides = {}): Config {
  const config = loadConfig(secondNeo4jEnv(overrides));
  const shared = loadConfig({ ...process.env, LOCAL_NEO4J_DIR: undefined, LOCAL_NEO4J_BOLT_PORT: undefined });
  if (config.local.boltPort === shared.local.boltPort || resolve(config.local.dir) === resolve(shared.local.dir)) {
    throw new Error('the second Neo4j must not share the folder or the Bolt port of the shared one');
  }
  return config;
}

export interface SecondNeo4j {
  readonly config: Config;
  readonly connection: Neo4jConnection;
  /** A driver with the project's settings; closed by stop(). */
  readonly driver: Driver;
  /** Closes the driver and stops the server (waits for a clean shutdown). */
  stop(): Promise<void>;
}

/** Starts (or reuses, if it already runs) the second local Neo4j and connects to it. */
export async function startSecondNeo4j(
  progress: (line: string) => void = (line) => void process.stdout.write(`[neo4j-2] ${line}\n`),
  overrides: SecondNeo4jOverrides = {},
): Promise<SecondNeo4j> {
  const config = secondNeo4jConfig(overrides);
  const local = await startLocalNeo4j(config, progress);
  const connection: Neo4jConnection = { ...local, database: config.database, local: true };
  const driver = await connectDriver(connection);
  return {
    config,
    connection,
    driver,
    async stop() {
      await driver.close();
      await stopLocalNeo4j(config, progress);
    },
  };
}

/** Deletes everything in the second Neo4j (never call it with another driver). */
export async function emptySecondNeo4j(second: SecondNeo4j): Promise<void> {
  const session = second.driver.session({ database: second.connection.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Generates a graph of about `nodes` nodes and 2 relationships per node in the
 * second Neo4j, in batches on the server: people, municipalities and cities
 * with the project's labels and a property of every Neo4j type (integers beyond
 * 2^53, floats, booleans, lists, every temporal type, 2D and 3D points; bytes on
 * a few nodes), linked by PARTNER and LOCATED_IN with dated, weighted relationships.
 */
export async function generateGraph(
  second: SecondNeo4j,
  nodes: number,
  progress: (line: string) => void = () => undefined,
): Promise<void> {
  const { driver } = second;
  const database = second.connection.database;
  await driver.executeQuery('CREATE INDEX gen_i IF NOT EXISTS FOR (n:Gen) ON (n.i)', {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  const props = `{
      id: 'gen-' + i, i: i, name: 'Generated ' + i, nameEn: 'Generated ' + i,
      big: 9007199254740993 + i, small: -i, ratio: i / 7.0, flag: i % 2 = 0,
      aliases: ['g' + i, 'gen ' + i], counts: [i, i * 2, 9223372036854775807], weights: [0.5, i * 1.5],
      born: date({year: 1900 + i % 120, month: 1 + i % 12, day: 1 + i % 28}),
      seen: datetime({epochSeconds: 1700000000 + i, nanosecond: i % 1000000000, timezone: 'Europe/Ljubljana'}),
      signed: datetime({epochSeconds: 1600000000 + i, timezone: '+02:00'}),
      local: localdatetime({year: 2024, month: 1 + i % 12, day: 1 + i % 28, hour: i % 24, minute: i % 60, second: 0, nanosecond: i}),
      opens: time({hour: i % 24, minute: i % 60, timezone: '-03:30'}),
      closes: localtime({hour: i % 24, minute: i % 60, second: i % 60, nanosecond: 999999999}),
      term: duration({months: i % 48, days: i % 30, seconds: i, nanoseconds: i % 1000}),
      place: point({longitude: 13.5 + (i % 1000) / 1000.0, latitude: 45.5 + (i % 700) / 1000.0}),
      spot: point({x: i, y: -i, z: 0.25}),
      days: [date({year: 2020, month: 1, day: 1}), date({year: 2021, month: 12, day: 31})]
    }`;
  const kinds = ['Person:Entity:Actor:Named', 'Municipality:Entity:Actor:Named:Organization', 'City:Entity'];
  for (const [k, labels] of kinds.entries()) {
    const session = driver.session({ database });
    try {
      // Labels here are constants of this helper, never input.
      await session.run(
        `UNWIND range($k, $n - 1, 3) AS i
         CALL (i) { CREATE (n:Gen:${labels} ${props}) } IN TRANSACTIONS OF 10000 ROWS`,
        { k: neo4jInt(k), n: neo4jInt(nodes) },
      );
    } finally {
      await session.close();
    }
    progress(`generated the ${labels.split(':')[0]} nodes`);
  }
  await driver.executeQuery(
    'UNWIND range(0, 9) AS i MATCH (n:Gen {i: i}) SET n.scan = $bytes',
    { bytes: new Int8Array([0, 1, -1, 127, -128, 42]) },
    { database },
  );
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (a:Gen) CALL (a) {
         MATCH (b:Gen {i: (a.i + 1) % $n})
         CREATE (a)-[:PARTNER {id: 'p-' + a.i, since: date({year: 1950 + a.i % 70, month: 1, day: 1}),
                               weight: a.i / 3.0, count: a.i, note: 'twinned ' + a.i}]->(b)
         WITH a
         MATCH (c:Gen {i: (a.i * 7 + 3) % $n})
         CREATE (a)-[:LOCATED_IN {id: 'l-' + a.i}]->(c)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { n: neo4jInt(nodes) },
    );
  } finally {
    await session.close();
  }
  await driver.executeQuery('DROP INDEX gen_i IF EXISTS', {}, { database });
  progress(`generated ${nodes} nodes and ${2 * nodes} relationships`);
}

function neo4jInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
