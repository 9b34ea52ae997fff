/**
 * A value folded the way `factFields` folds it (no diacritics, lower case,
 * punctuation as single spaces), so hand-written expectations compare with
 * drafted facts.
 */
export function foldField(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A body's folded name without a trailing "(Mestne) občine X": the same body whether or not the name says whose it is. */
export function foldBodyName(name: unknown): string {
  return foldField(name).replace(/\s+(?:mestne\s+)?obcine\s+[\p{L}\s]+$/u, '');
}
