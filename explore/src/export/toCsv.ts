/** A column of a CSV file: which key of a row, under which header. */
export interface CsvColumn {
  key: string;
  header: string;
}

/** Byte order mark: without it Excel reads UTF-8 as the local code page and č, š, ž turn into mojibake. */
export const CSV_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (CSV injection): text starting
 * with = + - @, or with a tab or carriage return (which Excel skips before one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One value as cell text: numbers and booleans as written, arrays joined with "; ", objects as JSON, null empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return guardFormula(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value))
    return guardFormula(value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; '));
  return guardFormula(JSON.stringify(value));
}

/** Text a spreadsheet would take for a formula gets a leading apostrophe, which makes it text. */
function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field as RFC 4180 wants it: quoted (quotes doubled) when it holds a quote, comma or line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180): a header line, one line per row, CRLF line ends,
 * fields quoted when needed, a UTF-8 byte order mark first so Excel opens
 * č/š/ž correctly, and cells that a spreadsheet would evaluate (starting with
 * = + - @) prefixed with an apostrophe. Numbers stay numbers (-3 is not guarded).
 */
export function toCsv(rows: Record<string, unknown>[], columns: { key: string; header: string }[]): string {
  const lines = [columns.map((c) => field(guardFormula(c.header))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(cellText(row[c.key]))).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
