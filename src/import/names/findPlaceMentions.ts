import type { Span } from '../span.js';
import { foldName } from './foldName.js';
import { places, type Place } from './gazetteer.js';
import { cachedNameKeys, tokensMatch } from './tokensMatch.js';

/** A place named in a text, in whatever case form it stands there. */
export interface PlaceMention {
  place: Place;
  /** The words naming the place, without a preceding preposition. */
  span: Span;
  surface: string;
  /** True when only a country adjective names it ("s kitajskim mestom", "ruske"). */
  viaAdjective: boolean;
}

interface Entry {
  place: Place;
  /** Folded words of one of the place's names. */
  tokens: readonly string[];
  /** Position of the place in `places()`: lower wins a tie. */
  order: number;
  /** Abbreviations (ZDA, MOK, BiH) do not inflect: they match only as written. */
  exactOnly: boolean;
}

interface PlaceIndex {
  /** Entries by every inflection key of their first word. */
  byFirstKey: Map<string, Entry[]>;
  /** Countries by folded adjective stem. */
  byAdjective: Map<string, Place>;
  /** Candidate entries by folded first word, filled as words are met. */
  candidatesOf: Map<string, readonly Entry[]>;
  /** Folded form of each raw word met. */
  foldedOf: Map<string, string>;
}

interface Token {
  start: number;
  end: number;
  folded: string;
  capitalised: boolean;
}

/** Adjective endings after a country adjective stem: ruski, ruska, ruske, ruskega, ruskemu, ruskem, ruskim, ruskih, ruskima, ruskimi. */
const ADJECTIVE_ENDINGS = ['i', 'a', 'o', 'e', 'ega', 'emu', 'em', 'im', 'ih', 'ima', 'imi'] as const;

/** Generic heads of municipality names, often written in lower case in running text ("župan občine Bohinj"). */
// prettier-ignore
const LOWER_CASE_HEADS = new Set([
  'obcina', 'obcine', 'obcini', 'obcino', 'obcinah', 'obcin',
  'mestna', 'mestne', 'mestni', 'mestno', 'mestnega', 'mestnem',
]);

/** Place names that are also common words: not a place when they only open a sentence ("Tišina je …"). */
// prettier-ignore
const COMMON_WORDS = new Set([
  'grad', 'tabor', 'straza', 'videm', 'mirna', 'bled', 'luce', 'gorje', 'brda', 'log', 'dol', 'kanal', 'sredisce',
  'starse', 'race', 'miren', 'tisina', 'muta', 'reka', 'varna', 'rabat', 'lima', 'rim', 'kozje', 'vodice', 'naklo',
  'komenda', 'ruse', 'store', 'pivka', 'tula', 'perm', 'nica', 'gent', 'essen', 'split', 'bloke', 'ig', 'travnik',
]);

/**
 * Words that inflect like a one-word place but are mostly something else:
 * Rusi/Rusa (Russians) are not Ruše; Mali/Mala/Malo are "small" in names
 * (Mali Lošinj, Mala vas) before they are the country Mali; "Vas" is the
 * polite "you" of letters before it is the seat of Kostel; "Grad" opens
 * castle names (Grad Snežnik).
 */
// prettier-ignore
const NOT_PLACES = new Set([
  'rus', 'rusi', 'rusa', 'rusu', 'rusom', 'rusov', 'rusih', 'rusoma', 'rusinja', 'rusinje',
  'mali', 'mala', 'malo', 'malem', 'malega', 'malih', 'malim',
  'vas', 'vasi', 'vasjo', 'grad', 'grada', 'gradu', 'gradom',
]);

/** Place names that are also first names: "Lenart Kos" is a person when a capitalised word follows after one space. */
const FIRST_NAMES = new Set(['lenart', 'mirna', 'vid', 'tabor']);

/** What may stand between two words of one name: spaces, one line break, a hyphen, a dot or an apostrophe. */
const NAME_GAP = /^[ \t\u00a0]*(?:[-‐–.'’][ \t\u00a0]*)?\n?[ \t\u00a0]*$/u;

let index: PlaceIndex | undefined;

/**
 * The genitive of a foreign name that ends in -i, -u or -y, which Slovenian
 * declines with an inserted j (Chengdu → Chengduja, v Chengduju; Peru → Peruja;
 * Mali → Malija): the rules of `nameKeys` cannot tell it from a nominative in
 * -ija (Srbija is not Srbi), so the form is spelt out for foreign places only.
 * Names with a lower-case word (Rostov na Donu, Zelenortski otoki) decline elsewhere.
 */
function jForms(place: Place): string[] {
  if (place.type === 'Municipality' || place.countryId === 'country:slovenia') return [];
  return [...new Set([place.name, place.nameEn])]
    .filter((n) => /[iuy]$/u.test(n) && !/(?:^|\s)\p{Ll}/u.test(n))
    .map((n) => `${n}ja`);
}

function buildIndex(): PlaceIndex {
  const byFirstKey = new Map<string, Entry[]>();
  const byAdjective = new Map<string, Place>();
  places().forEach((place, order) => {
    const seen = new Set<string>();
    for (const name of [place.name, place.nameEn, ...place.aliases, ...(place.forms ?? []), ...jForms(place)]) {
      const folded = foldName(name);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      const tokens = folded.split(' ');
      const exactOnly = tokens.length === 1 && name.length <= 5 && name === name.toUpperCase() && /\p{Lu}/u.test(name);
      const entry: Entry = { place, tokens, order, exactOnly };
      for (const key of cachedNameKeys(tokens[0] ?? '')) {
        const list = byFirstKey.get(key);
        if (list) list.push(entry);
        else byFirstKey.set(key, [entry]);
      }
    }
    if (place.adjective) byAdjective.set(foldName(place.adjective), place);
  });
  return { byFirstKey, byAdjective, candidatesOf: new Map(), foldedOf: new Map() };
}

function tokenize(text: string, idx: PlaceIndex): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const raw = m[0];
    const first = raw[0] ?? '';
    let folded = idx.foldedOf.get(raw);
    if (folded === undefined) {
      folded = foldName(raw).replace(/ /g, '');
      if (idx.foldedOf.size > 100_000) idx.foldedOf.clear();
      idx.foldedOf.set(raw, folded);
    }
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      folded,
      capitalised: first !== first.toLowerCase() || first === first.toUpperCase(),
    });
  }
  return tokens;
}

function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).replace(/[ \t\u00a0]+$/u, '');
  return before === '' || /(?:[.!?:;\n•"„“(]|\d\.|\s[-–])$/u.test(before);
}

function candidatesFor(folded: string, idx: PlaceIndex): readonly Entry[] {
  let list = idx.candidatesOf.get(folded);
  if (!list) {
    const set = new Set<Entry>();
    for (const key of cachedNameKeys(folded)) for (const entry of idx.byFirstKey.get(key) ?? []) set.add(entry);
    list = [...set];
    if (idx.candidatesOf.size > 100_000) idx.candidatesOf.clear();
    idx.candidatesOf.set(folded, list);
  }
  return list;
}

/** The longest name starting at token i, ties to the exactly spelt name, then to the earlier place. */
function longestAt(text: string, tokens: readonly Token[], i: number, idx: PlaceIndex): Entry | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  let best: { entry: Entry; exact: boolean } | undefined;
  for (const entry of candidatesFor(first.folded, idx)) {
    if (i + entry.tokens.length > tokens.length) continue;
    if (entry.exactOnly && first.folded !== entry.tokens[0]) continue;
    let ok = true;
    let exact = true;
    let anyCapital = false;
    for (let j = 0; j < entry.tokens.length && ok; j++) {
      const token = tokens[i + j] as Token;
      const want = entry.tokens[j] ?? '';
      if (j > 0 && !NAME_GAP.test(text.slice((tokens[i + j - 1] as Token).end, token.start))) ok = false;
      else if (!tokensMatch(token.folded, want)) ok = false;
      exact &&= token.folded === want;
      anyCapital ||= token.capitalised;
    }
    if (!ok || !anyCapital) continue;
    if (!first.capitalised && !LOWER_CASE_HEADS.has(first.folded)) continue;
    const better =
      !best ||
      entry.tokens.length > best.entry.tokens.length ||
      (entry.tokens.length === best.entry.tokens.length &&
        ((exact && !best.exact) || (exact === best.exact && entry.order < best.entry.order)));
    if (better) best = { entry, exact };
  }
  return best?.entry;
}

function adjectiveCountry(token: Token, idx: PlaceIndex): Place | undefined {
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!token.folded.endsWith(ending)) continue;
    const place = idx.byAdjective.get(token.folded.slice(0, -ending.length));
    if (place) return place;
  }
  return undefined;
}

/**
 * Every bundled place the text names, in text order: names in any case form
 * ("v Jekaterinburgu", "z Jekaterinburgom", "Mestne občine Kranj", "Rusije"),
 * the longest name winning (Mestna občina Kranj over Kranj), whole words
 * only, and countries named by their adjective ("s kitajskim mestom",
 * "ruske", viaAdjective true). A name must have a capital letter somewhere
 * (only "občina"/"mestna" may be lower case); place names that are also
 * common words are skipped where they only open a sentence. The index is
 * built on first use; the scan is one pass over the words of the text.
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  index ??= buildIndex();
  const idx = index;
  const tokens = tokenize(text, idx);
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    const entry = NOT_PLACES.has(token.folded) ? undefined : longestAt(text, tokens, i, idx);
    if (entry) {
      const last = tokens[i + entry.tokens.length - 1] as Token;
      const next = tokens[i + 1];
      const single = entry.tokens.length === 1;
      const skip =
        (single && COMMON_WORDS.has(entry.tokens[0] ?? '') && opensSentence(text, token.start)) ||
        (single &&
          FIRST_NAMES.has(entry.tokens[0] ?? '') &&
          next?.capitalised === true &&
          next.start === token.end + 1);
      if (!skip) {
        const span = { start: token.start, end: last.end };
        found.push({ place: entry.place, span, surface: text.slice(span.start, span.end), viaAdjective: false });
        i += entry.tokens.length;
        continue;
      }
    }
    const country = adjectiveCountry(token, idx);
    if (country) {
      const span = { start: token.start, end: token.end };
      found.push({ place: country, span, surface: text.slice(span.start, span.end), viaAdjective: true });
    }
    i++;
  }
  return found;
}
