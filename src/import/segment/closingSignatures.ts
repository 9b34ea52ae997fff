import type { PersonReference } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { closingColumns } from './closingColumns.js';
import { personNameParts } from './personNameParts.js';
import { isRoleWord } from './personNameRoleWords.js';

export interface ClosingSignatures {
  readonly preparedBy?: PersonReference;
  readonly signedBy: PersonReference[];
  /** A signature under "Predsedujoči"/"Predsedujoča": who chaired. */
  readonly chair?: PersonReference;
}

interface Cell {
  readonly span: Span;
  readonly text: string;
}

const PREPARED =
  /^(?:zapisal\p{L}*|zapisnik\s+(?:je\s+)?(?:pripravil|sestavil|zapisal|vodil)\p{L}*|pripravil\p{L}*|sestavil\p{L}*|zapisnikar\p{L}*|zapisničar\p{L}*)\s*:?/iu;
// A bilingual label ("Zapisala / Verbalizzante:", "Župan / Il Sindaco:"): the Slovenian part, the translation skipped.
const BILINGUAL = /^(\p{L}+(?:\s+\p{L}+){0,3})\s*\/\s*\p{L}+(?:\s+\p{L}+){0,3}\s*:\s*/u;
const SIGNED = /,?\s*l\.\s?r\.?\s*$/iu;

/** The cells of one line: stretches separated by tabs or runs of two or more spaces; a leading gap is an empty cell. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(start, end);
  let pos = 0;
  for (const m of line.matchAll(/[ \t\u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,}/gu)) {
    cells.push(cellAt(text, start + pos, start + m.index));
    pos = m.index + m[0].length;
  }
  cells.push(cellAt(text, start + pos, end));
  while (cells.length > 1 && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

function cellAt(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { span: { start: s, end: e }, text: text.slice(s, e) };
}

function isRoleCell(cell: Cell | undefined): boolean {
  if (!cell || cell.text === '') return false;
  const bilingual = BILINGUAL.exec(cell.text);
  if (bilingual?.[0].length === cell.text.length) return isRoleWord(bilingual[1]?.split(/\s+/u)[0] ?? '');
  const first = cell.text.split(/\s+/u)[0] ?? '';
  return (
    isRoleWord(first.replace(/:$/u, '')) &&
    personNameParts(cell.text, { start: 0, end: cell.text.length }) === undefined
  );
}

/**
 * Who prepared and who signed the minutes, from the closing lines: "Zapisala:
 * Mojca Finc", "Pripravila:" with the name on the next line, "Boštjan Trilar,
 * l.r.", and signature blocks in one or two columns with a role line above or
 * below the name ("Predsednik", "ŽUPAN", "Predsednica komisije:"), also when
 * the columns lost their gap (see closingColumns, helped by `knownNames`, the
 * attendees' names).
 */
export function closingSignatures(text: string, from: number, knownNames: readonly string[] = []): ClosingSignatures {
  const rows: Cell[][] = [];
  let pos = from;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const cells = cellsOf(text, pos, end);
    if (cells.some((c) => c.text !== '')) rows.push(cells);
    pos = end + 1;
  }
  // Columns that lost their gap: first the rows that say so themselves, then rows beside a two-column row.
  const single = (row: Cell[] | undefined) => row?.length === 1 && row[0] !== undefined;
  const split = (r: number, beside: boolean) => {
    const cell = rows[r]?.[0];
    if (!single(rows[r]) || !cell) return;
    const spans = closingColumns(text, cell.span, knownNames, beside);
    if (spans) rows[r] = spans.map((s) => cellAt(text, s.start, s.end));
  };
  for (let r = 0; r < rows.length; r++) split(r, false);
  // A label alone ("Pripravila:") heads the first column of a block whose second column is the signature.
  const labelOnly = (row: Cell[] | undefined) =>
    single(row) && PREPARED.exec(row?.[0]?.text ?? '')?.[0].trim().length === row?.[0]?.text.trim().length;
  for (let round = 0; round < 3; round++) {
    const twoColumns = rows.map((row) => row.filter((c) => c.text !== '').length >= 2);
    for (let r = 0; r < rows.length; r++) {
      if (twoColumns[r - 1] || twoColumns[r + 1] || labelOnly(rows[r - 1])) split(r, true);
    }
  }
  let preparedBy: PersonReference | undefined;
  let chair: PersonReference | undefined;
  const signedBy: PersonReference[] = [];
  const pendingPrepared = new Map<number, Cell>();
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell.text === '') continue;
      const bilingual = BILINGUAL.exec(cell.text);
      const preparedLabel = PREPARED.exec(cell.text);
      const prepared =
        bilingual && PREPARED.test(bilingual[1] ?? '') ? bilingual : bilingual ? undefined : preparedLabel;
      if (bilingual && !prepared && bilingual[0].length === cell.text.length) continue;
      // The role of one line's signature: "Predsednica Sveta ČS Rožnik: Jasmina Kuhar".
      const labelRole = bilingual ?? /^(\p{L}+(?:\s+\p{L}+){0,4})\s*:\s*(?=\S)/u.exec(cell.text);
      let nameFrom = cell.span.start;
      if (prepared) {
        nameFrom = cell.span.start + prepared[0].length;
        if (nameFrom >= cell.span.end) {
          pendingPrepared.set(c, cell);
          continue;
        }
      } else if (labelRole && isRoleWord(labelRole[1]?.split(/\s+/u)[0] ?? '')) {
        nameFrom = cell.span.start + labelRole[0].length;
      }
      // A sentence that names someone ("Župan Janez Novak se je zahvalil …") is no signature.
      if (!prepared && /(?<!\p{L})(?:je|so|se|sta|bo|bi)(?!\p{L})/u.test(cell.text)) continue;
      const nameSpan = { start: nameFrom, end: cell.span.end };
      const parts = personNameParts(text, nameSpan);
      if (!parts) continue;
      const labelCell = prepared ? cell : pendingPrepared.get(c);
      if (labelCell && !preparedBy) {
        pendingPrepared.delete(c);
        const after = text
          .slice(parts.fullSpan.end, cell.span.end)
          .replace(/^[\s,–-]+/u, '')
          .trim();
        const below = rows[r + 1]?.[c];
        const roleOriginal =
          after !== '' && !SIGNED.test(after)
            ? after
            : below && !personNameParts(text, below.span) && below.text !== '' && !/:\s*$/u.test(below.text)
              ? below.text
              : undefined;
        preparedBy = {
          name: parts.name,
          nameSpan: parts.nameSpan,
          // Across a second column the passage would quote someone else's cell: then the name alone.
          span: /^[\s:]*$/u.test(text.slice(labelCell.span.end, parts.fullSpan.start))
            ? { start: labelCell.span.start, end: parts.nameSpan.end }
            : { start: parts.fullSpan.start, end: parts.nameSpan.end },
          ...(roleOriginal ? { roleOriginal } : {}),
        };
        continue;
      }
      const above = rows[r - 1]?.[c];
      const below = rows[r + 1]?.[c];
      const roleCell =
        labelRole && nameFrom > cell.span.start
          ? undefined
          : isRoleCell(above)
            ? above
            : isRoleCell(below)
              ? below
              : undefined;
      const roleOriginal =
        labelRole && nameFrom > cell.span.start
          ? labelRole[1]
          : roleCell && BILINGUAL.test(roleCell.text)
            ? BILINGUAL.exec(roleCell.text)?.[1]
            : roleCell?.text.replace(/:\s*$/u, '');
      const signed = SIGNED.test(cell.text);
      if (!signed && !roleOriginal && row.filter((x) => x.text !== '').length < 2) continue;
      const joined = (a: Span, b: Span): boolean => /^\s*$/u.test(text.slice(a.end, b.start));
      const start =
        roleCell === above && roleCell && joined(roleCell.span, cell.span) ? roleCell.span.start : cell.span.start;
      const end =
        roleCell === below && roleCell && !signed && joined(cell.span, roleCell.span)
          ? roleCell.span.end
          : cell.span.end;
      const reference: PersonReference = {
        name: parts.name,
        nameSpan: parts.nameSpan,
        span: { start, end },
        ...(roleOriginal ? { roleOriginal } : {}),
      };
      signedBy.push(reference);
      if (roleOriginal && /^predsedujoč/iu.test(roleOriginal)) chair ??= reference;
    }
  }
  return { ...(preparedBy ? { preparedBy } : {}), signedBy, ...(chair ? { chair } : {}) };
}
