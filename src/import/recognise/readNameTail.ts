import { findPlaceMentions } from '../names/findPlaceMentions.js';

// Words that end a name: verbs, conjunctions and prepositions that start the rest of the sentence.
const STOP = new Set(
  'je so sta ni ki da skupaj kot pri bo bodo bi se pa tudi z s iz o med po ob do od k h ter ali in'.split(' '),
);
// Words that start another person or office, so "in" before them ends the name.
const ROLE =
  /^(minist|predstavnik|predstavnic|član|župan|podžupan|direktor|konzul|veleposlani|predsednik|sekretar|državn)/iu;
// Past participles ("izvedla", "sprejel") are the sentence going on, never part of a name; "delo" (work) only looks like one.
const PARTICIPLE = /^(?!del[aeou]$).*(?:al|il|el|ul|ol|ral|nil)[aeio]?$/u;
// A genitive adjective of a people or a kind ("italijanske", "slovenskih", "madžarske", "lokalnih").
const GENITIVE_ADJECTIVE = /^\p{Ll}+(?:sk|šk|čk|n)(?:e|ih)$/u;
const WORD = /(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?<word>[\p{L}\d&'’][\p{L}\d&'’-]*)/uy;

function wordAt(text: string, pos: number): { word: string; end: number } | undefined {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { word: m.groups?.word ?? '', end: WORD.lastIndex } : undefined;
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const lower = (w: string): boolean => /^\p{Ll}/u.test(w);

/**
 * Where a place that closes an organisation's name after its "za …" complement
 * ends ("Zavod za turizem Bohinj", "Center za socialno delo Slovenj Gradec"):
 * a place the gazetteer knows, or one capitalised word that no other
 * capitalised word follows ("… za turizem Trogir je dal"), for two such words
 * are more likely a person ("… za turizem Mojca Novak").
 */
function placeAfterComplement(text: string, pos: number): number | undefined {
  const first = wordAt(text, pos);
  if (!first || !capitalised(first.word) || first.end - first.word.length - pos > 2) return undefined;
  const start = first.end - first.word.length;
  const place = findPlaceMentions(text.slice(start, start + 80))[0];
  if (place && place.span.start === 0 && !place.viaAdjective) return start + place.span.end;
  const second = wordAt(text, first.end);
  if (second && capitalised(second.word)) return undefined;
  return /^\p{Lu}\p{Ll}+$/u.test(first.word) ? first.end : undefined;
}

/**
 * Where the name that starts with a head word ending at `pos` ends: it takes
 * capitalised words ("Agencija Republike Slovenije"), a "za …" complement of
 * lower-case words joined by "in" ("za investicije in razvoj"), when
 * `ownPlace` a place right after that complement ("Zavod za turizem Bohinj"),
 * and, when `withPlace`, a closing "v/na <Place>" ("… v Jekaterinburgu"); when
 * `ownPlace`, a genitive right after the head ("skupnost italijanske narodnosti
 * Izola") with its place. It
 * stops at verbs, prepositions, punctuation and at "in" before another office
 * ("… odnose in ministrici …").
 */
export function readNameTail(text: string, pos: number, withPlace: boolean, ownPlace = false): number {
  let end = pos;
  let complement = false;
  let cursor = pos;
  // "Samoupravna skupnost italijanske narodnosti Izola", "Zveza slovenskih društev Celje": a genitive adjective
  // and noun right after the head belong to the name, and so does a place that closes them.
  const adjective = wordAt(text, cursor);
  const noun = adjective && wordAt(text, adjective.end);
  if (
    ownPlace &&
    adjective &&
    noun &&
    GENITIVE_ADJECTIVE.test(adjective.word) &&
    lower(noun.word) &&
    !STOP.has(noun.word) &&
    !PARTICIPLE.test(noun.word) &&
    /(?:i|e|a|ev|ov|ih)$/u.test(noun.word)
  ) {
    end = cursor = noun.end;
    const placeEnd = placeAfterComplement(text, cursor);
    return placeEnd ?? end;
  }
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
    if (capitalised(next.word) && complement && ownPlace && segment > 0) {
      const placeEnd = placeAfterComplement(text, cursor);
      if (placeEnd !== undefined) end = placeEnd;
      break;
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
      // A feminine or neuter noun in -o ("za infrastrukturo", "za tehnologijo", "za šolstvo") ends its segment;
      // an adjective in -no/-sko does not ("za socialno delo", "za mednarodno sodelovanje").
      closed = /o$/u.test(next.word) && !/(?:n|sk|šk|čk)o$/u.test(next.word);
      continue;
    }
    break;
  }
  return end;
}
