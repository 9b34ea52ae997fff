import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The project's root folder: where the commands run. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs the project's command line (`src/cli/main.ts`) as a user would, and returns its exit code and output. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      [join(PROJECT_ROOT, 'src/cli/main.ts'), ...args],
      { cwd: PROJECT_ROOT, env: process.env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
