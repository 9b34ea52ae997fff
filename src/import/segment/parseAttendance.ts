import type { AttendanceEntry, ParseNote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { attendanceCount } from './attendanceCount.js';
import { attendanceEntries } from './attendanceEntries.js';
import { attendanceLists } from './attendanceLists.js';
import { attendanceMoves } from './attendanceMoves.js';
import { attendanceReading } from './attendanceReading.js';
import { surnameFirstNames } from './surnameFirstNames.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Who attended: the entries of every labelled list (present, absent, excused,
 * staff, guests, press) in text order, late arrivals and early departures told
 * in sentences elsewhere merged into them, and attendance stated only as a
 * count in prose. Lines that could not be read go to the notes.
 */
export function parseAttendance(text: string): {
  attendance: AttendanceEntry[];
  attendanceCount?: { count: number; span: Span };
  notes: ParseNote[];
} {
  const attendance: AttendanceEntry[] = [];
  const notes: ParseNote[] = [];
  const listed: Span[] = [];
  const lists = attendanceLists(text);
  const reading = attendanceReading(
    text,
    lists.flatMap((l) => l.lines),
  );
  const read = lists.map((list) => attendanceEntries(reading, list));
  const ordered = surnameFirstNames(
    text,
    read.flatMap((r) => r.entries),
  );
  attendance.push(...ordered.attendance);
  notes.push(...ordered.notes);
  for (const [i, list] of lists.entries()) {
    const entries = read[i]?.entries ?? [];
    notes.push(...(read[i]?.notes ?? []));
    listed.push(list.labelSpan, ...list.lines);
    const saysNone = list.lines.every((l) =>
      /^(?:[/–—-]|ni(?:\s+\p{Ll}+)?|nihče|nobeden|brez)\.?$/iu.test(text.slice(l.start, l.end)),
    );
    if (entries.length === 0 && list.lines.length > 0 && !saysNone) {
      notes.push({ span: list.labelSpan, message: 'Attendance list with no name that could be read.' });
    }
  }
  for (const move of attendanceMoves(text)) {
    if (listed.some((s) => overlaps(s, move.span))) continue;
    const index = attendance.findIndex((e) => e.name === move.name);
    const known = attendance[index];
    if (known) {
      attendance[index] = {
        ...known,
        ...(move.arrivedAt !== undefined && known.arrivedAt === undefined ? { arrivedAt: move.arrivedAt } : {}),
        ...(move.leftAt !== undefined && known.leftAt === undefined ? { leftAt: move.leftAt } : {}),
      };
      continue;
    }
    attendance.push({
      name: move.name,
      nameSpan: move.nameSpan,
      span: move.span,
      titles: move.titles,
      status: 'PRESENT',
      group: move.member ? 'MEMBER' : 'OTHER',
      ...(move.arrivedAt !== undefined ? { arrivedAt: move.arrivedAt } : {}),
      ...(move.leftAt !== undefined ? { leftAt: move.leftAt } : {}),
    });
    notes.push({ span: move.span, message: `${move.name} is not in an attendance list; added from this sentence.` });
  }
  const count = attendanceCount(text);
  const temporary = attendance.filter((e) => e.note !== undefined);
  for (const e of temporary) notes.push({ span: e.span, message: `${e.name}: ${e.note}` });
  return { attendance, ...(count ? { attendanceCount: count } : {}), notes };
}
