import { readFileSync } from 'node:fs';
import type { Span } from '../../../../src/import/span.js';

/** A fixture text of this folder, or the seed document, and a helper that quotes a span of it. */
export function fixtureText(name: string): { text: string; quote: (span: Span | undefined) => string | undefined } {
  const path =
    name === 'seed'
      ? new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url)
      : new URL(`./fixtures/${name}`, import.meta.url);
  const text = readFileSync(path, 'utf8');
  return { text, quote: (span) => (span ? text.slice(span.start, span.end) : undefined) };
}
