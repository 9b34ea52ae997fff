import type { ItemSection, ResolutionEntry, Vote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { itemsEnd } from './itemsEnd.js';
import { parseVote } from './parseVote.js';
import { findResolutionLabels, type ResolutionLabel } from './resolutionLabels.js';
import { resolutionKind } from './resolutionKind.js';
import { isVoteLine } from './voteLine.js';
import { voteMerge } from './voteMerge.js';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A vote written at the end of the wording itself: "Potrdi se zapisnik. (4 PRISOTNI: 4 ZA)".
const INLINE_VOTE =
  /\(\s*(?:\d+\s+)?(?:prisotn|navzoč|za\s*:|za\s+\d)|\(\s*\d+\s+za\b|glasovanje\s*:|(?<!\p{L})(?:predlagani\s+)?sklep\p{L}*\s+(?:je|ni|so)\s+bil\p{L}*\s+(?:\p{L}+\s+)?(?:sprejet|izglasovan|zavrnjen)/iu;
// A new speaker after a finished sentence: the discussion has resumed.
const SPEECH =
  /(?<!\p{L})je\s+(?:\p{L}+\s+)?(?:povedal|pojasnil|dejal|predstavil|vprašal|odgovoril|poudaril|opozoril|ugotovil|dodal|zaključil|odprl|prebral|podal|menil|izpostavil)a?(?!\p{L})|^[ \t]*razprav/iu;
const LIST_MARK = /^[ \t]*(?:\d{1,2}[.)]|[IVX]{1,5}\.|[-–•·*▪]|[a-zčšž]\))(?:[ \t]|$)/u;
const NUMBERED = /^[ \t]*(\d{1,2})[.)][ \t]+/du;
const ROMAN_ALONE = /^[ \t]*[IVX]{1,5}\.[ \t]*$/u;

function linesFrom(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 || nl > to ? to : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The wording after a label: its paragraph(s) up to a blank line, a vote line, a new speaker or `limit`. */
function wording(text: string, from: number, limit: number): Span {
  const lines = linesFrom(text, from, limit);
  let end = from;
  let started = false;
  let blank = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length === 0) {
      if (started) blank = true;
      continue;
    }
    const soFar = text.slice(from, end).trimEnd();
    if (started) {
      if (isVoteLine(line.text)) break;
      if (
        blank &&
        !(soFar.endsWith(':') && LIST_MARK.test(line.text)) &&
        !ROMAN_ALONE.test(line.text) &&
        !ROMAN_ALONE.test(lastLine(soFar))
      )
        break;
      if (!blank && /[.!?]$/u.test(soFar) && SPEECH.test(t)) break;
    } else if (isVoteLine(line.text) && !/^\s*sklep/iu.test(t)) break;
    started = true;
    blank = false;
    end = line.end;
  }
  const span = trimmed(text, from, end);
  const inline = INLINE_VOTE.exec(text.slice(span.start, span.end));
  return inline && inline.index > 0 ? trimmed(text, span.start, span.start + inline.index) : span;
}

function lastLine(s: string): string {
  return s.slice(s.lastIndexOf('\n') + 1);
}

/** The vote lines right after the wording ("Glasovanje: 15 ZA, 2 PROTI", "Sklep je bil sprejet."), and where they end. */
function voteAfter(text: string, from: number, limit: number): { vote?: Vote; end: number } {
  let start: number | undefined;
  let end = from;
  let blanks = 0;
  for (const line of linesFrom(text, from, limit)) {
    if (line.text.trim().length === 0) {
      blanks++;
      if (blanks > 2) break;
      continue;
    }
    // The rest of the wording's own line may hold the vote: "… zapisnik. (4 PRISOTNI: 4 ZA)".
    // "Do roka za glasovanje so se odzvali vsi člani." introduces the e-mail votes of a correspondence session.
    const aboutVoting = start === undefined && /glasovanj|odzval/iu.test(line.text) && line.text.length < 200;
    if (!isVoteLine(line.text) && !aboutVoting && !(line.start === from && INLINE_VOTE.test(line.text))) break;
    start ??= line.start;
    end = line.end;
  }
  const vote = start === undefined ? undefined : parseVote(text, { start, end });
  return { ...(vote && { vote }), end };
}

/**
 * The vote in the sentence that introduces the label, blank lines and all:
 * "Komisija je soglasno (4 PRISOTNI: 4 ZA) sprejela naslednji SKLEP:".
 */
function voteBefore(text: string, label: ResolutionLabel, floor: number): Vote | undefined {
  let start = label.span.start;
  while (start > floor && label.span.start - start < 400) {
    const before = text[start - 1] ?? '';
    if (/[.!?]/u.test(before) && /\s/u.test(text[start] ?? '') && !/\d/u.test(text[start - 2] ?? '')) break;
    // "SKLEP:" ending a line closes the previous label; "PRISOTNI: 4" inside the counts does not.
    if (before === ':' && /^[ \t]*\n/u.test(text.slice(start, start + 40))) break;
    start--;
  }
  return start < label.span.start ? parseVote(text, { start, end: label.span.start }) : undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** "SKLEPI:" followed by "1. …", "2. …": one wording per number. */
function numberedWordings(text: string, span: Span): { label: string; span: Span }[] {
  const parts: { label: string; start: number; textStart: number }[] = [];
  for (const line of linesFrom(text, span.start, span.end)) {
    const m = NUMBERED.exec(line.text);
    if (m && Number(m[1]) === parts.length + 1)
      parts.push({ label: m[1] ?? '', start: line.start, textStart: line.start + m[0].length });
  }
  return parts.map((p, i) => ({ label: p.label, span: trimmed(text, p.textStart, parts[i + 1]?.start ?? span.end) }));
}

/**
 * The resolutions in the minutes: each label ("SKLEP:", "SKLEP št. 12:",
 * "S K L E P", "SKLEPI:" with numbered resolutions, "je sprejel naslednji
 * sklep:"), the wording after it, the vote stated before it ("Komisija je
 * soglasno (4 PRISOTNI: 4 ZA) sprejela naslednji SKLEP:") or after it
 * ("Sklep je bil sprejet z 12 glasovi ZA in 3 PROTI."), its kind, and the
 * agenda item whose section holds it. A "Predlog sklepa:" repeated word for
 * word by the adopted "SKLEP:" that follows is counted once.
 */
export function parseResolutions(text: string, items: readonly ItemSection[]): ResolutionEntry[] {
  const labels = findResolutionLabels(text);
  const headingStarts = items.map((i) => i.headingSpan.start);
  const closing = itemsEnd(text, items[items.length - 1]?.headingSpan.end ?? 0);
  const entries: ResolutionEntry[] = [];
  let floor = 0;
  labels.forEach((label, i) => {
    const limit = Math.min(
      labels[i + 1]?.span.start ?? text.length,
      ...headingStarts.filter((h) => h > label.span.start),
      closing > label.span.start ? closing : text.length,
    );
    const section = items.find(
      (it) =>
        it.headingSpan.start <= label.span.start && label.span.start < Math.max(it.bodySpan.end, it.headingSpan.end),
    );
    const words = wording(text, label.textStart, limit);
    if (words.end <= words.start) return;
    const before = voteBefore(text, label, Math.max(floor, section?.headingSpan.end ?? 0));
    const after = voteAfter(text, words.end, limit);
    const vote = voteMerge(after.vote, before);
    floor = Math.max(words.end, after.end);
    const common = {
      labelSpan: label.span,
      ...(section && { itemNumber: section.number }),
      ...(vote && { vote }),
    };
    const parts = label.plural ? numberedWordings(text, words) : [];
    if (parts.length > 0) {
      for (const part of parts) {
        const t = collapse(text.slice(part.span.start, part.span.end));
        entries.push({ label: part.label, text: t, span: part.span, kind: resolutionKind(t), ...common });
      }
      return;
    }
    const t = collapse(text.slice(words.start, words.end));
    entries.push({
      ...(label.label !== undefined && { label: label.label }),
      text: t,
      span: words,
      kind: resolutionKind(t),
      ...common,
    });
  });
  // A proposal that the adopted resolution repeats is the same resolution; its vote carries over.
  const kept: ResolutionEntry[] = [];
  entries.forEach((e, i) => {
    const proposal = labels.find((l) => l.span.start === e.labelSpan.start)?.proposal === true;
    const adopted = proposal
      ? entries.slice(i + 1).findIndex((l) => l.text === e.text && l.itemNumber === e.itemNumber)
      : -1;
    if (adopted < 0) {
      kept.push(e);
      return;
    }
    const later = entries[i + 1 + adopted] as ResolutionEntry;
    const vote = voteMerge(later.vote, e.vote);
    entries[i + 1 + adopted] = { ...later, ...(vote && { vote }) };
  });
  return kept;
}
