import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../../src/config/config.js';
import { findJava } from '../../../src/neo4j/findJava.js';
import { localPaths } from '../../../src/neo4j/localPaths.js';
import { runProcess } from '../../../src/neo4j/runProcess.js';

export interface ConsistencyResult {
  /** Exit code 0 and no inconsistency report. */
  readonly consistent: boolean;
  readonly exitCode: number;
  readonly milliseconds: number;
  /** The tool's last lines, and the report's first lines when it wrote one. */
  readonly output: string;
}

/**
 * Runs Neo4j's own consistency checker (`neo4j-admin database check <db>`,
 * main class org.neo4j.cli.AdminTool) on the STOPPED store of a local Neo4j,
 * with the jars, conf dir and NEO4J_HOME/NEO4J_CONF the server uses
 * (src/neo4j/localNeo4j.ts). It checks every record, index and count store.
 */
export async function runConsistencyCheck(config: Config, database = config.database): Promise<ConsistencyResult> {
  const began = Date.now();
  const paths = localPaths(config.local.dir);
  const java = await findJava(config.local.javaHome);
  const reportDir = await mkdtemp(join(tmpdir(), 'neo4j-check-'));
  try {
    const { code, tail } = await runProcess(
      java.bin,
      [
        '-Xmx256m',
        '-XX:+UseSerialGC',
        '-XX:TieredStopAtLevel=1',
        '-cp',
        `${paths.lib}/*`,
        'org.neo4j.cli.AdminTool',
        'database',
        'check',
        database,
        `--report-path=${reportDir}`,
      ],
      { env: { NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, missing: `${java.bin} was not found` },
    );
    const reports = (await readdir(reportDir)).filter((f) => f.endsWith('.report'));
    const reportText = reports.length
      ? (await readFile(join(reportDir, reports[0] ?? ''), 'utf8')).split('\n').slice(0, 30).join('\n')
      : '';
    return {
      consistent: code === 0 && reports.length === 0,
      exitCode: code,
      milliseconds: Date.now() - began,
      output: `${tail}${reportText ? `\n--- report ---\n${reportText}` : ''}`,
    };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}
