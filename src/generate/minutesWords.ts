import type { PersonName } from './personNames.js';
import type { Body } from './world.js';

/**
 * Slovenian words minutes use, by gender and body: "predsednik komisije",
 * "članica odbora", "je sprejela". Kept in one place so templates stay readable.
 */

/** The body as a noun in the genitive, for titles: "komisije", "odbora", "občinskega sveta". */
export function bodyNounGenitive(body: Body): string {
  switch (body.kind.type) {
    case 'Council':
      return body.kind.slug === 'ms' ? 'mestnega sveta' : 'občinskega sveta';
    case 'Commission':
      return 'komisije';
    case 'Committee':
      return 'odbora';
    default:
      return 'sveta krajevne skupnosti';
  }
}

/** The body as the subject of a sentence: "Komisija", "Odbor", "Občinski svet". */
export function bodySubject(body: Body): string {
  const s = body.kind.short;
  return `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
}

/** Past-tense ending by gender: "je sprejel" / "je sprejela". */
export function past(verb: string, feminine: boolean): string {
  return feminine ? `${verb}a` : verb;
}

export function chairTitle(body: Body, who: PersonName): string {
  return `${who.female ? 'predsednica' : 'predsednik'} ${bodyNounGenitive(body)}`;
}

export function viceTitle(body: Body, who: PersonName): string {
  return `${who.female ? 'podpredsednica' : 'podpredsednik'} ${bodyNounGenitive(body)}`;
}

export function memberTitle(body: Body, who: PersonName): string {
  return `${who.female ? 'članica' : 'član'} ${bodyNounGenitive(body)}`;
}

export function secretaryTitle(body: Body, who: PersonName): string {
  return `${who.female ? 'tajnica' : 'tajnik'} ${bodyNounGenitive(body)}`;
}

export function mayorWord(who: PersonName): string {
  return who.female ? 'županja' : 'župan';
}

export function directorTitle(who: PersonName): string {
  return `${who.female ? 'direktorica' : 'direktor'} občinske uprave`;
}

const WEEKDAYS = ['v nedeljo', 'v ponedeljek', 'v torek', 'v sredo', 'v četrtek', 'v petek', 'v soboto'];

/** "v torek, 14. 12. 2021" for an ISO date. */
export function weekdayAndDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[day] ?? ''}, ${d}. ${m}. ${y}`;
}

/** "14. 12. 2021". */
export function slDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return `${d}. ${m}. ${y}`;
}

/** "pobratenju" / "partnerstvu" / "prijateljstvu" (after "o"). */
export function twinningLocative(kind: 'TWINNING' | 'PARTNERSHIP' | 'FRIENDSHIP'): string {
  return kind === 'TWINNING' ? 'pobratenju' : kind === 'PARTNERSHIP' ? 'partnerstvu' : 'prijateljstvu';
}

/** "pobratenje" / "partnerstvo" / "prijateljstvo" (accusative). */
export function twinningNoun(kind: 'TWINNING' | 'PARTNERSHIP' | 'FRIENDSHIP'): string {
  return kind === 'TWINNING' ? 'pobratenje' : kind === 'PARTNERSHIP' ? 'partnerstvo' : 'prijateljstvo';
}
