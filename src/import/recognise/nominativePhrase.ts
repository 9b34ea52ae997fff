type Gender = 'f' | 'm' | 'n';

// Head nouns of organisation and office descriptions, by the start of their inflected forms.
const HEADS: readonly (readonly [RegExp, string, Gender])[] = [
  [/^agencij/iu, 'agencija', 'f'],
  [/^zbornic/iu, 'zbornica', 'f'],
  [/^zvez[aeio]$/iu, 'zveza', 'f'],
  [/^univerz/iu, 'univerza', 'f'],
  [/^občin/iu, 'občina', 'f'],
  [/^fakultet/iu, 'fakulteta', 'f'],
  [/^direkcij/iu, 'direkcija', 'f'],
  [/^skupnost/iu, 'skupnost', 'f'],
  [/^ministric/iu, 'ministrica', 'f'],
  [/^direktoric/iu, 'direktorica', 'f'],
  [/^veleposlanic/iu, 'veleposlanica', 'f'],
  [/^konzulk/iu, 'konzulka', 'f'],
  [/^ministrstv/iu, 'ministrstvo', 'n'],
  [/^veleposlaništv/iu, 'veleposlaništvo', 'n'],
  [/^društv/iu, 'društvo', 'n'],
  [/^podjetj/iu, 'podjetje', 'n'],
  [/^zavod/iu, 'zavod', 'm'],
  [/^konzulat/iu, 'konzulat', 'm'],
  [/^generalni\s+konzulat/iu, 'konzulat', 'm'],
  [/^sklad/iu, 'sklad', 'm'],
  [/^minist(?:er|ra|ru|rom|rih)$/iu, 'minister', 'm'],
  [/^konzul(?:a|u|om)?$/iu, 'konzul', 'm'],
  [/^veleposlanik/iu, 'veleposlanik', 'm'],
  [/^direktor(?:ja|ju|jem)?$/iu, 'direktor', 'm'],
  [/^center|^centr/iu, 'center', 'm'],
];

const ADJECTIVE_ENDING = /(ega|emu|ima|imi|ih|im|em|a|e|i|o|u)$/u;

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The nominative of an organisation or office description whose first words
 * (adjectives and the head noun) are inflected and whose complements are not:
 * "Javne agencije Republike Slovenije za …" → "Javna agencija Republike
 * Slovenije za …", "častnim konzulom Republike Slovenije" → "častni konzul
 * Republike Slovenije", "ministrici za investicije" → "ministrica za
 * investicije". The phrase is returned with its spacing made single when no
 * known head noun is among its first three words.
 */
export function nominativePhrase(phrase: string): string {
  // A name wrapped over lines (a PDF) is one name: its words are joined by single spaces.
  const words = phrase
    .trim()
    .split(/\s+/u)
    .flatMap((w, i) => (i ? [' ', w] : [w]));
  for (let w = 0; w < Math.min(words.length, 6); w += 2) {
    const word = words[w] ?? '';
    const head = HEADS.find(([pattern]) => pattern.test(word));
    if (!head) continue;
    const [, nominative, gender] = head;
    const ending = gender === 'f' ? 'a' : gender === 'n' ? 'o' : 'i';
    const out = [...words];
    out[w] = matchCase(word, nominative);
    for (let a = 0; a < w; a += 2) {
      const adjective = out[a] ?? '';
      out[a] = matchCase(adjective, adjective.toLowerCase().replace(ADJECTIVE_ENDING, '') + ending);
    }
    return out.join('');
  }
  return words.join('');
}
