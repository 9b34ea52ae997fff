import { opendir } from 'node:fs/promises';
import { join } from 'node:path';

/** A facts file of a corpus: `facts/**` + `/*.facts.yaml` (or `.facts.json`). */
const FACTS_FILE = /\.facts\.(ya?ml|json)$/;

/**
 * The facts files under a folder, depth first, each folder's entries in name
 * order (so that every run sees the same order and batches), one at a time:
 * a corpus of any size is never listed whole in memory.
 */
export async function* corpusFactsFiles(folder: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.isDirectory() || (entry.isFile() && FACTS_FILE.test(entry.name))) {
      entries.push({ name: entry.name, dir: entry.isDirectory() });
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.dir) yield* corpusFactsFiles(path);
    else yield path;
  }
}

/** How many facts files a folder holds (for the progress bar's ETA); a walk, no file is read. */
export async function countCorpusFiles(folder: string): Promise<number> {
  let count = 0;
  for await (const _file of corpusFactsFiles(folder)) count += 1;
  return count;
}
