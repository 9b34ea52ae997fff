import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { CodePointText } from './codePoints.js';

export interface LocateReport {
  readonly fixed: number;
  readonly correct: number;
  /** Quotes that occur nowhere, or more than once (the curator must choose). */
  readonly unresolved: readonly string[];
}

/**
 * A curator's aid: for every `{start, quote}` in a YAML facts file whose quote
 * is not at `start`, sets `start` to where the quote occurs if it occurs
 * exactly once. Comments and layout are kept. Writes only when `write` is set.
 */
export async function locateQuotes(path: string, write: boolean): Promise<LocateReport> {
  const source = resolve(path);
  const doc = parseDocument(await readFile(source, 'utf8'));
  const file = doc.getIn(['document', 'file']);
  if (typeof file !== 'string') throw new Error(`${source}: document.file is missing`);
  const text = new CodePointText(await readFile(resolve(dirname(source), file), 'utf8'));
  let fixed = 0;
  let correct = 0;
  const unresolved: string[] = [];
  visit(doc, {
    Map(_, node) {
      const quote = node.get('quote');
      if (typeof quote !== 'string' || !node.has('start')) return;
      const start = node.get('start');
      if (typeof start === 'number' && text.slice(start, start + Array.from(quote).length) === quote) {
        correct += 1;
        return;
      }
      const found = text.occurrences(quote);
      const only = found.length === 1 ? found[0] : undefined;
      if (only === undefined) {
        unresolved.push(`"${quote}": found ${found.length === 0 ? 'nowhere' : `at ${found.join(', ')}`}`);
        return;
      }
      const pair = node.items.find((i) => isScalar(i.key) && i.key.value === 'start');
      if (pair && isScalar(pair.value)) pair.value.value = only;
      else node.set('start', only);
      fixed += 1;
    },
  });
  if (write && fixed > 0) await writeFile(source, doc.toString({ lineWidth: 0, doubleQuotedAsJSON: true }), 'utf8');
  return { fixed, correct, unresolved };
}
