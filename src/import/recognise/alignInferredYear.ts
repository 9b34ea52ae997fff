/**
 * A date whose year was taken from the session, moved by a year when the
 * tense says otherwise: something that already happened ("decembra so
 * podpisali", told at a session in February) cannot lie after the session, and
 * something planned ("septembra bo obisk", told in November) cannot lie
 * before it. Intervals and dates with a written year are returned unchanged.
 */
export function alignInferredYear(date: string, sessionDate: string | undefined, tense: 'past' | 'future'): string {
  if (!sessionDate || date.includes('/') || !/^\d{4}-\d{2}/.test(date)) return date;
  const year = Number(date.slice(0, 4));
  const session = sessionDate.slice(0, date.length);
  if (tense === 'past' && date > session) return `${year - 1}${date.slice(4)}`;
  if (tense === 'future' && date < session) return `${year + 1}${date.slice(4)}`;
  return date;
}
