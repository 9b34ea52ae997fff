import type { ParsedMinutes } from '../parsedMinutes.js';
import { chairByRole } from './chairByRole.js';
import { parseAgenda } from './parseAgenda.js';
import { parseAttendance } from './parseAttendance.js';
import { parseClosing } from './parseClosing.js';
import { parseHeader } from './parseHeader.js';
import { parseItems } from './parseItems.js';
import { parseResolutions } from './parseResolutions.js';
import { votePresent } from './votePresent.js';

/**
 * Everything the structure stage reads from one cleaned minutes text: the
 * session header, attendance, agenda and its adoption, the item sections,
 * the resolutions with their votes, and the closing, with every parser's
 * notes in document-part order (header, attendance, agenda, closing).
 */
export function parseMinutes(text: string): ParsedMinutes {
  const { header, notes: headerNotes } = parseHeader(text);
  const { attendance, attendanceCount, notes: attendanceNotes } = parseAttendance(text);
  const { agenda, agendaAdoption: adoption, notes: agendaNotes } = parseAgenda(text);
  const items = parseItems(text, agenda);
  // A vote that gives no number present takes it from the attendance stated before it.
  const resolutions = parseResolutions(text, items).map((r) =>
    r.vote ? { ...r, vote: votePresent(text, r.vote) } : r,
  );
  const agendaAdoption = adoption?.vote ? { ...adoption, vote: votePresent(text, adoption.vote) } : adoption;
  const {
    chair: chairNamed,
    convenedBy,
    endTime,
    preparedBy,
    signedBy,
    notes: closingNotes,
  } = parseClosing(
    text,
    attendance.map((e) => e.name),
  );
  const chair = chairNamed ?? chairByRole(text, attendance);
  return {
    header,
    attendance,
    ...(attendanceCount && { attendanceCount }),
    ...(chair && { chair }),
    ...(convenedBy && { convenedBy }),
    agenda,
    ...(agendaAdoption && { agendaAdoption }),
    items,
    resolutions,
    ...(endTime && { endTime }),
    ...(preparedBy && { preparedBy }),
    signedBy,
    notes: [...headerNotes, ...attendanceNotes, ...agendaNotes, ...closingNotes],
  };
}
