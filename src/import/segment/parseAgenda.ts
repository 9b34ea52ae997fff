import type { AgendaEntry, ParseNote, Vote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { agendaList } from './agendaList.js';
import { agendaUnnumberedList } from './agendaUnnumberedList.js';
import { findItemHeadings } from './itemHeadings.js';
import { itemSentences } from './itemSentences.js';
import { itemsEnd } from './itemsEnd.js';
import { parseVote } from './parseVote.js';
import { isVoteLine } from './voteLine.js';
import { voteMerge } from './voteMerge.js';

export interface ParsedAgenda {
  readonly agenda: AgendaEntry[];
  readonly agendaAdoption?: { readonly span: Span; readonly vote?: Vote };
  readonly notes: ParseNote[];
}

const PREFIX = String.raw`(?:(?:predlagan\p{L}*|naslednj\p{L}*|sprejet\p{L}*|dopolnjen\p{L}*|spremenjen\p{L}*|razširjen\p{L}*|potrjen\p{L}*|sledeč\p{L}*|nov\p{L}*)\s+)*`;
// "DNEVNI RED:", "Predlagan dnevni red", "PREDLOG DNEVNEGA REDA", "… naslednji DNEVNI RED:",
// and a line that names the agenda and ends in a colon ("Dnevni red je bil sprejet v naslednji obliki:").
const HEADING = new RegExp(
  [
    String.raw`(?<!\p{L})${PREFIX}dnevn\p{L}*\s+red\p{L}*[ \t]*:`,
    String.raw`(?<!\p{L})predlog\s+dnevnega\s+reda[ \t]*:?`,
    String.raw`(?<!\p{L})${PREFIX}dnevn\p{L}*\s+red\p{L}*[ \t]*$`,
    String.raw`(?<!\p{L})dnevn\p{L}*\s+red\p{L}*[^\n:]{0,100}:[ \t]*$`,
  ].join('|'),
  'dgimu',
);
// The heading sentence itself adopts the agenda: "Sprejme se naslednji dnevni red:".
const ADOPTS =
  /sprejme\s+se|se\s+sprejme|potrdi\s+se|(?:je|so)\s+(?:bil\p{L}*\s+)?(?:soglasno\s+)?(?:sprejet|potrjen|sprejel|potrdil|izglasoval)\p{L}*|(?:sprejet|potrjen)\p{L}*\s+(?:je|so)\b/iu;
const AGENDA_WORDS = /dnevn\p{L}*\s+red\p{L}*/iu;
const ADOPTION_VERB = /sprejet|sprejel|sprejme|potrjen|potrdil|potrdi\s+se|izglasovan|soglasno|enoglasno/iu;
const AMENDMENT =
  /razšir|dopoln|spremen|sprememb|umak|umik|dodat|(?<!\p{L})doda(?!\p{L})|se\s+doda|zamenja|vrstn\p{L}*\s+red|prestavi|nov\p{L}*\s+točk/iu;
const AMENDMENT_TOPIC = /dnevn\p{L}*\s+red\p{L}*|točk\p{L}*/iu;
// A bare heading such as "Spremenjen dnevni red:" is not itself a change report.
const HEADING_ONLY = /^[\p{L}\s]{0,40}dnevn\p{L}*\s+red\p{L}*\s*:?$/iu;
const INLINE_FIRST = /^[ \t]*1[.)][ \t]+/u;

interface Found {
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly heading: string;
  readonly entries: AgendaEntry[];
  readonly end: number;
  readonly unnumbered: boolean;
}

/** "Sprejme se dnevni red: 1. Potrditev zapisnika 4. seje, 2. Proračun 2023, 3. Razno." */
function inlineList(text: string, from: number, lineEnd: number): { entries: AgendaEntry[]; end: number } | undefined {
  const rest = text.slice(from, lineEnd);
  const first = INLINE_FIRST.exec(rest);
  if (!first) return undefined;
  const starts: { number: number; at: number; titleAt: number }[] = [];
  starts.push({ number: 1, at: from + rest.indexOf('1'), titleAt: from + first[0].length });
  for (let n = 2; ; n++) {
    const re = new RegExp(String.raw`(?:[,;.][ \t]+|[ \t]{2,}|\t)(${n})[.)][ \t]+`, 'dgu');
    re.lastIndex = (starts[starts.length - 1]?.titleAt ?? from) - from;
    const m = re.exec(rest);
    if (!m) break;
    const at = from + (m.indices?.[1]?.[0] ?? m.index);
    starts.push({ number: n, at, titleAt: from + m.index + m[0].length });
  }
  if (starts.length < 2) return undefined;
  const entries = starts.map((s, i) => {
    const next = starts[i + 1];
    let end = next ? next.at : lineEnd;
    while (end > s.titleAt && /[\s,;]/u.test(text[end - 1] ?? '')) end--;
    const raw = text.slice(s.titleAt, end);
    const title = raw.replace(/\s+/gu, ' ').trim().replace(/\.$/u, '').trim();
    return { number: s.number, title, span: { start: s.at, end } };
  });
  return { entries, end: entries[entries.length - 1]?.span.end ?? lineEnd };
}

function findLists(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(HEADING)) {
    const headingEnd = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', headingEnd) === -1 ? text.length : text.indexOf('\n', headingEnd);
    const base = { headingStart: m.index, headingEnd, heading: m[0] };
    const inline = inlineList(text, headingEnd, lineEnd);
    if (inline) {
      found.push({ ...base, ...inline, unnumbered: false });
      continue;
    }
    const list = agendaList(text, headingEnd);
    if (list) {
      found.push({ ...base, ...list, unnumbered: false });
      continue;
    }
    // Only a heading with nothing after it on its line may head lines that lost their numbers.
    if (text.slice(headingEnd, lineEnd).trim().length === 0) {
      const plain = agendaUnnumberedList(text, headingEnd);
      if (plain) found.push({ ...base, ...plain, unnumbered: true });
    }
  }
  return found;
}

function sentenceStart(text: string, at: number): number {
  const sentences = itemSentences(text, Math.max(0, at - 400), at + 1);
  const holding = sentences.filter((s) => s.start <= at);
  return holding[holding.length - 1]?.start ?? at;
}

/** The vote lines right after `from` ("Glasovanje: 15 ZA, 0 PROTI", "ZA: 12\nPROTI: 0"), up to `limit`. */
function voteLinesAfter(text: string, from: number, limit: number): Vote | undefined {
  const re = /^.*$/gmu;
  re.lastIndex = from;
  let start: number | undefined;
  let end = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    if (m[0].trim().length === 0) {
      if (start !== undefined) break;
      continue;
    }
    if (!isVoteLine(m[0])) break;
    start ??= m.index;
    end = m.index + m[0].length;
  }
  return start === undefined ? undefined : parseVote(text, { start, end });
}

/**
 * The agenda of the minutes (numbered entries with their titles and spans),
 * its adoption with the vote when the text records one ("Dnevni red je bil
 * soglasno sprejet (4 PRISOTNI: 4 ZA).", "SKLEP: Sprejme se predlagani dnevni
 * red.", or a resolution that lists the items itself), and notes for changes
 * to the agenda ("Na predlog župana se dnevni red razširi s točko …"), items
 * that lost their numbers, or an agenda not found.
 */
export function parseAgenda(text: string): ParsedAgenda {
  const notes: ParseNote[] = [];
  const lists = findLists(text);
  let chosen = lists[0];
  if (!chosen) return { agenda: [], notes: [{ message: 'No agenda (DNEVNI RED) found.' }] };

  const firstHeading = findItemHeadings(text, chosen.entries, chosen.end)[0]?.span.start ?? text.length;
  // A later list before the discussion begins, announced as adopted or amended, is the one the session kept.
  const later = lists.find(
    (l) =>
      l !== chosen &&
      l.headingStart > (chosen?.end ?? 0) &&
      l.headingStart < firstHeading &&
      /sprejet|potrjen|dopolnjen|spremenjen|razširjen|sprejme/iu.test(
        text.slice(sentenceStart(text, l.headingStart), l.headingEnd),
      ),
  );
  if (later) {
    notes.push({
      span: { start: later.headingStart, end: later.end },
      message: 'The agenda was listed twice; the later (adopted) list was used.',
    });
    chosen = later;
  }
  const agenda = chosen.entries;
  if (chosen.unnumbered) {
    notes.push({
      span: { start: chosen.headingStart, end: chosen.end },
      message: 'Agenda items carried no numbers in the text; they were numbered in order.',
    });
  }

  const bound = Math.min(
    chosen.end + 1500,
    findItemHeadings(text, agenda, chosen.end)[0]?.span.start ?? text.length,
    itemsEnd(text, chosen.end),
  );
  let agendaAdoption: ParsedAgenda['agendaAdoption'];
  const headingSentence = sentenceStart(text, chosen.headingStart);
  // An adoption sentence after the list ("Dnevni red je bil sprejet z 18 glasovi za.") comes first;
  // otherwise the heading itself may adopt ("Sprejme se naslednji dnevni red: 1. … 2. …").
  const sentence = itemSentences(text, chosen.end, bound).find((s) => {
    const words = text.slice(s.start, s.end);
    return AGENDA_WORDS.test(words) && ADOPTION_VERB.test(words);
  });
  if (sentence) {
    // The vote may also stand between the list and the sentence ("Glasovanje: 14 ZA, 0 PROTI.\nDnevni red je bil sprejet.").
    // Or in prose just before it ("Od 17 prisotnih jih je 17 glasovalo za, nihče proti. Dnevni red je bil sprejet.").
    const prose = parseVote(text, { start: chosen.end, end: sentence.start });
    const between = voteLinesAfter(text, chosen.end, sentence.start) ?? (prose?.for !== undefined ? prose : undefined);
    const vote = voteMerge(voteMerge(parseVote(text, sentence), voteLinesAfter(text, sentence.end, bound)), between);
    agendaAdoption = { span: sentence, ...(vote && { vote }) };
  } else if (ADOPTS.test(text.slice(headingSentence, chosen.headingEnd))) {
    const before = parseVote(text, { start: headingSentence, end: chosen.headingStart });
    const vote = voteMerge(before, voteLinesAfter(text, chosen.end, bound));
    agendaAdoption = { span: { start: headingSentence, end: chosen.end }, ...(vote && { vote }) };
  }

  const from = Math.max(0, headingSentence - 1500);
  for (const s of itemSentences(text, from, bound)) {
    if (agenda.some((e) => e.span.start < s.end && s.start < e.span.end)) continue;
    const words = text.slice(s.start, s.end);
    if (AMENDMENT.test(words) && AMENDMENT_TOPIC.test(words) && !HEADING_ONLY.test(words)) {
      notes.push({ span: s, message: `The agenda was changed at the session: "${words.replace(/\s+/gu, ' ')}"` });
    }
  }
  return { agenda, ...(agendaAdoption && { agendaAdoption }), notes };
}
