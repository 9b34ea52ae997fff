import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { LocalNeo4jPaths } from './localPaths.js';

/** The local server's generated password, or undefined before the first start. */
export async function readPassword(paths: LocalNeo4jPaths): Promise<string | undefined> {
  return existsSync(paths.passwordFile) ? (await readFile(paths.passwordFile, 'utf8')).trim() : undefined;
}
