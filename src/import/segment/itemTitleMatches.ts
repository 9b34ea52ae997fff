/** Lower case, without diacritics, punctuation or repeated spaces: PDF and Word exports differ in all of these. */
function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/**
 * True when a heading's text repeats an agenda title: it starts like the
 * title (the first 20 characters, case and diacritics aside), or it is the
 * first line of a title that runs over two lines. With `whole`, the heading
 * must repeat the whole title and little else.
 */
export function itemTitleMatches(heading: string, title: string, whole = false): boolean {
  const h = normalise(heading);
  const t = normalise(title);
  if (h.length === 0 || t.length === 0) return false;
  if (whole) return h.startsWith(t.slice(0, 40)) && h.length <= t.length + 3;
  const k = Math.min(20, t.length);
  if (h.startsWith(t.slice(0, k))) return true;
  return h.length >= Math.min(15, t.length) && t.startsWith(h);
}
