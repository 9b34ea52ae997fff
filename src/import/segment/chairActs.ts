import { codePointBoundary } from '../../facts/codePoints.js';
import type { PersonReference } from '../parsedMinutes.js';
import { personNameParts } from './personNameParts.js';
import { isRoleWord } from './personNameRoleWords.js';

// What the one who chairs does at the start: greets those present, states the quorum, opens the session.
const ACTS = new RegExp(
  [
    String.raw`pozdravil[a]?\s+(?:vse\s+)?(?:navzoč\p{L}*|prisotn\p{L}*|udeležen\p{L}*|člane|članice|svetnike|svetnice|goste)`,
    String.raw`ugotovil[a]?\s+(?:\p{L}+\s+){0,2}?sklepčnost`,
    String.raw`ugotovil[a]?,?\s+da\s+je\s+(?:\p{L}+\s+){0,4}?sklepč\p{L}*`,
    String.raw`(?:odprl[a]?|začel[a]?|pričel[a]?)\s+(?:\p{L}+\s+){0,2}?sejo`,
    String.raw`sejo\s+(?:je\s+)?(?:\p{L}+\s+){0,2}?(?:odprl[a]?|začel[a]?|pričel[a]?)`,
  ]
    .map((a) => `(?<!\\p{L})${a}(?!\\p{L})`)
    .join('|'),
  'giu',
);
const ABBREVIATION = /(?<!\p{L})(?:dr|mag|prof|doc|izr|univ|dipl|inž|ing|spec|g|ga|gdč|št|l\.\s?r)$/iu;

/** Where the sentence holding `at` starts: after a sentence-ending mark or a blank line, at most 300 characters back. */
function sentenceStart(text: string, at: number): number {
  const floor = codePointBoundary(text, Math.max(0, at - 300));
  for (let i = at - 1; i > floor; i--) {
    const c = text[i] ?? '';
    if (c === '\n' && /\n[ \t]*$/u.test(text.slice(Math.max(floor, i - 5), i))) return i + 1;
    if (/[.!?:]/u.test(c) && /\s/u.test(text[i + 1] ?? '') && !ABBREVIATION.test(text.slice(Math.max(floor, i - 8), i)))
      return i + 1;
  }
  return floor;
}

/**
 * Who chaired, from what they did at the opening: "Predsednica komisije dr.
 * Andreja Kos je pozdravila navzoče, ugotovila sklepčnost …", "Uvodoma je
 * župan Janez Novak ugotovil, da je svet sklepčen", "Sejo je odprl
 * podžupan Peter Kos". The first such sentence with a name near the start
 * of the text; undefined when none.
 */
export function chairActs(text: string): PersonReference | undefined {
  // The opening is near the start; a greeting deep in the discussion is a guest's.
  const opening = Math.max(4000, text.length * 0.3);
  for (const m of text.matchAll(ACTS)) {
    if (m.index > opening) break;
    const start = sentenceStart(text, m.index);
    const end = m.index + m[0].length;
    // The actor stands before the act ("… Kos je pozdravila"), or after it ("Sejo je odprl župan Janez Novak").
    const before = personNameParts(text, { start, end: m.index });
    const afterEnd = Math.min(text.length, end + 60);
    const stop = text.slice(end, afterEnd).search(/[.,;:\n]|\s(?:in|ki|je)\s/u);
    const after = before ? undefined : personNameParts(text, { start: end, end: stop < 0 ? afterEnd : end + stop });
    const parts = before ?? after;
    if (!parts || (after && after.fullSpan.start - end > 40)) continue;
    const lead = before ? text.slice(start, parts.fullSpan.start) : text.slice(end, parts.fullSpan.start);
    const role = lead
      .replace(/^\s*(?:uvodoma|najprej|na\s+začetku)?\s*(?:je\s+)?/iu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const roleOriginal = /^\p{L}[\p{L} ]*$/u.test(role) && isRoleWord(role.split(' ')[0] ?? '') ? role : undefined;
    return {
      name: parts.name,
      nameSpan: parts.nameSpan,
      span: { start, end: Math.max(end, parts.nameSpan.end) },
      ...(roleOriginal ? { roleOriginal } : {}),
    };
  }
  return undefined;
}
