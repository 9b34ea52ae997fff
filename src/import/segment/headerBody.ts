import { codePointBoundary } from '../../facts/codePoints.js';
import type { BodyKind, BodyMention, MunicipalityMention } from '../parsedMinutes.js';
import type { Span } from '../span.js';

// The body phrase in any case, up to where the sentence goes on: "Komisije za … sodelovanje, ki je bila …".
const BODY =
  /(?<adj>(?:\p{L}+(?:-\p{L}+)?\s+){0,3}?)(?<head>komisij\p{L}*|odbor\p{L}*|svet(?:a|u|om)?|kolegij\p{L}*)(?![\p{L}])(?<rest>[^,\n(]*?)(?=\s*(?:,|\(|\n\s*\n|\n(?=\s*(?:ki|dne|z dne|v\s|ob\s|na\s|datum|kraj)\b)|\s+ki\s|\s+dne\b|\s+z\s+dne\b|\s+v\s+(?:ponedeljek|torek|sredo|četrtek|petek|soboto|nedeljo|prostorih|sejni|veliki|mali|dvorani|sobi|avli|zgradbi|stavbi)|\s+na\s+(?:daljavo|spletni|sedežu|dopisni|korespondenčni)|\s+preko\b|\s+prek\b|\s+ob\s+\d|\s+\d{1,2}\.\s?\d|\s+(?:ponedeljek|torek|sreda|četrtek|petek)|$))/diu;

const FEMININE_ADJ = /^([\p{L}-]+?)e$/u;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A genitive adjective in the nominative: "Občinskega" → "Občinski", "Statutarno-pravne" → "Statutarno-pravna". */
function adjectiveNominative(word: string, feminine: boolean): string {
  if (feminine) return word.replace(FEMININE_ADJ, '$1a');
  return word.replace(/ega$/u, 'i').replace(/emu$/u, 'i').replace(/em$/u, 'i');
}

function headNominative(head: string): string {
  const lower = head.toLowerCase();
  const base = lower.startsWith('komisij')
    ? 'komisija'
    : lower.startsWith('odbor')
      ? 'odbor'
      : lower.startsWith('kolegij')
        ? 'kolegij'
        : 'svet';
  return head.charAt(0) === head.charAt(0).toUpperCase() ? capitalise(base) : base;
}

function kindOf(adj: string, head: string, rest: string): BodyKind {
  const h = head.toLowerCase();
  const r = rest.toLowerCase().trim();
  const a = adj.toLowerCase();
  if (h.startsWith('kolegij')) return 'MAYORS_COLLEGIUM';
  if (h.startsWith('komisij')) return 'COMMISSION';
  if (h.startsWith('odbor')) return /uprav/u.test(a) ? 'BOARD' : 'COMMITTEE';
  if (/^(?:krajevne|četrtne|vaške|ks|čs|vs)\b/u.test(r)) return 'LOCAL_COMMUNITY_COUNCIL';
  if (/^zavoda\b/u.test(r) || /nadzorn|svet\s+javnega/u.test(a)) return 'BOARD';
  return 'COUNCIL';
}

// After these words come proper names: "Občine Kamnik", "Krajevne skupnosti Stražišče".
const BEFORE_PROPER_NAME = /^(?:občin[aeio]|skupnost\p{L}*)$/u;

/** A body phrase in capitals in ordinary case: "OBČINSKEGA SVETA MESTNE OBČINE NOVO MESTO" → "Občinskega sveta Mestne občine Novo Mesto". */
function ordinaryCase(capitals: string): string {
  let proper = false;
  return capitals
    .toLowerCase()
    .split(/(\s+)/u)
    .map((word, i, words) => {
      if (/^\s*$/u.test(word)) return word;
      const next = words[i + 2] ?? '';
      const upper =
        i === 0 ||
        (proper && !/^(?:ob|pri|na|v|in)$/u.test(word)) ||
        (word.startsWith('mestn') && /^občin/u.test(next));
      if (BEFORE_PROPER_NAME.test(word)) {
        proper = true;
        return word.startsWith('občin') && words[i - 2]?.startsWith('mestn') ? word : capitalise(word);
      }
      return upper ? capitalise(word) : word;
    })
    .join('');
}

/** "Občine Bohinj" → "Občina Bohinj", "Mestne občine Ljubljana" → "Mestna občina Ljubljana". */
export function municipalityNominative(genitive: string): string {
  return genitive
    .replace(/^(Mestn)(?:e|i|o)\s+(občin)(?:e|i|o)\b/iu, '$1a $2a')
    .replace(/^(Občin)(?:e|i|o)\b/iu, '$1a');
}

/**
 * The body whose session the minutes record, read from the phrase that names
 * it in any case ("Komisije za medobčinsko in mednarodno sodelovanje",
 * "Občinskega sveta Občine Bohinj", "Sveta Krajevne skupnosti Stražišče"),
 * in the nominative, with the municipality named inside it; undefined when
 * the span does not start with a body.
 */
export function headerBody(
  text: string,
  from: number,
): { body: BodyMention; municipality?: MunicipalityMention } | undefined {
  // Whole code points: a cut inside an emoji left a lone surrogate at the end of a quote.
  const slice = text.slice(from, codePointBoundary(text, from + 300));
  const m = BODY.exec(slice);
  if (!m || m.index !== 0 || !m.groups) return undefined;
  const adj = m.groups.adj ?? '';
  const head = m.groups.head ?? '';
  // "Komisija za mandatna vprašanja, volitve in imenovanja": a comma inside the name, up to ", ki" or the line end.
  const enumeration =
    /^(?:,\s+(?!ki\b|dne\b|ob\b|v\s|na\s|z\s)\p{Ll}[\p{Ll} ]*?)+\s+in\s+\p{Ll}+(?=,\s+ki\b|[ \t]*\n|[ \t]*$)/u.exec(
      slice.slice(m[0].length),
    );
  const whole = m[0] + (enumeration?.[0] ?? '');
  // A title in capitals ("OBČINSKEGA SVETA OBČINE KAMNIK"): read it as written in ordinary case.
  if (!/\p{Ll}/u.test(whole) && /\p{Lu}{2}/u.test(whole)) {
    const ordinary = ordinaryCase(whole.trimEnd());
    if (ordinary.length === whole.trimEnd().length) {
      return headerBody(text.slice(0, from) + ordinary + text.slice(from + ordinary.length), from);
    }
  }
  const rest = ((m.groups.rest ?? '') + (enumeration?.[0] ?? '')).replace(/\s+/gu, ' ');
  // "Sveta" alone is too common a word to trust without a qualifier.
  if (/^svet/iu.test(head) && adj.trim() === '' && rest.trim() === '') return undefined;
  const kind = kindOf(adj, head, rest);
  const feminine = head.toLowerCase().startsWith('komisij');
  const adjectives = adj
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => adjectiveNominative(w, feminine));
  const name = capitalise([...adjectives, headNominative(head)].join(' ') + rest.trimEnd());
  const span: Span = { start: from, end: from + whole.trimEnd().length };
  const result: { body: BodyMention; municipality?: MunicipalityMention } = { body: { kind, name, span } };
  const muni = /(?:Mestn\p{L}+\s+)?[Oo]bčin\p{L}*\s+\p{Lu}[\p{L}-]*(?:\s+(?:ob|pri|na|v)?\s*\p{Lu}[\p{L}-]*)*/du.exec(
    rest,
  );
  if (muni) {
    const restStart = from + adj.length + head.length;
    const restOffset = (m.groups.rest ?? '').indexOf(muni[0].split(/\s+/u)[0] ?? '');
    const start = restStart + Math.max(0, restOffset);
    result.municipality = { name: municipalityNominative(muni[0]), span: { start, end: start + muni[0].length } };
  }
  return result;
}
