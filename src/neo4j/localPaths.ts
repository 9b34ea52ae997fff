import { join } from 'node:path';

/** Where the local Neo4j keeps its parts, all under one git-ignored folder. */
export interface LocalNeo4jPaths {
  readonly home: string;
  readonly lib: string;
  readonly plugins: string;
  readonly conf: string;
  readonly data: string;
  readonly logs: string;
  readonly run: string;
  readonly pidFile: string;
  readonly passwordFile: string;
  readonly consoleLog: string;
  /** Written after a complete provisioning; holds the pom's hash. */
  readonly provisionedMarker: string;
}

/** The layout of a local Neo4j home at `dir`. */
export function localPaths(dir: string): LocalNeo4jPaths {
  return {
    home: dir,
    lib: join(dir, 'lib'),
    plugins: join(dir, 'plugins'),
    conf: join(dir, 'conf'),
    data: join(dir, 'data'),
    logs: join(dir, 'logs'),
    run: join(dir, 'run'),
    pidFile: join(dir, 'run', 'neo4j.pid'),
    passwordFile: join(dir, 'password'),
    consoleLog: join(dir, 'logs', 'console.log'),
    provisionedMarker: join(dir, 'lib', '.provisioned'),
  };
}
