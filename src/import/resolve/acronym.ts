import { slugify } from '../names/slugify.js';

/** Words a body's acronym skips: prepositions and conjunctions ("Komisija za medobčinsko in …"). */
const SKIPPED = new Set(['za', 'in', 'o', 'v', 'na', 's', 'z', 'ter', 'pri', 'k', 'od', 'do', 'ali']);

/**
 * A short id stem for a body's name: the initials of its words when it has
 * three or more ("Komisija za medobčinsko in mednarodno sodelovanje" → "kmms",
 * as the seed names it), else the name's slug ("Občinski svet Občine Bohinj" → "obcinski-svet").
 */
export function acronym(name: string): string {
  // "Mestni svet Mestne občine Ptuj": the id is scoped by the municipality already.
  name = name.replace(/\s+(mestne\s+)?občine\s+\p{Lu}.*$/iu, '');
  const words = slugify(name)
    .split('-')
    .filter((w) => w && !SKIPPED.has(w));
  return words.length >= 3 ? words.map((w) => w[0]).join('') : slugify(name);
}
