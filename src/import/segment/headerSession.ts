import type { SessionKind } from '../parsedMinutes.js';
import type { Span } from '../span.js';

export interface HeaderSession {
  readonly number?: number;
  readonly kind?: SessionKind;
  /** The session phrase, "2. seje", "5. izredne seje". */
  readonly span: Span;
  /** The passage that states the session, from the number to the end of its sentence. */
  readonly passage: Span;
}

const TITLE = /\bzapisnik\p{L}*\b/diu;
const SESSION =
  /(?:(?<number>\d{1,3}|[IVXL]{1,6})\.\s*)?(?:(?<kind>redn\p{L}*|izredn\p{L}*|dopisn\p{L}*|korespondenčn\p{L}*|elektronsk\p{L}*|slavnostn\p{L}*|svečan\p{L}*|ustanovn\p{L}*|nujn\p{L}*|skupn\p{L}*)\s+)?(?:sej[eai]|sestank\p{L}*|zasedanj\p{L}*)\b/diu;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function kindOf(word: string | undefined, passage: string): SessionKind | undefined {
  const w = (word ?? '').toLowerCase();
  if (/^(?:dopisn|korespondenčn|elektronsk)/u.test(w) || /\((?:dopisna|korespondenčna)\s+seja\)/iu.test(passage)) {
    return 'CORRESPONDENCE';
  }
  if (/^(?:izredn|nujn)/u.test(w)) return 'EXTRAORDINARY';
  if (/^(?:slavnostn|svečan)/u.test(w)) return 'CEREMONIAL';
  if (/^ustanovn/u.test(w)) return 'CONSTITUTIVE';
  if (/^redn/u.test(w)) return 'REGULAR';
  return undefined;
}

/** Where the sentence that starts at `from` ends: a period that closes it, or a blank line not followed by its continuation. */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 700);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n') {
      // A labelled line ("Datum: …", "Kraj: …") is not part of the sentence.
      if (/^\n[ \t]*\p{L}[\p{L} ]{0,25}:/u.test(text.slice(i, i + 30))) return i;
      const blank = /^\n[ \t\u00a0]*\n\s*/u.exec(text.slice(i, i + 40));
      if (blank && !/\p{Ll}/u.test(text[i + blank[0].length] ?? '')) return i;
    }
    if (c !== '.') continue;
    if (/\d/u.test(text[i - 1] ?? '') && /^\s?\d/u.test(text.slice(i + 1, i + 3))) continue;
    const after = text.slice(i + 1, i + 4);
    const word = /(\p{L}+)$/u.exec(text.slice(Math.max(from, i - 8), i))?.[1] ?? '';
    if (/^(?:mag|dr|prof|št|ul|tel|ga|g|l|r|dipl|univ|inž|npr|oz|ipd|itd)$/iu.test(word)) continue;
    if (/^[ \t\u00a0]*(?:\n|$)/u.test(after) || (/^\s+\p{Lu}/u.test(after) && !/\d/u.test(text[i - 1] ?? '')))
      return i + 1;
  }
  return limit;
}

/**
 * The session named in the title ("ZAPISNIK 2. seje …", "Zapisnik 5. izredne
 * seje …", "ZAPISNIK\n3. dopisne seje"), its number (Arabic or Roman) and
 * kind, and the passage that states it; undefined when no session is named.
 */
export function headerSession(text: string): HeaderSession | undefined {
  const title = TITLE.exec(text.slice(0, 4000));
  const searchFrom = title ? title.index + title[0].length : 0;
  const region = text.slice(searchFrom, searchFrom + (title ? 600 : 2500));
  const m = SESSION.exec(region);
  if (!m) return undefined;
  const start = searchFrom + m.index;
  const span = { start, end: start + m[0].length };
  const passage = { start, end: sentenceEnd(text, span.end) };
  const n = m.groups?.number;
  const written = n === undefined ? undefined : /^\d+$/u.test(n) ? Number(n) : roman(n);
  // Sessions are counted from 1: a "0." before "seje" is not the session's number.
  const number = written !== undefined && written > 0 ? written : undefined;
  const kind = kindOf(m.groups?.kind, text.slice(passage.start, passage.end));
  return { ...(number !== undefined ? { number } : {}), ...(kind !== undefined ? { kind } : {}), span, passage };
}
