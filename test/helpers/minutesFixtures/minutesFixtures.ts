import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedMinutes } from './ExpectedMinutes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');

export interface MinutesFixture {
  /** The file name without extension: "ptuj-mestni-svet-2023-10-16-seja-12". */
  readonly name: string;
  readonly text: string;
  readonly expected: ExpectedMinutes;
}

/**
 * Every whole minutes document of this folder (and the seed document) with
 * the fields a reader expects from it, in file-name order.
 */
export function minutesFixtures(): MinutesFixture[] {
  return readdirSync(HERE)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(join(HERE, f), 'utf8')) as ExpectedMinutes;
      const textPath = expected.text ? join(ROOT, expected.text) : join(HERE, `${name}.txt`);
      return { name, text: readFileSync(textPath, 'utf8'), expected };
    });
}
