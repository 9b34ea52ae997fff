// Words that end a name: verbs, conjunctions and prepositions that start the rest of the sentence.
const STOP = new Set(
  'je so sta ni ki da skupaj kot pri bo bodo bi se pa tudi z s iz o med po ob do od k h ter ali in'.split(' '),
);
// Words that start another person or office, so "in" before them ends the name.
const ROLE =
  /^(minist|predstavnik|predstavnic|član|župan|podžupan|direktor|konzul|veleposlani|predsednik|sekretar|državn)/iu;
// Past participles ("izvedla", "sprejel") are the sentence going on, never part of a name.
const PARTICIPLE = /(?:al|il|el|ul|ol|ral|nil)[aeio]?$/u;
const WORD = /(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?<word>[\p{L}\d&'’][\p{L}\d&'’-]*)/uy;

function wordAt(text: string, pos: number): { word: string; end: number } | undefined {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { word: m.groups?.word ?? '', end: WORD.lastIndex } : undefined;
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const lower = (w: string): boolean => /^\p{Ll}/u.test(w);

/**
 * Where the name that starts with a head word ending at `pos` ends: it takes
 * capitalised words ("Agencija Republike Slovenije"), a "za …" complement of
 * lower-case words joined by "in" ("za investicije in razvoj"), and, when
 * `withPlace`, a closing "v/na <Place>" ("… v Jekaterinburgu"). It stops at
 * verbs, prepositions, punctuation and at "in" before another office
 * ("… odnose in ministrici …").
 */
export function readNameTail(text: string, pos: number, withPlace: boolean): number {
  let end = pos;
  let complement = false;
  let cursor = pos;
  // Words in the current "za …" or "in …" segment, and whether its head noun has been read.
  let segment = 0;
  let closed = false;
  for (;;) {
    const next = wordAt(text, cursor);
    if (!next) break;
    const w = next.word.toLowerCase();
    if (w === 'za' && !complement) {
      const after = wordAt(text, next.end);
      if (!after || !lower(after.word) || STOP.has(after.word)) break;
      complement = true;
      segment = 0;
      closed = false;
      cursor = next.end;
      continue;
    }
    if (w === 'v' || w === 'na') {
      const after = wordAt(text, next.end);
      if (withPlace && after && capitalised(after.word)) end = after.end;
      break;
    }
    if (w === 'in' && complement) {
      const after = wordAt(text, next.end);
      if (!after || !lower(after.word) || STOP.has(after.word) || ROLE.test(after.word)) break;
      segment = 0;
      closed = false;
      cursor = next.end;
      continue;
    }
    if (STOP.has(w)) break;
    if (capitalised(next.word) && !complement) {
      end = cursor = next.end;
      continue;
    }
    if (
      complement &&
      lower(next.word) &&
      !ROLE.test(next.word) &&
      !closed &&
      segment < 4 &&
      !PARTICIPLE.test(next.word)
    ) {
      end = cursor = next.end;
      segment++;
      // A feminine or neuter noun in -o ("za infrastrukturo", "za tehnologijo", "za šolstvo") ends its segment.
      closed = /o$/u.test(next.word);
      continue;
    }
    break;
  }
  return end;
}
