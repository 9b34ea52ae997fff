import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface RunOptions {
  readonly env?: Record<string, string>;
  /** Called with each line of stdout and stderr. */
  readonly onLine?: (line: string) => void;
  /** What to tell the user when the program is not installed. */
  readonly missing: string;
}

/**
 * Runs a program to completion and resolves with its exit code and last 40
 * lines of output; rejects with `missing` when the program is not found.
 */
export function runProcess(
  bin: string,
  args: readonly string[],
  options: RunOptions,
): Promise<{ code: number; tail: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      options.onLine?.(line);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? options.missing : `${bin}: ${error.message}`)),
    );
    child.once('close', (code) => resolvePromise({ code: code ?? -1, tail: tail.join('\n') }));
  });
}
