import type { AttendanceEntry, PersonReference } from '../parsedMinutes.js';

// The chair's role as the subject of an opening act, with no name: "Predsednica je ugotovila sklepčnost",
// "Predsednik komisije je ugotovil, da …", "Župan je pozdravil navzoče".
const ROLE_ACT =
  /(?<=^|[.!?:]\s+|\n)(?<role>predsednik|predsednica|predsedujoči|predsedujoča|župan|županja)(?:\s+(?!je\b)\p{L}+){0,4}\s+je\s+(?:(?:uvodoma|najprej)\s+)?(?:ugotovil[a]?|pozdravil[a]?|odprl[a]?|začel[a]?|pričel[a]?|vodil[a]?)(?!\p{L})/dgiu;

/** The role's first word, feminine and masculine alike: "predsednica odbora" → "predsedni". */
function roleStem(role: string): string {
  const first = role.trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
  return first.replace(/(?:ca|k|ja|a|i)$/u, '');
}

/**
 * The chair when the opening sentence names only a role ("Predsednica je
 * ugotovila sklepčnost …", "Predsednik komisije je ugotovil …"): the one
 * attendee listed with that role (predsednik/predsednica, not
 * podpredsednik). Undefined when no such sentence is near the start or the
 * role fits no attendee or more than one.
 */
export function chairByRole(text: string, attendance: readonly AttendanceEntry[]): PersonReference | undefined {
  const opening = Math.max(4000, text.length * 0.3);
  for (const m of text.matchAll(ROLE_ACT)) {
    if (m.index > opening) break;
    const stem = roleStem(m.groups?.role ?? '');
    const fits = attendance.filter(
      (e) => e.status === 'PRESENT' && e.roleOriginal !== undefined && roleStem(e.roleOriginal) === stem,
    );
    const [chair] = fits;
    if (!chair || fits.length > 1) continue;
    return {
      name: chair.name,
      nameSpan: chair.nameSpan,
      span: { start: m.index, end: m.index + m[0].length },
      roleOriginal: chair.roleOriginal,
    };
  }
  return undefined;
}
