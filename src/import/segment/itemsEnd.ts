// The closing of the minutes: the end-time sentence or the signature block.
const CLOSING = new RegExp(
  [
    String.raw`^[ \t]*(?:zapisal\p{L}*|zapisnikar\p{L}*|pripravil\p{L}*|zapisnik\s+(?:je\s+)?(?:sestavil|pripravil|zapisal|vodil)\p{L}*)\b[ \t]*:?`,
    String.raw`(?<!\p{L})(?:seja|sestanek)\s+(?:\p{L}+\s+){0,4}?(?:je\s+bil\p{L}*\s+|se\s+je\s+)(?:zaključ|konč)\p{L}*`,
    String.raw`(?<!\p{L})(?:zaključil|zaključila|sklenil|sklenila|končal|končala)\s+(?:\p{L}+\s+){0,2}?sejo\b`,
    String.raw`(?<!\p{L})sejo\s+(?:je\s+)?(?:\p{L}+\s+){0,3}?(?:zaključil|zaključila|sklenil|sklenila|končal|končala)\b`,
  ].join('|'),
  'gimu',
);

/**
 * Where the closing of the minutes begins (the sentence that says when the
 * session ended, or "Zapisala:"), searching from `from`; the text's length
 * when there is none.
 */
export function itemsEnd(text: string, from: number): number {
  CLOSING.lastIndex = from;
  const m = CLOSING.exec(text);
  if (!m) return text.length;
  let start = m.index;
  // Back to the start of the sentence: "Predsedujoči je ob 20.15 zaključil sejo."
  while (start > from) {
    const before = text[start - 1] ?? '';
    if (before === '\n' || (/[.!?]/u.test(before) && /\s/u.test(text[start] ?? ''))) break;
    start--;
  }
  while (start < m.index && /\s/u.test(text[start] ?? '')) start++;
  return start;
}
