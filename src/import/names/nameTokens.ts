import { foldName } from './foldName.js';

/** Prepositions that govern a case and stand before a name in running text ("z Jekaterinburgom", "v Kranju"). */
// prettier-ignore
const PREPOSITIONS = new Set([
  'v', 'na', 'z', 's', 'iz', 'k', 'h', 'pri', 'o', 'od', 'do', 'za', 'po', 'ob', 'pod', 'nad', 'pred', 'med',
  'proti', 'brez', 'skozi', 'zaradi', 'glede', 'izven', 'zunaj', 'blizu', 'okoli', 'preko', 'prek', 'mimo',
]);

/** Academic titles and forms of address, with their dot (dr., mag., prof., univ. dipl. inž., g., ga.): "DR Kongo" keeps its DR. */
const TITLES = /(?<!\p{L})(?:dr|mag|prof|doc|izr|red|univ|dipl|inž|inz|ing|mr|g|ga|gdc|spec)\.\s*/giu;

/**
 * The folded words of a name or mention, with prepositions at its start
 * dropped ("z Jekaterinburgom" → ["jekaterinburgom"]) so the case-bearing
 * preposition of running text does not count as part of the name, academic
 * titles dropped ("dr. Janez Novak") and a closing "l.r." (signed) dropped.
 * A mention that is nothing but such words keeps them.
 */
export function nameTokens(s: string): string[] {
  const untitled = foldName(s.replace(TITLES, ' ')).split(' ').filter(Boolean);
  const tokens = untitled.length > 0 ? untitled : foldName(s).split(' ').filter(Boolean);
  if (tokens.length > 2 && tokens.at(-1) === 'r' && tokens.at(-2) === 'l') tokens.splice(-2);
  let start = 0;
  while (start < tokens.length - 1 && PREPOSITIONS.has(tokens[start] ?? '')) start++;
  return tokens.slice(start);
}
