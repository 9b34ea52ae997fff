import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { SCHEMA_DIR } from '../api/readTypeDefs.js';

export const EXAMPLES_FILE = join(SCHEMA_DIR, 'examples', 'operations.graphql');

export interface ExampleOperation {
  readonly name: string;
  /** The operation's text as written, with the comment lines just above it. */
  readonly query: string;
}

/**
 * The example operations the playground opens with, each with the comment
 * block right above it; the same file is run as a smoke test against the
 * seeded graph. Each operation must be named.
 */
export function readExampleOperations(file: string = EXAMPLES_FILE): ExampleOperation[] {
  const text = readFileSync(file, 'utf8');
  const document = parse(text);
  let previousEnd = 0;
  return document.definitions.map((definition) => {
    if (definition.kind !== 'OperationDefinition' || !definition.name || !definition.loc) {
      throw new Error(`${file}: every definition must be a named operation`);
    }
    const start = definition.loc.start;
    // The comment block right above the operation (a blank line ends it), not the file's header.
    const gap = text.slice(previousEnd, start).trimEnd().split('\n');
    const block: string[] = [];
    for (let i = gap.length - 1; i >= 0 && gap[i]?.trim().startsWith('#'); i--) block.unshift(gap[i]?.trim() ?? '');
    const leading = block.join('\n');
    previousEnd = definition.loc.end;
    const body = text.slice(start, definition.loc.end);
    return { name: definition.name.value, query: leading ? `${leading}\n${body}\n` : `${body}\n` };
  });
}
