import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FactsError, validateFacts, type ValidatedFacts } from './validateFacts.js';

/** A file's text into its data (YAML 1.2; JSON is YAML). */
export type FactsParser = (text: string) => unknown;

const parseWithYaml: FactsParser = (text) => parseYaml(text, { prettyErrors: true });

/**
 * Reads a facts file (YAML or JSON) and the document it describes, and
 * validates one against the other. Throws a FactsError naming the file, the
 * fact and the problem when anything is off. `parse` lets the bulk loader use
 * a faster parser for generated corpora; the validation is the same.
 */
export async function readFactsFile(path: string, parse: FactsParser = parseWithYaml): Promise<ValidatedFacts> {
  const source = resolve(path);
  let raw: unknown;
  try {
    raw = parse(await readFile(source, 'utf8'));
  } catch (error) {
    throw new FactsError(source, [{ fact: 'file', problem: describe(error) }]);
  }
  const file = (raw as { document?: { file?: unknown } } | null)?.document?.file;
  if (typeof file !== 'string') {
    // Let the schema explain what is missing.
    return validateFacts(source, raw, '');
  }
  const documentPath = resolve(dirname(source), file);
  let text: string;
  try {
    text = await readFile(documentPath, 'utf8');
  } catch (error) {
    throw new FactsError(source, [
      { fact: 'document.file', problem: `cannot read ${documentPath}: ${describe(error)}` },
    ]);
  }
  return validateFacts(source, raw, text);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
