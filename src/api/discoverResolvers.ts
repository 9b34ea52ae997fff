import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NonEmptyArray } from 'type-graphql';

// type-graphql's own type for a resolver class.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ResolverClass = Function;

const RESOLVERS_DIR = join(import.meta.dirname, 'resolvers');

/**
 * Every resolver class in `src/api/resolvers/*.resolver.ts`: one question per
 * file, so adding a question is adding a file.
 */
export async function discoverResolvers(dir: string = RESOLVERS_DIR): Promise<NonEmptyArray<ResolverClass>> {
  const files = readdirSync(dir)
    .filter((f) => /\.resolver\.(ts|js)$/.test(f))
    .sort();
  const classes: ResolverClass[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) if (typeof value === 'function') classes.push(value);
  }
  const [first, ...rest] = classes;
  if (!first) throw new Error(`no resolvers in ${dir}`);
  return [first, ...rest];
}
