import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPassword } from './readPassword.js';
import { runProcess } from './runProcess.js';
import { PROJECT_ROOT } from '../config/config.js';
import type { LocalNeo4jPaths } from './localPaths.js';

/** The Maven description of the distribution: Neo4j, Bolt, and APOC core. */
export const NEO4J_POM = join(PROJECT_ROOT, 'neo4j', 'pom.xml');

export type Progress = (line: string) => void;

/**
 * Assembles Neo4j Community and the APOC core plugin from Maven Central into
 * the local folder, unless a complete copy for the same pom is already there.
 * Copies into temporary folders and swaps them in, so an interrupted run
 * leaves no half-provisioned server. Returns whether it had work to do.
 */
export async function provisionNeo4j(paths: LocalNeo4jPaths, progress: Progress): Promise<boolean> {
  const pomHash = createHash('sha256')
    .update(await readFile(NEO4J_POM))
    .digest('hex');
  if (existsSync(paths.provisionedMarker) && (await readFile(paths.provisionedMarker, 'utf8')).trim() === pomHash) {
    return false;
  }
  progress(`provisioning Neo4j from Maven Central into ${paths.home} (first time only; about 130 MB)`);
  await mkdir(paths.home, { recursive: true });
  const libTmp = `${paths.lib}.partial`;
  const pluginsTmp = `${paths.plugins}.partial`;
  await rm(libTmp, { recursive: true, force: true });
  await rm(pluginsTmp, { recursive: true, force: true });
  await maven(
    ['dependency:copy-dependencies', `-DoutputDirectory=${libTmp}`, '-DincludeScope=runtime'],
    'Neo4j',
    progress,
  );
  await maven(
    [
      '-Pplugins',
      'dependency:copy-dependencies',
      `-DoutputDirectory=${pluginsTmp}`,
      '-DexcludeTransitive=true',
      '-DincludeClassifiers=core',
    ],
    'APOC core',
    progress,
  );
  await rm(paths.lib, { recursive: true, force: true });
  await rm(paths.plugins, { recursive: true, force: true });
  await rename(libTmp, paths.lib);
  await rename(pluginsTmp, paths.plugins);
  await writeFile(paths.provisionedMarker, `${pomHash}\n`, 'utf8');
  progress('Neo4j provisioned');
  return true;
}

/**
 * Generates the local server's password on first provisioning and sets it as
 * the initial password of the fresh database. Kept in a git-ignored file.
 */
export async function ensurePassword(paths: LocalNeo4jPaths, java: string, progress: Progress): Promise<string> {
  const existing = await readPassword(paths);
  if (existing !== undefined) return existing;
  if (existsSync(join(paths.data, 'dbms', 'auth.ini')) || existsSync(join(paths.data, 'databases'))) {
    throw new Error(
      `the local database in ${paths.data} has a password this project does not know (${paths.passwordFile} is missing). ` +
        `Restore that file, or remove ${paths.data} to start with an empty database.`,
    );
  }
  // Hex: a password that starts with '-' would be read by neo4j-admin as an option.
  const password = randomBytes(20).toString('hex');
  const { code, tail } = await runProcess(
    java,
    ['-cp', `${paths.lib}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', password],
    { env: { NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, missing: `${java} was not found` },
  );
  if (code !== 0) throw new Error(`setting the initial Neo4j password failed (exit ${code}):\n${tail}`);
  await writeFile(paths.passwordFile, `${password}\n`, { encoding: 'utf8', mode: 0o600 });
  progress(`generated the local Neo4j password (kept in ${paths.passwordFile})`);
  return password;
}

const NO_MAVEN =
  'Maven (mvn) is needed to provision Neo4j from Maven Central: install it (apt-get install maven), or set NEO4J_URI to use a Neo4j of your own.';

async function maven(goals: string[], what: string, progress: Progress): Promise<void> {
  let copied = 0;
  let lastReport = Date.now();
  progress(`resolving ${what} with Maven…`);
  const { code, tail } = await runProcess('mvn', ['-B', '--no-transfer-progress', '-f', NEO4J_POM, ...goals], {
    missing: NO_MAVEN,
    onLine: (line) => {
      if (line.includes('Copying ')) copied += 1;
      if (Date.now() - lastReport > 3000) {
        lastReport = Date.now();
        progress(`  … ${copied} jars so far`);
      }
    },
  });
  if (code !== 0) throw new Error(`Maven could not resolve ${what} (exit ${code}). Its last lines:\n${tail}`);
  progress(`  ${what}: ${copied} jars`);
}
