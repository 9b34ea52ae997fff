import { nameKeys } from './nameKeys.js';

const keyCache = new Map<string, ReadonlySet<string>>();

/** The inflection keys of a folded word, memoised (documents repeat their words). */
export function cachedNameKeys(token: string): ReadonlySet<string> {
  let keys = keyCache.get(token);
  if (!keys) {
    keys = nameKeys(token);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(token, keys);
  }
  return keys;
}

/** Whether two folded words may be forms of one name: equal, or their inflection key sets meet. */
export function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = cachedNameKeys(a);
  for (const key of cachedNameKeys(b)) if (ka.has(key)) return true;
  return false;
}
