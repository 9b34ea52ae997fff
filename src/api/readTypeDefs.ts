import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/config.js';

export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

/** The graph model: every `schema/*.graphql` file, in name order, as one SDL string. */
export function readTypeDefs(dir: string = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => `# ${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}
