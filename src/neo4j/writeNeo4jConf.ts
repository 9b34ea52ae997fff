import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalNeo4jPaths } from './localPaths.js';

export interface LocalNeo4jSettings {
  readonly boltPort: number;
  readonly pageCache: string;
  /** db.memory.transaction.max, when set. */
  readonly transactionMemory?: string;
}

/**
 * Writes neo4j.conf (and apoc.conf beside it) for the local server: Bolt on
 * loopback only, HTTP off, auth on, bounded page cache, everything under the
 * local folder. Rewritten at every start so that changed settings apply.
 */
export async function writeNeo4jConf(paths: LocalNeo4jPaths, settings: LocalNeo4jSettings): Promise<void> {
  await mkdir(paths.conf, { recursive: true });
  const conf = [
    '# Written by the project at every start (src/neo4j/writeNeo4jConf.ts); edits here are lost.',
    `server.bolt.enabled=true`,
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${settings.pageCache}`,
    ...(settings.transactionMemory ? [`db.memory.transaction.max=${settings.transactionMemory}`] : []),
    'dbms.usage_report.enabled=false',
    'dbms.security.procedures.unrestricted=apoc.*',
    'db.tx_log.rotation.retention_policy=2 days 512M',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.run=${paths.run}`,
    `server.directories.lib=${paths.lib}`,
    '',
  ].join('\n');
  await writeFile(join(paths.conf, 'neo4j.conf'), conf, 'utf8');
  await writeFile(
    join(paths.conf, 'apoc.conf'),
    'apoc.export.file.enabled=false\napoc.import.file.enabled=false\n',
    'utf8',
  );
}
