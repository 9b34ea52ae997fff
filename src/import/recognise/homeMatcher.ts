import type { ParsedMinutes } from '../parsedMinutes.js';
import type { Mention } from './relationsFound.js';
import { foldName } from '../names/foldName.js';
import { homeName } from './homeName.js';

function placeWord(name: string): string {
  return foldName(name)
    .replace(/^(mestn\p{L}*\s+)?obcin\p{L}*\s+/u, '')
    .trim();
}

/**
 * A test for mentions of the municipality whose minutes these are, or of its
 * town ("Mestna občina Kranj", "Mestno občino Kranj", "Kranj", "MOK" is not
 * guessed). The home is the header's municipality, or else the first
 * municipality the text names.
 */
export function homeMatcher(minutes: ParsedMinutes, mentions: readonly Mention[]): (m: Mention) => boolean {
  const name = homeName(minutes, mentions);
  if (!name) return () => false;
  const home = placeWord(name);
  return (m) => {
    if (m.kind !== 'Municipality' && m.kind !== 'City') return false;
    const word = placeWord(m.base ?? m.surface);
    return (
      word === home ||
      (m.gazetteerId?.endsWith(`-${home.replace(/\s+/g, '-')}`) ?? false) ||
      m.gazetteerId === `city:${home.replace(/\s+/g, '-')}`
    );
  };
}
