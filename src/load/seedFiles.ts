import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/config.js';

export const SEED_FACTS_DIR = join(PROJECT_ROOT, 'seed', 'facts');

/** The curated facts files shipped in seed/facts, in name order. */
export function seedFiles(dir: string = SEED_FACTS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.facts\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}
