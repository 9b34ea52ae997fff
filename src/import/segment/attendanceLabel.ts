import type { AttendanceStatus, AttendeeGroup } from '../parsedMinutes.js';

export interface AttendanceLabel {
  readonly status: AttendanceStatus;
  /** The group the list's people belong to unless their role says otherwise; GUEST lists hold staff too. */
  readonly group: AttendeeGroup;
}

// "Glasovnic niso vrnili:" of a correspondence session lists those who did not take part.
const ATTENDANCE_WORD =
  /prisot|navzoč|odsot|opravičen|opravičil|vabljen|udeležil|medij|novinar|manjkal|glasovnic\p{L}*\s+(?:(?:ni|niso|nista|so|je|sta)\s+)?vrnil/iu;
// "Svoje odsotnosti ni opravičil:", "Brez opravičila:": absent without an excuse.
const NOT_EXCUSED = /(?:^|\s)(?:ni|niso|nista)\s+(?:\p{L}+\s+)?opravičil|brez\s+opravičil/u;
const DID_NOT_VOTE = /(?:^|\s)(?:ni|niso|nista)\s+(?:\p{L}+\s+)?vrnil/u;

/**
 * What an attendance list label says about the people after it ("Prisotni
 * člani:" → present members, "Opravičeno odsotni:" → excused, "Vabljeni:" →
 * guests, "Prisotni predstavniki medijev:" → press), or undefined when the
 * label is not about attendance.
 */
export function attendanceLabel(label: string): AttendanceLabel | undefined {
  const lower = label.toLowerCase();
  const ballots = /glasovnic\p{L}*\s+(?:\p{L}+\s+){0,2}vrnil/u.test(lower);
  if (!ATTENDANCE_WORD.test(lower) || (/\d|sklep|glasov|dnevni/u.test(lower) && !ballots)) return undefined;
  if (lower.split(/\s+/u).length > 8) return undefined;
  const status: AttendanceStatus =
    /neopravičen/u.test(lower) || NOT_EXCUSED.test(lower) || DID_NOT_VOTE.test(lower)
      ? 'ABSENT'
      : /opravičen|opravičil/u.test(lower)
        ? 'EXCUSED'
        : /odsot|manjkal/u.test(lower)
          ? 'ABSENT'
          : 'PRESENT';
  let group: AttendeeGroup = 'MEMBER';
  if (/medij|novinar|tisk|javnost/u.test(lower)) group = 'PRESS';
  else if (/uprav|zaposlen/u.test(lower)) group = 'STAFF';
  else if (/vabljen|ostal|drugi|(?:^|\s)še(?:\s|$)|gost|zunanj|poleg/u.test(lower)) group = 'GUEST';
  return { status, group };
}
