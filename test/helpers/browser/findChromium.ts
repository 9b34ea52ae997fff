import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian puts its Chromium; CHROMIUM_PATH names another. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** What to tell a user whose machine has no Chromium. */
export const CHROMIUM_MISSING =
  'the browser tests need Chromium and none was found: install Debian\'s "chromium" package ' +
  '(apt-get install chromium fonts-noto-core; `npm test` does it by itself when run as root), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable. Never `npx playwright install`: it downloads a browser.';

/** The Chromium the browser tests drive, or undefined when the machine has none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Makes sure the browser tests have a Chromium: on a Debian machine where the
 * tests run as root (CI, a fresh machine like ours) it installs Debian's
 * package, as `.ci/run` does; elsewhere it leaves the machine alone and the
 * browser tests say what is missing.
 */
export function ensureChromium(say: (line: string) => void): string | undefined {
  const found = findChromium();
  if (found) return found;
  if (process.env['CHROMIUM_PATH']) {
    say(`CHROMIUM_PATH=${process.env['CHROMIUM_PATH']} does not exist`);
    return undefined;
  }
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    say(CHROMIUM_MISSING);
    return undefined;
  }
  say("installing Debian's chromium and fonts-noto-core for the browser tests (about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env,
    });
  } catch (error) {
    say(`could not install chromium: ${(error as Error).message}`);
  }
  return findChromium();
}
