import type { AttendeeGroup } from '../parsedMinutes.js';

const PRESS = /novinar|medij|radi[ojau]|televizij|\btv\b|časopis|časnik|portal|tednik|uredni/iu;
const STAFF =
  /občinsk\p{L}*\s+uprav|mestn\p{L}*\s+uprav|kabinet|\burad\p{L}*|oddel\p{L}*|služb\p{L}*|sektor\p{L}*|tajni(?:k|c)|referent|svetoval|strokovn\p{L}*\s+sodelav|sekretar|zapisnik|načelni|računovod|direktor\p{L}*\s+(?:občinske\s+|mestne\s+)?uprave|režijsk/iu;
const MAYOR = /^(?:pod)?župan/iu;

/**
 * The group of one attendee: the list's group, corrected by the role as
 * written: staff and press can appear in any list, the mayor in a members'
 * list is not a member.
 */
export function attendanceGroup(listGroup: AttendeeGroup, role: string | undefined): AttendeeGroup {
  if (listGroup === 'PRESS') return 'PRESS';
  if (role === undefined) return listGroup;
  if (/novinar/iu.test(role) || (listGroup === 'GUEST' && PRESS.test(role))) return 'PRESS';
  if (STAFF.test(role)) return 'STAFF';
  if (listGroup === 'MEMBER' && MAYOR.test(role.trim())) return 'OTHER';
  return listGroup;
}
