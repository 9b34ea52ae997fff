/** Field families whose every drafted field must be expected: a draft states nothing the minutes do not. */
export const EXACT_FAMILIES = [
  'session',
  'body',
  'bodyKind',
  'municipality',
  'attended',
  'absent',
  'chair',
  'preparedBy',
  'signedBy',
  'agenda',
  'resolution',
  'vote',
  'twinning',
] as const;

/** The family of a field string ("attended", "vote", …). */
export const fieldFamily = (field: string): string => /^[a-zA-Z]+/.exec(field)?.[0] ?? field;

/**
 * Whether a drafted field counts toward precision: its family is exact, and
 * it is not a twinning's actor (judged by recall only: expected files do not
 * list every actor a reader could name).
 */
export function judgedForPrecision(field: string): boolean {
  return (
    (EXACT_FAMILIES as readonly string[]).includes(fieldFamily(field)) &&
    !/^twinning=.+ (?:INITIATED|PROPOSED|BROKERED|SUPPORTED) by /.test(field)
  );
}
