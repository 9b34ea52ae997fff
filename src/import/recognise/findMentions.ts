import type { ParsedMinutes } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import type { Mention } from './relationsFound.js';
import { findPlaces } from './findPlaces.js';
import { findOrganisations } from './findOrganisations.js';
import { findDescribedPeople } from './findDescribedPeople.js';
import { findPeople } from './findPeople.js';
import { homeName } from './homeName.js';

// "se je občina pobratila", "Občina je prejela": the municipality of the minutes, unnamed.
const BARE_MUNICIPALITY = /(?<![\p{L}])(?:mestn[aeio]\s+)?(?:o|O)bčin(?:a|e|i|o)(?![\p{L}])(?!\s+\p{Lu})/dgu;
// Adjectives that make "občina" some other municipality ("partnerska občina", "sosednje občine", "vsaka občina").
const OTHER_MUNICIPALITY = /(?:sk|šk|čk|n|nj|ov|ev|in|sosed\p{L}*|vsak|drug|t)[aeio]\s+$/u;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every person, place and organisation named in the text, in text order
 * (longer first at the same start). Places inside an organisation's name stay
 * ("Republike Slovenije" in an agency's name is also Slovenia); a capitalised
 * run taken for a person is dropped where it overlaps a place or an
 * organisation; a bare "občina" stands for the home municipality; of two mentions of one kind on one span the gazetteer's
 * is kept, and a municipality the gazetteer knows covers a shorter reading of its name.
 */
export function findMentions(text: string, minutes: ParsedMinutes, sentences: readonly Span[]): Mention[] {
  const places = findPlaces(text);
  const organisations = findOrganisations(text);
  const described = findDescribedPeople(text);
  const others = [...places, ...organisations, ...described];
  const people = findPeople(text, minutes, sentences).filter((p) => !others.some((o) => overlaps(o.span, p.span)));
  const home = homeName(minutes, others);
  const bare: Mention[] = [];
  for (const m of home ? text.matchAll(BARE_MUNICIPALITY) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (OTHER_MUNICIPALITY.test(text.slice(Math.max(0, m.index - 20), m.index).toLowerCase())) continue;
    if (others.some((o) => overlaps(o.span, span))) continue;
    bare.push({ surface: m[0], span, kind: 'Municipality', ...(home ? { base: home } : {}) });
  }
  const all = [...others, ...people, ...bare].sort(
    (a, b) =>
      a.span.start - b.span.start || b.span.end - a.span.end || Number(!!b.gazetteerId) - Number(!!a.gazetteerId),
  );
  const seen = new Set<string>();
  // A municipality the gazetteer knows covers a shorter reading of its name ("Mestne občine Novo" in "… Novo mesto").
  const knownMunicipalities = all.filter((m) => m.kind === 'Municipality' && m.gazetteerId);
  const coveredByKnown = (m: Mention) =>
    m.kind === 'Municipality' &&
    !m.gazetteerId &&
    knownMunicipalities.some((k) => k.span.start <= m.span.start && m.span.end <= k.span.end);
  return all.filter((m) => {
    const key = `${m.span.start}:${m.span.end}:${m.kind}`;
    if (seen.has(key) || coveredByKnown(m)) return false;
    seen.add(key);
    return true;
  });
}
