/**
 * A converter from UTF-16 indices (what JavaScript strings and regexes count)
 * to the code point offsets that facts files use, built once per text so a
 * long document converts thousands of spans in linear time.
 */
export function codePointIndex(text: string): (utf16: number) => number {
  const points = new Uint32Array(text.length + 1);
  let point = 0;
  for (let unit = 0; unit < text.length; unit++) {
    points[unit] = point;
    const code = text.charCodeAt(unit);
    // The low half of a surrogate pair belongs to the code point its high half started.
    if (code < 0xd800 || code > 0xdbff || unit + 1 >= text.length) point++;
  }
  points[text.length] = point;
  return (utf16) => points[Math.max(0, Math.min(utf16, text.length))] ?? point;
}
