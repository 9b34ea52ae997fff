import type { ParseNote, PersonReference } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { chairActs } from './chairActs.js';
import { closingSignatures } from './closingSignatures.js';
import { findTimes } from './findTimes.js';
import { personNameParts } from './personNameParts.js';

// "Sejo komisije je vodil predsednik Boštjan Trilar", "Sejo je vodila županja mag. Ana Novak", "Seji je predsedoval …".
const CHAIR =
  /\b(?:sej[oi]\s+(?:\p{L}+\s+){0,3}?je\s+(?:sklical[a]?\s+in\s+)?(?:vodil[a]?|predsedoval[a]?)|(?:kolegij|sestanek|sestanku)\s+(?:\p{L}+\s+){0,3}?je\s+(?:vodil[a]?|predsedoval[a]?)|predsedujoč[ia]\s*:|vodja\s+seje\s*:|sejo\s+(?:je\s+)?vodil[a]?\s*:)\s*/diu;
const CONVENED =
  /\b(?:sejo\s+(?:\p{L}+\s+){0,3}?je\s+sklical[a]?(?:\s+in\s+vodil[a]?)?|sklicatelj\p{L}*(?:\s+seje)?\s*:)\s*/diu;
const END =
  /\b(?:(?:sej[ao]?|kolegij|sestanek)\s+(?:\p{L}+\s+){0,3}?(?:se\s+je\s+)?(?:je\s+)?(?:bila\s+)?(?:končal\p{L}*|zaključil\p{L}*|zaključen\p{L}*|končan\p{L}*|zaprl\p{L}*|prekinjen\p{L}*)|(?:zaključek|konec)\s+seje\s*:?|(?:predsednik|predsednica|župan|županja|predsedujoč\p{L}*)\s+(?:\p{L}+\s+){0,3}?je\s+sejo\s+(?:zaključil|končal|zaprl)\p{L}*)/giu;

/** The person right after a match: name (titles allowed), the passage from the match start to the name's end. */
function personAfter(text: string, m: RegExpExecArray): PersonReference | undefined {
  const from = m.index + m[0].length;
  const lineEnd = text
    .slice(from)
    .search(/[\n,;(]|(?<!(?:^|\s)(?:mag|dr|prof|doc|izr|univ|dipl|inž|\p{Ll}))\.(?=\s|$)|\s(?:in|ki|je)\s/u);
  const span = { start: from, end: lineEnd < 0 ? text.length : from + lineEnd };
  const parts = personNameParts(text, span);
  if (!parts || parts.fullSpan.start - from > 45) return undefined;
  // The role stands before the name ("predsednik Boštjan Trilar") or after it ("Janez Kos, predsednik odbora").
  const before = text.slice(from, parts.fullSpan.start).trim();
  const after = /^,\s*(\p{Ll}[\p{Ll} ]*[\p{Ll}])/u.exec(text.slice(parts.fullSpan.end, parts.fullSpan.end + 60))?.[1];
  const role = before !== '' && /^\p{Ll}[\p{Ll} ]*$/u.test(before) ? before : (after ?? '');
  return {
    name: parts.name,
    nameSpan: parts.nameSpan,
    span: { start: m.index, end: parts.nameSpan.end },
    ...(role !== '' ? { roleOriginal: role } : {}),
  };
}

/**
 * The closing of the minutes and what is said about who ran them: the chair
 * ("Sejo komisije je vodil predsednik …", "Predsedujoči: …"), who convened
 * the session, when it ended ("Seja se je končala ob 17.18.", "Zaključek seje
 * ob …"), who prepared the minutes ("Zapisala:", "Pripravila:") and who
 * signed them ("… l.r." and signature blocks with their role lines).
 * `knownNames` (the attendees') help tell two signatures on one line apart.
 */
export function parseClosing(
  text: string,
  knownNames: readonly string[] = [],
): {
  chair?: PersonReference;
  convenedBy?: PersonReference;
  endTime?: { time: string; span: Span };
  preparedBy?: PersonReference;
  signedBy: PersonReference[];
  notes: ParseNote[];
} {
  const notes: ParseNote[] = [];
  const chairMatch = CHAIR.exec(text);
  let chair = chairMatch ? personAfter(text, chairMatch) : undefined;
  if (chairMatch && !chair)
    notes.push({
      span: { start: chairMatch.index, end: chairMatch.index + chairMatch[0].length + 40 },
      message: 'Chair mentioned but the name could not be read.',
    });
  const convenedMatch = CONVENED.exec(text);
  const convenedBy = convenedMatch ? personAfter(text, convenedMatch) : undefined;

  let endTime: { time: string; span: Span } | undefined;
  for (const m of text.matchAll(END)) {
    const after = text.slice(m.index, m.index + m[0].length + 40);
    const time = findTimes(after).find((t) => t.span.start >= m[0].length - 1);
    if (!time) continue;
    endTime = { time: time.time, span: { start: m.index, end: m.index + time.span.end } };
  }

  const closingFrom = endTime?.span.end ?? Math.max(0, text.length - 1500);
  const signatures = closingSignatures(text, closingFrom, knownNames);
  chair ??= signatures.chair ?? chairActs(text);
  if (signatures.signedBy.length === 0) notes.push({ message: 'No signature was found in the closing.' });
  return {
    ...(chair ? { chair } : {}),
    ...(convenedBy ? { convenedBy } : {}),
    ...(endTime ? { endTime } : {}),
    ...(signatures.preparedBy ? { preparedBy: signatures.preparedBy } : {}),
    signedBy: signatures.signedBy,
    notes,
  };
}
