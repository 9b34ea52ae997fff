import type { AttendanceEntry, AttendanceStatus, AttendeeGroup, ParseNote } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { attendanceGroup } from './attendanceGroup.js';
import type { AttendanceList } from './attendanceLists.js';
import { attendanceTimes } from './attendanceTimes.js';
import { personNameParts } from './personNameParts.js';
import { isRoleWord } from './personNameRoleWords.js';

interface Draft {
  name: string;
  nameSpan: Span;
  span: Span;
  titles: string[];
  status: AttendanceStatus;
  role?: string;
  arrivedAt?: string;
  leftAt?: string;
  note?: string;
}

// Roles that name several people at once: "– člani komisije", "– svetnika".
const PLURAL_ROLE =
  /^(?:člani|članice|člana|članici|svetniki|svetnice|svetnika|svetnici|predstavniki|predstavnice|predstavnika|novinarji|vsi|oba|obe|podžupani|podžupana)\b/iu;
const CELL_SEPARATOR = /[ \t]*(?:\||\t+|[ ]{3,})[ \t]*/gu;
const STATUS_CELL =
  /^(?:prisot\p{L}*|navzoč\p{L}*|odsot\p{L}*|opravičen\p{L}*(?:\s+odsot\p{L}*)?|neopravičen\p{L}*(?:\s+odsot\p{L}*)?|da|ne|[✓✔x])$/iu;
const ABBREVIATION =
  /(?:^|[\s.])(?:mag|dr|prof|doc|izr|univ|dipl|inž|ing|spec|ekon|prav|org|upr|oec|jur|med|arh|grad|soc|str|r)\.$/iu;
const HONORIFIC = /^(?:gospa|gospod|gdč|ga|g)$/iu;
const JOINERS = /^[\s,;:–—-]+|[\s,;:–—.-]+$/gu;
// A remark that states presence, not a role: "opravičil odsotnost", "opravičeno", "neopravičeno odsoten".
const EXCUSE = String.raw`(?:ne)?opravič\p{L}*`;
const STATUS_REMARK = new RegExp(
  String.raw`^(?:(?:je|se|sta)\s+)?(?=(?:\p{L}+[\s,–-]+){0,2}${EXCUSE})(?:(?:${EXCUSE}|odsot\p{L}*|izostan\p{L}*|s\s+seje|sejo|se)[\s,–-]*){1,3}$`,
  'iu',
);

// "(v dvorani)", "(prek Zooma)": where the person took part from is a note, not part of the role.
const PLACE_NOTE =
  /^(?:v\s+dvorani|v\s+sejni\s+sobi|na\s+daljavo|osebno|v\s+živo|na\s+seji|prek\p{L}*\s.+|po\s+videokonferenci|po\s+spletu|preko\s.+|na\s+spletu)$/iu;
// "… in Teja Golob (predstavnica delavcev) – oba opravičeno": a status that applies to every name on the line.
// It starts only where a run of separators starts, and the dash's spaces follow the dash: a long run of spaces
// then costs linear time, not cubic (each split of the run between two `\s*` tried at each of its positions).
const SHARED_STATUS =
  /(?<![\s,])[\s,]*(?:[–—-]\s*)?(?:oba|obe|obadva|obedve|vsi|vse|vsi\s+trije)\s+((?:ne)?opravičen\p{L}*|odsot\p{L}*)\s*\.?$/iu;

const ABSENCE_REASON =
  /^(?:zaradi\s+)?(?:služben\p{L}*\s+pot\p{L}*|služben\p{L}*\s+obveznost\p{L}*|bolez\p{L}*|bolnišk\p{L}*|bolan|bolna|dopust\p{L}*|zadržan\p{L}*|drug\p{L}*\s+obveznost\p{L}*|obveznost\p{L}*|porodnišk\p{L}*)$/iu;

/** Cuts a span at the given separator, never inside brackets or between digits ("16,15"). */
function splitSpan(text: string, span: Span, separator: RegExp): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i] ?? '';
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && separator.test(c) && !(/\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? ''))) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: span.end });
  return parts.map((p) => trim(text, p)).filter((p) => p.end > p.start);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:–—.-]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:–—-]/u.test(text[end - 1] ?? '')) end--;
  // A closing period belongs to the sentence, an abbreviation's period to the word ("dr.", "l.r.").
  if (text[end - 1] === '.' && !ABBREVIATION.test(text.slice(start, end))) end--;
  return { start, end };
}

/** The role text of a chunk: what is left when the name and the time phrases are taken out. */
function roleOf(text: string, chunk: Span, cut: Span[]): string | undefined {
  let s = '';
  let pos = chunk.start;
  for (const c of [...cut].sort((a, b) => a.start - b.start)) {
    if (c.start > pos) s += text.slice(pos, c.start);
    s += ' ';
    pos = Math.max(pos, c.end);
  }
  s += text.slice(pos, chunk.end);
  const role = s
    .replace(/\(\s*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(JOINERS, '')
    .replace(/^\((.*)\)$/u, '$1')
    .trim();
  return role === '' ? undefined : role;
}

function statusFromCell(cell: string, fallback: AttendanceStatus): AttendanceStatus {
  if (/neopravičen/iu.test(cell)) return 'ABSENT';
  if (/opravičen/iu.test(cell)) return 'EXCUSED';
  if (/odsot|^ne$|^x$/iu.test(cell)) return 'ABSENT';
  if (/prisot|navzoč|^da$|[✓✔]/iu.test(cell)) return 'PRESENT';
  return fallback;
}

/** Reads one chunk with a name: "mag. Ana Novak – predsednica (prispela ob 18.10)". */
function readChunk(text: string, chunk: Span, status: AttendanceStatus): Draft | undefined {
  const parts = personNameParts(text, chunk);
  if (!parts) return undefined;
  // "Zavod za turizem Slovenj Gradec": capitalised words after an organisation's name are a place, not a person.
  // "Delo – Ana Hartman" names the organisation first and sets the person apart with a dash.
  const before = text.slice(chunk.start, parts.fullSpan.start);
  const lead = /^[\s(]*(\p{Lu}\p{Ll}+)/u.exec(before)?.[1];
  if (lead !== undefined && !isRoleWord(lead) && !HONORIFIC.test(lead) && !/[–—:|]|\s-\s/u.test(before))
    return undefined;
  const times = attendanceTimes(text, chunk);
  const role = roleOf(text, chunk, [parts.fullSpan, ...times.spans]);
  return {
    name: parts.name,
    nameSpan: parts.nameSpan,
    span: chunk,
    titles: [...parts.titles],
    status,
    role,
    arrivedAt: times.arrivedAt,
    leftAt: times.leftAt,
    note: times.note,
  };
}

/** A chunk without a name adds to the entry before it: its titles, its times or its role ("Ana Novak, svetnica"). */
function addToPrevious(text: string, chunk: Span, previous: Draft, group: Draft[]): void {
  const written = text.slice(chunk.start, chunk.end);
  previous.span = { start: previous.span.start, end: chunk.end };
  if (/^(?:\p{Ll}{1,6}\.\s*)+$/u.test(written) && !/^l\.\s?r\.?$/iu.test(written)) {
    previous.titles.push(written.trim());
    return;
  }
  const times = attendanceTimes(text, chunk);
  if (times.arrivedAt || times.leftAt || times.note) {
    previous.arrivedAt ??= times.arrivedAt;
    previous.leftAt ??= times.leftAt;
    previous.note ??= times.note;
    if (roleOf(text, chunk, times.spans) === undefined) return;
  }
  const role = roleOf(text, chunk, times.spans);
  if (role === undefined) return;
  previous.role = previous.role === undefined ? role : `${previous.role}, ${role}`;
  shareRole(previous, group);
}

/** "Albin Traven, Kristina Camaj, Jure Kristan – člani komisije": a plural role applies to the names before it. */
function shareRole(owner: Draft, group: Draft[]): void {
  if (owner.role === undefined || !PLURAL_ROLE.test(owner.role)) return;
  const sharing: Draft[] = [];
  for (let i = group.indexOf(owner) - 1; i >= 0; i--) {
    const d = group[i];
    if (!d || d.role !== undefined) break;
    sharing.push(d);
  }
  if (sharing.length === 0) return;
  const span = { start: Math.min(...sharing.map((d) => d.span.start)), end: owner.span.end };
  for (const d of [...sharing, owner]) {
    d.role = owner.role;
    d.span = span;
  }
}

/**
 * The chunks of a line, each marked when it can only add to the entry before it: with ";" between
 * entries ("Urška Vrhovnik, Kabinet župana; Blaž Pirc, Zavod za turizem Slovenj Gradec") what
 * follows an entry's first comma is its role or organisation, unless a plural role shows the
 * commas list names ("Ana Novak, Janez Kos – člana; …").
 */
/** "Robert Pirš in Špela Rode" at the end of a list: two names, when each side is a whole name. */
function splitAnd(text: string, chunk: Span): Span[] {
  const m = /\s+in\s+/u.exec(text.slice(chunk.start, chunk.end));
  if (!m) return [chunk];
  const left = trim(text, { start: chunk.start, end: chunk.start + m.index });
  const right = trim(text, { start: chunk.start + m.index + m[0].length, end: chunk.end });
  const whole = (side: Span) => {
    const parts = personNameParts(text, side);
    if (parts === undefined || parts.fullSpan.start !== side.start) return false;
    // "Mitja Jevšnik (predstavnik ustanovitelja)": a bracketed role may follow the name.
    return /^\s*(?:\([^()]*\))?\s*\.?$/u.test(text.slice(parts.fullSpan.end, side.end));
  };
  return whole(left) && whole(right) ? [left, right] : [chunk];
}

function entryChunks(text: string, line: Span): (Span & { rest?: boolean })[] {
  const parts = splitSpan(text, line, /;/u);
  if (parts.length < 2) return splitSpan(text, line, /,/u).flatMap((c) => splitAnd(text, c));
  return parts.flatMap((part) => {
    const chunks = splitSpan(text, part, /,/u);
    const listsNames = chunks.slice(1).some((c) => {
      const name = personNameParts(text, c);
      return name !== undefined && PLURAL_ROLE.test(text.slice(name.fullSpan.end, c.end).replace(JOINERS, ''));
    });
    return chunks.map((c, i) => (i > 0 && !listsNames ? { ...c, rest: true } : c));
  });
}

/** Reads one line of a list: a table row ("Ana Novak | svetnica | prisotna") or comma-separated entries. */
function readLine(text: string, whole: Span, status: AttendanceStatus, drafts: Draft[], notes: ParseNote[]): void {
  const shared = SHARED_STATUS.exec(text.slice(whole.start, whole.end));
  const line = shared ? { start: whole.start, end: whole.start + shared.index } : whole;
  if (shared?.[1] !== undefined) status = statusFromCell(shared[1], status);
  const written = text.slice(line.start, line.end);
  if (/\||\t|[ ]{3,}/u.test(written)) {
    const cells: Span[] = [];
    let pos = line.start;
    for (const m of written.matchAll(CELL_SEPARATOR)) {
      cells.push({ start: pos, end: line.start + m.index });
      pos = line.start + m.index + m[0].length;
    }
    cells.push({ start: pos, end: line.end });
    const filled = cells.map((c) => trim(text, c)).filter((c) => c.end > c.start);
    const nameCell = filled.findIndex((c) => personNameParts(text, c) !== undefined);
    if (nameCell >= 0) {
      let rowStatus = status;
      const roles: string[] = [];
      for (const [i, c] of filled.entries()) {
        if (i === nameCell) continue;
        const cell = text.slice(c.start, c.end);
        if (STATUS_CELL.test(cell)) rowStatus = statusFromCell(cell, status);
        else roles.push(cell);
      }
      const draft = readChunk(text, filled[nameCell] ?? line, rowStatus);
      if (draft) {
        draft.span = { start: filled[0]?.start ?? line.start, end: filled[filled.length - 1]?.end ?? line.end };
        const role = [draft.role, ...roles].filter((r) => r !== undefined).join(', ');
        draft.role = role === '' ? undefined : role;
        drafts.push(draft);
        return;
      }
    }
  }
  const group: Draft[] = [];
  for (const chunk of entryChunks(text, line)) {
    const draft = chunk.rest ? undefined : readChunk(text, chunk, status);
    const previous = group[group.length - 1];
    if (draft) {
      group.push(draft);
      shareRole(draft, group);
    } else if (previous) {
      addToPrevious(text, chunk, previous, group);
    } else if (
      !/^(?:\d+\s+\p{Ll}.*|[/–—-]|ni(?:\s+\p{Ll}+)?|nihče|nobeden|brez)$/iu.test(text.slice(chunk.start, chunk.end))
    ) {
      notes.push({
        span: chunk,
        message: `Attendance entry without a recognisable name: "${text.slice(chunk.start, chunk.end)}"`,
      });
    }
  }
  drafts.push(...group);
}

/** The organisation in a role: the whole role when it is an office ("Kabinet župana"), else its capitalised tail. */
function organisationOf(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  const firstWord = role.split(/\s+/u)[0] ?? '';
  if (/^\p{Lu}/u.test(firstWord) && !isRoleWord(firstWord)) return role;
  const tail = /(?<=\s)\p{Lu}[\s\S]*$/u.exec(role);
  return tail ? tail[0].trim() : undefined;
}

/** The finished entry of a draft, its role and organisation decided. */
function entry(
  d: Draft,
  group: AttendeeGroup,
  organisation: string | undefined,
  roleIsOrganisation: boolean,
): AttendanceEntry {
  return {
    name: d.name,
    nameSpan: d.nameSpan,
    span: d.span,
    titles: d.titles,
    status: d.status,
    group,
    ...(d.role !== undefined && !roleIsOrganisation ? { roleOriginal: d.role } : {}),
    ...(organisation !== undefined ? { organisation } : {}),
    ...(d.arrivedAt !== undefined ? { arrivedAt: d.arrivedAt } : {}),
    ...(d.leftAt !== undefined ? { leftAt: d.leftAt } : {}),
    ...(d.note !== undefined ? { note: d.note } : {}),
  };
}

/**
 * The attendance entries of one labelled list: names with titles removed,
 * roles as written (shared plural roles applied to every name before them),
 * organisations, groups, and late arrival or early departure times.
 */
export function attendanceEntries(
  text: string,
  list: AttendanceList,
): { entries: AttendanceEntry[]; notes: ParseNote[] } {
  const drafts: Draft[] = [];
  const notes: ParseNote[] = [];
  for (const line of list.lines) readLine(text, line, list.label.status, drafts, notes);
  for (const d of drafts) {
    // "Tadej Kos (opravičil odsotnost)", "Marjan Kunej, član (opravičeno)": the remark is the status, not a role.
    if (d.role === undefined) continue;
    const place = /\s*\(([^()]*)\)/u.exec(d.role);
    if (place?.[1] !== undefined && PLACE_NOTE.test(place[1].trim())) {
      d.note ??= place[1].trim();
      const rest = d.role.replace(place[0], '').replace(JOINERS, '').trim();
      d.role = rest === '' ? undefined : rest;
      if (d.role === undefined) continue;
    }
    const whole = STATUS_REMARK.exec(d.role);
    const bracketed = whole ? undefined : /\(([^()]*)\)/u.exec(d.role);
    // An absent person's stated reason ("(službena pot)", "(bolezen)") is an excuse given for the absence.
    const reason =
      d.status !== 'PRESENT' && bracketed?.[1] !== undefined && ABSENCE_REASON.test(bracketed[1].trim())
        ? bracketed[1]
        : undefined;
    const remark =
      whole?.[0] ??
      (bracketed?.[1] !== undefined && STATUS_REMARK.test(bracketed[1].trim()) ? bracketed[1] : undefined) ??
      reason;
    if (remark === undefined) continue;
    d.status = /neopravič/iu.test(remark) ? 'ABSENT' : 'EXCUSED';
    const rest = whole
      ? ''
      : d.role
          .replace(bracketed?.[0] ?? '', ' ')
          .replace(/\s+/gu, ' ')
          .replace(JOINERS, '')
          .trim();
    d.role = rest === '' ? undefined : rest;
  }
  const entries = drafts.map((d): AttendanceEntry => {
    const group = attendanceGroup(list.label.group, d.role);
    // "Policijska postaja Šiška – vodja policijskega okoliša": the office first, the role after the dash.
    const officeThenRole = /^(\p{Lu}[^–—]*?)\s+[–—-]\s+(\p{Ll}[^–—]*)$/u.exec(d.role ?? '');
    if (
      group !== 'MEMBER' &&
      officeThenRole?.[1] &&
      officeThenRole[2] &&
      !isRoleWord(officeThenRole[1].split(/\s+/u)[0] ?? '')
    ) {
      d.role = officeThenRole[2].trim();
      return entry(d, group, officeThenRole[1].trim(), false);
    }
    const organisation = group === 'MEMBER' ? undefined : organisationOf(d.role);
    const roleIsOrganisation = organisation !== undefined && organisation === d.role;
    return entry(d, group, organisation, roleIsOrganisation);
  });
  return { entries, notes };
}
