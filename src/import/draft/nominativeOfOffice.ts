const ADJECTIVE_GENITIVE = /(sk|šk|čk|n|ln|j)e$/i;

/** Head noun, genitive → nominative: Oddelka → Oddelek, uprave → uprava, Kabineta → Kabinet. */
function headNoun(word: string): string {
  if (/[^aeiou]ka$/i.test(word) && word.length > 4) return `${word.slice(0, -2)}ek`;
  if (/e$/i.test(word)) return `${word.slice(0, -1)}a`;
  if (/a$/i.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The nominative of an office named in the genitive after a role word
 * ("vodja Kabineta župana" → "Kabinet župana", "direktorica Občinske uprave"
 * → "Občinska uprava", "vodja Oddelka za finance" → "Oddelek za finance",
 * "vodja Službe za …" → "Služba za …"). Only the adjectives before the head
 * noun and the head noun change; what follows it stays as written. A guess:
 * the draft marks offices named this way for review unless the graph knows them.
 */
export function nominativeOfOffice(words: string): string {
  const parts = words.trim().split(/\s+/);
  const out: string[] = [];
  let i = 0;
  for (; i < parts.length - 1 && ADJECTIVE_GENITIVE.test(parts[i] ?? ''); i++)
    out.push(`${(parts[i] ?? '').slice(0, -1)}a`);
  if (i < parts.length) out.push(headNoun(parts[i] ?? ''));
  out.push(...parts.slice(i + 1));
  const joined = out.join(' ').replace(/[.,;:]+$/, '');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
