import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config/config.js';
import { generateCorpus } from '../generate/generateCorpus.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`${line}\n`);

function positiveInteger(value: string, flag: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${flag} must be a positive whole number (got "${value}"), e.g. ${flag} 100000`);
  return n;
}

/** `generate --nodes <n> [--seed <k>] [--out <dir>]`: a synthetic corpus in the facts format. */
export async function generateCommand(options: { nodes?: string; seed: string; out?: string }): Promise<void> {
  if (options.nodes === undefined) throw new Error('say how big a corpus to write: --nodes <n>, e.g. --nodes 100000');
  const nodes = positiveInteger(options.nodes, '--nodes');
  const seed = Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number ≥ 0 (got "${options.seed}")`);
  const out = options.out
    ? resolve(process.cwd(), options.out)
    : resolve(PROJECT_ROOT, '.local', 'corpus', `n${nodes}-s${seed}`);
  const r = await Promise.resolve(generateCorpus({ nodes, seed, out, progress: note }));
  say(
    `wrote ${r.documents.toLocaleString('en')} documents to ${r.out}: ${r.nodes.toLocaleString('en')} nodes and ` +
      `${r.relationships.toLocaleString('en')} relationships as loaded (+ ${r.claims.toLocaleString('en')} claims), ` +
      `${(r.bytes / 2 ** 20).toFixed(1)} MB in ${(r.milliseconds / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  );
}
