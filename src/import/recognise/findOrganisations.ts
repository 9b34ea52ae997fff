import type { Mention, MentionKind } from './relationsFound.js';
import { readNameTail } from './readNameTail.js';
import { nominativePhrase } from './nominativePhrase.js';
import { NAME_JOINER } from './nameJoiner.js';

interface Head {
  readonly pattern: RegExp;
  readonly kind: MentionKind;
  /** Whether the head alone, lower-case and without a name after it, is too common a word to count. */
  readonly needsName: boolean;
  /** Whether the head counts only with a name after it, even capitalised ("Center mesta je …" is no organisation). */
  readonly alwaysNamed?: boolean;
}

const ADJ = String.raw`(?:\p{L}+(?:n|sk|šk|čn|ln|rn|tn|sn|v)(?:a|e|i|o|ega|emu|em|im|ih|ima)\s+)?`;
const B = String.raw`(?<![\p{L}])`;

const HEADS: readonly Head[] = [
  { pattern: new RegExp(`${B}${ADJ}agencij\\p{L}*`, 'dgiu'), kind: 'PublicAgency', needsName: true },
  {
    pattern: new RegExp(`${B}(?:Vlad[aeio]|Državn\\p{L}*\\s+zbor\\p{L}*)`, 'dgu'),
    kind: 'GovernmentBody',
    needsName: true,
  },
  {
    pattern: new RegExp(`${B}(?:ministrstv\\p{L}*|direkcij\\p{L}*|urad\\p{L}*\\s+vlade)`, 'dgiu'),
    kind: 'GovernmentBody',
    needsName: true,
  },
  {
    pattern: new RegExp(`${B}${ADJ}(?:konzulat\\p{L}*|veleposlaništv\\p{L}*)`, 'dgiu'),
    kind: 'Consulate',
    needsName: false,
  },
  {
    pattern: new RegExp(
      `${B}${ADJ}(?:zbornic\\p{L}*|zvez[aeio]|univerz\\p{L}*|fakultet\\p{L}*|društv\\p{L}*|združenj\\p{L}*|zavod\\p{L}*|skupnost\\p{L}*|sklad\\p{L}*)`,
      'dgiu',
    ),
    kind: 'Organization',
    needsName: true,
  },
  // "Center za socialno delo Kranj", "Centra za krepitev zdravja": capitalised, as a proper name.
  {
    pattern: new RegExp(`${B}Cent(?:er|r[aueio]m?)(?=\\s+za\\s)`, 'dgu'),
    kind: 'Organization',
    needsName: true,
    alwaysNamed: true,
  },
];

// "podjetje Iskratel", "s podjetjem Domel d.o.o.", "družba Petrol d.d.", "generalni direktor IskraUralTEL".
const COMPANY_NAME = String.raw`(?<name>[\p{Lu}\d][\p{L}\d&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*){0,3}(?:,?\s+d\.\s?[od]\.(?:\s?o\.)?)?)`;
const COMPANY_AFTER_NOUN = new RegExp(
  `${B}(?:podjetj\\p{L}*|družb[aeio]\\p{L}*|firm[aeio]\\p{L}*)\\s+${COMPANY_NAME}`,
  'dgu',
);
const COMPANY_LEGAL_FORM = new RegExp(
  `${B}(?<name>\\p{Lu}[\\p{L}\\d&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’-]*){0,3},?\\s+d\\.\\s?[od]\\.(?:\\s?o\\.)?)`,
  'dgu',
);
const COMPANY_OF_DIRECTOR = new RegExp(
  `${B}direktor\\p{L}*\\s+(?:podjetja\\s+)?(?<name>\\p{Lu}[\\p{L}\\d&'’-]*)(?![\\p{L}\\d&'’-])(?!\\s+\\p{Lu})`,
  'dgu',
);
// "Mestna občina Kranj", "Mestne občine Kranj", "z občino Pliberk", "Občina Bohinj".
const MUNICIPALITY = new RegExp(
  `${B}(?<city>Mestn\\p{L}*\\s+)?(?:o|O)bčin\\p{L}*\\s+(?<name>\\p{Lu}\\p{L}+(?:${NAME_JOINER}\\p{Lu}\\p{L}+){0,2})`,
  'dgu',
);
// An abbreviation in brackets right after a name: "… tehnologije (SPIRIT Slovenija)", the name wrapped over
// lines as a PDF prints it (a blank line ends it).
const BRACKETED_TAIL = /^(?:[^.;:()\n]|\n(?![ \t]*\n)){0,260}?\((?<abbr>[^()\n]{2,40})\)/du;
const VERB_INSIDE = /\s(je|so|ki|da|bo|bodo|skupaj|pri)\s/u;

function mention(text: string, start: number, end: number, kind: MentionKind, base?: string): Mention {
  return { surface: text.slice(start, end), span: { start, end }, kind, ...(base ? { base } : {}) };
}

/**
 * Organisations named in the text, in text order: municipalities ("Mestna
 * občina Kranj"), companies ("podjetjem Iskratel", "Domel d.o.o."), public
 * agencies with their bracketed abbreviation (also given as a mention of its
 * own), ministries and government bodies, consulates and embassies, and
 * chambers, unions, universities, institutes, societies and centres, with
 * the place that closes a name after its "za …" ("Zavod za turizem Bohinj").
 * Each has its nominative as base where the head word tells how to form it.
 */
export function findOrganisations(text: string): Mention[] {
  const found: Mention[] = [];
  for (const head of HEADS) {
    for (const m of text.matchAll(head.pattern)) {
      const start = m.index;
      let end = start + m[0].length;
      const tail = BRACKETED_TAIL.exec(text.slice(end, end + 320));
      let abbreviation: Mention | undefined;
      if (
        tail &&
        /\p{Lu}{2}/u.test(tail.groups?.abbr ?? '') &&
        !VERB_INSIDE.test(tail[0].slice(0, tail[0].lastIndexOf('(')))
      ) {
        const abbrStart = end + (tail.indices?.groups?.abbr?.[0] ?? 0);
        const abbr = tail.groups?.abbr ?? '';
        abbreviation = mention(text, abbrStart, abbrStart + abbr.length, head.kind, abbr);
        end = end + tail[0].lastIndexOf('(');
        while (/\s/u.test(text[end - 1] ?? '')) end--;
      } else {
        end = readNameTail(text, end, true, true);
      }
      const named = end > start + m[0].length;
      if (head.needsName && !named && (head.alwaysNamed || !/^\p{Lu}/u.test(m[0]))) continue;
      const surface = text.slice(start, end);
      const base = nominativePhrase(surface);
      if (abbreviation) {
        // Both name one organisation: the bracketed abbreviation resolves by the full name.
        const abbr = abbreviation.surface;
        found.push({ ...mention(text, start, end, head.kind, base), abbreviation: abbr });
        found.push({ ...abbreviation, ...(base ? { base } : {}), abbreviation: abbr });
      } else found.push(mention(text, start, end, head.kind, base));
    }
  }
  for (const pattern of [COMPANY_AFTER_NOUN, COMPANY_LEGAL_FORM, COMPANY_OF_DIRECTOR]) {
    for (const m of text.matchAll(pattern)) {
      const pair = m.indices?.groups?.name;
      if (!pair) continue;
      const name = (m.groups?.name ?? '').trim();
      const base = name.replace(/\s+/gu, ' ');
      // After "direktor" only a name that looks like a brand (IskraUralTEL, BTC, A1) is a company.
      if (pattern === COMPANY_OF_DIRECTOR && !/\p{Lu}.*\p{Lu}|\d/u.test(name)) continue;
      found.push(mention(text, pair[0], pair[0] + name.length, 'Company', base));
    }
  }
  for (const m of text.matchAll(MUNICIPALITY)) {
    const name = (m.groups?.name ?? '').replace(/\s+/gu, ' ');
    const base = `${m.groups?.city ? 'Mestna občina' : 'Občina'} ${name}`;
    found.push(mention(text, m.index, m.index + m[0].length, 'Municipality', base));
  }
  // The same company can be found by two patterns: keep one mention per span and kind.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    .filter((f) => {
      const key = `${f.span.start}:${f.span.end}:${f.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
