import { loadConfig } from '../config/config.js';
import { findJava } from '../neo4j/findJava.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j.js';
import { localPaths } from '../neo4j/localPaths.js';
import { provisionNeo4j } from '../neo4j/provisionNeo4j.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** `neo4j provision|start|stop|status` for the local server. */
export async function neo4jCommand(action: 'provision' | 'start' | 'stop' | 'status'): Promise<void> {
  const config = loadConfig();
  if (config.external && action !== 'status') {
    throw new Error(
      `NEO4J_URI is set (${config.external.uri}): the project manages no local Neo4j. Unset it to use the local one.`,
    );
  }
  switch (action) {
    case 'provision': {
      await findJava(config.local.javaHome);
      const worked = await provisionNeo4j(localPaths(config.local.dir), say);
      if (!worked) say(`Neo4j is already provisioned in ${config.local.dir}`);
      return;
    }
    case 'start':
      await startLocalNeo4j(config, say);
      return;
    case 'stop':
      await stopLocalNeo4j(config, say);
      return;
    case 'status': {
      if (config.external) {
        say(`NEO4J_URI is set: using ${config.external.uri}; no local Neo4j is managed`);
        return;
      }
      const s = await localNeo4jStatus(config);
      say(
        s.running
          ? `Neo4j running (pid ${s.pid}) on ${s.uri}, ${s.answers ? 'answering' : 'NOT answering yet'}; logs in ${s.logs}`
          : `Neo4j is not running (logs in ${s.logs})`,
      );
      if (!s.running || !s.answers) process.exitCode = 3;
      return;
    }
    default: {
      const never: never = action;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
}
