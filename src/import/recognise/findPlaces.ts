import type { Mention } from './relationsFound.js';
import { groupSpan } from '../span.js';
import { findPlaceMentions } from '../names/findPlaceMentions.js';
import type { Place } from '../names/gazetteer.js';
import { guessNominative } from './guessNominative.js';
import { NAME_JOINER } from './nameJoiner.js';

// One to three capitalised words, joined by spaces or hyphens ("Székesfehérvár", "Bad Radkersburg", "Novi Sad").
const NAME = String.raw`\p{Lu}[\p{L}'’]+(?:${NAME_JOINER}\p{Lu}[\p{L}'’]+){0,2}`;

// A city introduced by a noun that keeps it in the nominative ("z mestom Chengdu", "s kitajskim mestom Zhangjiakou",
// "s hrvaško občino Vrsar": a foreign municipality is a town to us; a lower-case "občina" before a capital is not
// the start of a Slovenian municipality's name, which the gazetteer knows anyway).
const APPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>[Mm]est(?:o|a|u|om|i|ih|oma)|občin(?:a|e|i|o|ama|ah)|[Pp]artnersk\p{L}*\s+mest\p{L}*|[Pp]rijateljsk\p{L}*\s+mest\p{L}*|[Pp]obraten\p{L}*\s+mest\p{L}*|prestolnic\p{L}*)\s+(?:(?:\p{Ll}+(?:sk|šk|čk|n)\p{Ll}*)\s+)?(?<name>${NAME})`,
  'dgu',
);
// A city right after "pobratenje/partnerstvo … z/s": the name carries the instrumental ("z Jekaterinburgom").
const AFTER_TWINNING = new RegExp(
  String.raw`(?<![\p{L}])(?:[Pp]obrat|[Pp]artnerstv|[Pp]rijateljstv)\p{L}*\s+(?:(?:\p{Ll}+\s+){0,4}?)(?:z|s)\s+(?<name>${NAME})`,
  'dgu',
);

/** Words that are capitalised after "mesto"/"občina" without being a place ("Svet", but "Sveti Križ" is one). */
const NOT_A_NAME = /^(?:Republik|Mestn|Občin|Komisij|Sklep|Odbor|Zavod|Javn)|^Svet(?:a|u|om)?(?![\p{L}])/u;

/**
 * The name as the text writes it when that is the city's own name in its own
 * language ("Graz", "Szombathely", "Pécs"), which the gazetteer keeps as an
 * alias of the Slovenian exonym (Gradec, Sombotel, Pečuh); undefined for the
 * exonym, an inflected form or a country.
 */
function ownName(surface: string, place: Place): string | undefined {
  if (place.type !== 'City') return undefined;
  const written = surface.replace(/\s+/gu, ' ');
  if (written === place.name) return undefined;
  return place.aliases.includes(written) || place.nameEn === written ? written : undefined;
}

/**
 * Places named in the text, in text order: every gazetteer match from the
 * names stage (with its id and nominative), plus cities the gazetteer does not
 * know when a noun or a twinning phrase introduces them
 * ("z mestom Chengdu", "s hrvaško občino Vrsar", "pobratenje z
 * Jekaterinburgom", "partnerstvo z Novim Kneževcem"), with a guessed
 * nominative.
 */
export function findPlaces(text: string): Mention[] {
  const found: Mention[] = findPlaceMentions(text).map((m) => ({
    surface: m.surface,
    span: m.span,
    kind: m.place.type,
    base: ownName(m.surface, m.place) ?? m.place.name,
    gazetteerId: m.place.id,
  }));
  const covered = (start: number, end: number): boolean => found.some((f) => f.span.start < end && start < f.span.end);
  for (const m of text.matchAll(APPOSITION)) {
    const span = groupSpan(m, 'name');
    const name = m.groups?.name ?? '';
    if (!span || NOT_A_NAME.test(name) || covered(span.start, span.end)) continue;
    found.push({ surface: name, span, kind: 'City', base: name.replace(/\s+/gu, ' ') });
  }
  for (const m of text.matchAll(AFTER_TWINNING)) {
    const span = groupSpan(m, 'name');
    const name = m.groups?.name ?? '';
    if (!span || NOT_A_NAME.test(name) || covered(span.start, span.end)) continue;
    const words = name.split(/\s+/u);
    const last = words.pop() ?? name;
    // Adjectives before the noun agree with it: "z Novim Sadom" → Novi Sad, "z Veliko Gorico" → Velika Gorica.
    const adjectives = words.map((w) => w.replace(/([iy])m$/u, '$1').replace(/o$/u, 'a'));
    const base = [...adjectives, guessNominative(last, 'instrumental')].join(' ');
    found.push({ surface: name, span, kind: 'City', base });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
