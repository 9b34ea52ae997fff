/**
 * A stretch of the cleaned document text, in UTF-16 indices as JavaScript
 * strings and regex `d` indices count them (`end` exclusive). The draft stage
 * converts spans to the code point offsets that facts files use.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The span of a regex match group, or undefined when the group did not take part. */
export function groupSpan(match: RegExpExecArray, group: number | string, offset = 0): Span | undefined {
  const indices = match.indices;
  if (!indices) throw new Error('groupSpan needs a regex with the d flag');
  const pair = typeof group === 'number' ? indices[group] : indices.groups?.[group];
  return pair ? { start: pair[0] + offset, end: pair[1] + offset } : undefined;
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The span shrunk so that it neither starts nor ends with white space or the given trailing punctuation. */
export function trimSpan(text: string, span: Span, trailing = ''): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && (/\s/u.test(text[end - 1] ?? '') || trailing.includes(text[end - 1] ?? ''))) end--;
  return { start, end };
}
