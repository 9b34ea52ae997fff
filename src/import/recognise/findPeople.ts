import type { AttendanceEntry, ParsedMinutes } from '../parsedMinutes.js';
import type { Mention } from './relationsFound.js';
import type { Span } from '../span.js';
import { isNotNameWord } from '../segment/personNameStopWords.js';
import { foldName } from '../names/foldName.js';
import { matchAttendee } from './matchAttendee.js';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const RUN = new RegExp(`(?<![\\p{L}\\d])${NAME_WORD}(?: ${NAME_WORD}){0,3}(?![\\p{L}\\d])`, 'dgu');

// A role named without a name after it: "župan", "Predsedniku komisije", "podžupanja".
const ROLE =
  /(?<![\p{L}])(?<role>(?:pod)?župan(?:ja|je|ji|jo)?|(?:pod)?župan(?:a|u|om)|(?:pod)?predsedni(?:k|ka|ku|kom|ca|ce|ci|co)|tajni(?:k|ka|ku|kom|ca|ce|ci|co))(?:\s+(?<body>komisije|odbora|sveta|kolegija|občinskega\s+sveta|mestnega\s+sveta|občinske\s+uprave))?(?![\p{L}])/dgiu;
// Words before a role that make it part of another description ("vodja kabineta župana", "svetovalka župana").
const ROLE_OWNER_BEFORE =
  /(?:kabinet\p{L}*|urad\p{L}*|vodj\p{L}*|svetoval\p{L}*|namestni\p{L}*|tajni\p{L}*|pooblaščen\p{L}*|[–,-])\s*$/iu;
const PLACE_PREPOSITION = /(?<![\p{L}])(?:v|na|iz|proti|čez)\s+$/iu;
const NAME_AFTER = /^\s+(?:(?:dr|mag|prof)\.\s+)*\p{Lu}\p{Ll}+/u;

function roleStem(role: string): string {
  const f = foldName(role);
  const m = /^(pod)?(zupan|predsedni|tajni|direktor)/u.exec(f);
  return m ? m[0] : f;
}

function attendeeByRole(role: string, body: string | undefined, minutes: ParsedMinutes): AttendanceEntry | undefined {
  const stem = roleStem(role);
  const feminine = /(ja|je|ji|jo|ca|ce|ci|co|ica|ice|ici|ico)$/iu.test(role) && !/^(?:pod)?župan(?:a)?$/iu.test(role);
  const fits = minutes.attendance.filter((a) => {
    const held = foldName(a.roleOriginal ?? '');
    if (!held.startsWith(stem) && !held.includes(` ${stem}`)) return false;
    if (!feminine && /^(pod)?predsednic|^tajnic|^direktoric/u.test(held)) return false;
    return body === undefined || held.includes(foldName(body).slice(0, 5));
  });
  if (fits.length === 1) return fits[0];
  return undefined;
}

/** The chair or convener whose role in the header matches a bare role ("župan" → "Sejo je vodil župan Jože Sodja"). */
function referenceByRole(role: string, minutes: ParsedMinutes): string | undefined {
  const stem = roleStem(role);
  const refs = [minutes.chair, minutes.convenedBy].filter((r) => r && foldName(r.roleOriginal ?? '').startsWith(stem));
  const names = new Set(refs.map((r) => r?.name));
  return names.size === 1 ? refs[0]?.name : undefined;
}

function nominativeRole(role: string, body: string | undefined): string {
  const f = role.toLowerCase();
  let base = f;
  if (/^(pod)?župan(ja|je|ji|jo)$/u.test(f)) base = f.replace(/župan\p{L}*/u, 'županja');
  else if (/^(pod)?župan/u.test(f)) base = f.replace(/župan\p{L}*/u, 'župan');
  else if (/(ca|ce|ci|co)$/u.test(f)) base = f.replace(/(ca|ce|ci|co)$/u, 'ca');
  else
    base = f.replace(/(ja|ju|jem|ka|ku|kom|a|u|om)$/u, (e) => (e.startsWith('j') ? '' : e.startsWith('k') ? 'k' : ''));
  return body ? `${base} ${body}` : base;
}

/**
 * People named in the text, in text order: runs of two to four capitalised
 * words that are not office or place words (the first word dropped when it
 * only starts the sentence), single surnames of attendees, and roles written
 * without a name ("župan", "predsedniku komisije"). The base is the
 * attendee's name when the run matches one (inflection-tolerant), the written
 * name otherwise, and for a bare role the attendee who holds it or the role.
 */
export function findPeople(text: string, minutes: ParsedMinutes, sentences: readonly Span[]): Mention[] {
  const found: Mention[] = [];
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  for (const m of text.matchAll(RUN)) {
    let start = m.index;
    let words = m[0].split(' ');
    const atSentenceStart =
      sentenceStarts.has(start) || /(^|[\n:]\s*)$/u.test(text.slice(Math.max(0, start - 3), start));
    const first = words[0] ?? '';
    const dropFirst =
      atSentenceStart &&
      words.length > 1 &&
      (isCommonStart(first) ||
        (words.length > 2 &&
          !matchAttendee(words.join(' '), minutes.attendance) &&
          !!matchAttendee(words.slice(1).join(' '), minutes.attendance)));
    if (dropFirst) {
      start += first.length + 1;
      words = words.slice(1);
    }
    // Split the run at office words and keep the longest name-like piece of two or more words.
    const pieces: { from: number; words: string[] }[] = [];
    let offset = start;
    let current: { from: number; words: string[] } | undefined;
    for (const w of words) {
      if (isNotNameWord(w)) current = undefined;
      else {
        if (!current) pieces.push((current = { from: offset, words: [] }));
        current.words.push(w);
      }
      offset += w.length + 1;
    }
    for (const piece of pieces) {
      const surface = piece.words.join(' ');
      const attendee = matchAttendee(surface, minutes.attendance);
      if (piece.words.length < 2 && !attendee) continue;
      // "v Stari Fužini", "iz Novega Sada": after a place preposition an unknown run is a place, not a person.
      if (!attendee && PLACE_PREPOSITION.test(text.slice(Math.max(0, piece.from - 6), piece.from))) continue;
      const span = { start: piece.from, end: piece.from + surface.length };
      found.push({
        surface,
        span,
        kind: 'Person',
        base: attendee?.name ?? (piece.words.length > 1 ? surface : undefined),
      });
    }
  }
  for (const m of text.matchAll(ROLE)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (ROLE_OWNER_BEFORE.test(before) || NAME_AFTER.test(after)) continue;
    const role = m.groups?.role ?? '';
    const body = m.groups?.body?.toLowerCase();
    const attendee = attendeeByRole(role, body, minutes);
    const span = { start: m.index, end: m.index + m[0].length };
    const base = attendee?.name ?? referenceByRole(role, minutes) ?? nominativeRole(role, body);
    found.push({ surface: m[0], span, kind: 'Person', base });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

// Words that start sentences in minutes and are never first names.
const COMMON_STARTS = new Set(
  'tudi zato nato potem nadalje prav pri ker ko če kot ta te to tako sicer morda mogoče vsi naj poleg glede na v z s o po za od do ob med gospa gospod'.split(
    ' ',
  ),
);
function isCommonStart(word: string): boolean {
  return COMMON_STARTS.has(word.toLowerCase());
}
