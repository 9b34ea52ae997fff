import { basename, dirname, extname, join, relative, resolve } from 'node:path';

export interface DraftPaths {
  readonly facts: string;
  readonly text: string;
  readonly report: string;
  /** The stored text's path as the facts file names it. */
  readonly documentFile: string;
}

/** The folder drafts go to when --out is not given. */
export const DEFAULT_DRAFT_FOLDER = 'imports';

/**
 * Where a document's draft goes: `--out` names a facts file (`….facts.yaml`,
 * with one input only) or a folder (default `imports/`); the stored text and
 * the report sit beside the facts file with the same stem. The stored text
 * never overwrites the input, even when the input is a text file in that folder.
 */
export function draftPaths(input: string, out: string | undefined, inputs: number): DraftPaths {
  const target = resolve(out ?? DEFAULT_DRAFT_FOLDER);
  const namesFile = /\.facts\.(ya?ml|json)$/i.test(target);
  if (namesFile && inputs > 1)
    throw new Error(`--out ${out ?? ''} names one facts file, but ${inputs} documents were given: name a folder`);
  const stem = namesFile
    ? basename(target).replace(/\.facts\.(ya?ml|json)$/i, '')
    : basename(input, extname(input)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
  const folder = namesFile ? dirname(target) : target;
  const facts = namesFile ? target : join(folder, `${stem}.facts.yaml`);
  const text = join(folder, `${stem}.document.txt`);
  return {
    facts,
    text,
    report: join(folder, `${stem}.report.md`),
    documentFile: relative(dirname(facts), text) || basename(text),
  };
}
