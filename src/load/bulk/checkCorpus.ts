import { readFactsFast } from './readFactsFast.js';
import { FactsError } from '../../facts/validateFacts.js';
import { corpusFactsFiles } from './corpusFiles.js';
import { corpusFactsFolder } from './bulkLoad.js';

/** What a dry run found: how much the corpus states, and every file that would be refused. */
export interface CorpusCheck {
  readonly documents: number;
  readonly nodes: number;
  readonly relations: number;
  readonly passages: number;
  readonly errors: readonly FactsError[];
}

/**
 * Validates every facts file of a corpus as the loader would (readFactsFile),
 * one at a time, without a database: the dry run, and the way to validate a
 * whole corpus before loading any of it. Keeps going past bad files so that
 * all of them are reported.
 */
export async function checkCorpus(corpus: string, onFile?: (checked: number) => void): Promise<CorpusCheck> {
  let documents = 0;
  let nodes = 0;
  let relations = 0;
  let passages = 0;
  const errors: FactsError[] = [];
  for await (const file of corpusFactsFiles(await corpusFactsFolder(corpus))) {
    try {
      const facts = await readFactsFast(file);
      nodes += facts.nodes.length;
      relations += facts.relations.length;
      passages += facts.passages.length;
    } catch (error) {
      if (!(error instanceof FactsError)) throw error;
      errors.push(error);
    }
    documents += 1;
    onFile?.(documents);
  }
  return { documents, nodes, relations, passages, errors };
}
