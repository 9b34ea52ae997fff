import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

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
  // In a child process with NODE_ENV=production: the React plugin picks its JSX transform by NODE_ENV,
  // and a test process (NODE_ENV=test) would bundle development JSX calls against production React.
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  await execFileAsync(process.execPath, [vite, 'build', '--config', join(SOURCE_DIR, 'vite.config.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  }).catch((error: Error & { stderr?: string; stdout?: string }) => {
    throw new Error(`the explorer's build failed:\n${error.stderr || error.stdout || error.message}`);
  });
  writeFileSync(STAMP, wanted);
  say(`explorer built in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
