import type { Span } from '../span.js';

/**
 * The text as attendance entries are read from it: the line breaks inside
 * the given spans (list lines wrapped over visual lines) turned into spaces,
 * so that "Barbara⏎Pučko" reads as one name. Same length as the text, so
 * every span read from it is a span of the text.
 */
export function attendanceReading(text: string, spans: readonly Span[]): string {
  const wrapped = spans.filter((s) => text.slice(s.start, s.end).includes('\n')).sort((a, b) => a.start - b.start);
  if (wrapped.length === 0) return text;
  let reading = '';
  let pos = 0;
  for (const span of wrapped) {
    const start = Math.max(pos, span.start);
    if (span.end <= start) continue;
    reading += text.slice(pos, start) + text.slice(start, span.end).replace(/[\n\r]/gu, ' ');
    pos = span.end;
  }
  return reading + text.slice(pos);
}
