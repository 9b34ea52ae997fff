import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIR = join(ROOT, 'explore');
/** Where the built explorer lives; the API server serves it at /explore/. */
export const EXPLORER_DIST = join(ROOT, 'dist', 'explore');
const STAMP = join(EXPLORER_DIST, '.source-hash');

/** Every file the build reads from explore/ (tests aside), and the lock file for the packages it bundles. */
function sourceFiles(dir = SOURCE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(path);
    return [path];
  });
}

/** A hash of the explorer's sources: the build is redone when, and only when, they change. */
export function explorerSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(), join(ROOT, 'package-lock.json')].sort()) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds the explorer with Vite unless dist/explore already holds a build of
 * these very sources. `npm start` and the tests call it, so a fresh clone
 * needs no build step of its own.
 */
export async function ensureExplorerBuilt(say: (line: string) => void): Promise<void> {
  const wanted = explorerSourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted && existsSync(join(EXPLORER_DIST, 'index.html'))) {
    return;
  }
  say('building the explorer (Vite)…');
  const began = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(SOURCE_DIR, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, wanted);
  say(`explorer built in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
