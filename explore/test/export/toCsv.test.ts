import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from '../../src/export/toCsv';

const columns = [
  { key: 'name', header: 'Ime' },
  { key: 'degree', header: 'Povezave' },
];

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv([{ name: 'Katja Štruc', degree: 3 }], columns);
    expect(csv).toBe(`${CSV_BOM}Ime,Povezave\r\nKatja Štruc,3\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with commas, quotes and line breaks, and they read back', () => {
    const rows = [
      { name: 'Kranj, Slovenija', degree: 1 },
      { name: 'rekla je "da"', degree: 2 },
      { name: 'prva vrstica\nin druga\r\ntretja', degree: 3 },
    ];
    const csv = toCsv(rows, columns);
    expect(csv).toContain('"Kranj, Slovenija",1\r\n');
    expect(csv).toContain('"rekla je ""da""",2\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Ime', 'Povezave'],
      ['Kranj, Slovenija', '1'],
      ['rekla je "da"', '2'],
      ['prva vrstica\nin druga\r\ntretja', '3'],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    const rows = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', 'a=b'].map((name) => ({
      name,
      degree: -1,
    }));
    const fields = parseCsv(toCsv(rows, columns).slice(1)).slice(1);
    expect(fields.map((f) => f[0])).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-2+3", "'@SUM(A1)", "'\t=1", 'a=b']);
    expect(fields.map((f) => f[1])).toEqual(['-1', '-1', '-1', '-1', '-1', '-1']);
  });

  it('writes missing values empty, lists with "; ", objects as JSON, and only the given columns in order', () => {
    const csv = toCsv(
      [{ name: ['MOK', 'Kranj'], degree: null, extra: 'no' }, { name: { a: 1 } }, { degree: true }],
      [columns[1]!, columns[0]!],
    );
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Povezave', 'Ime'],
      ['', 'MOK; Kranj'],
      ['', '{"a":1}'],
      ['true', ''],
    ]);
    expect(toCsv([], columns)).toBe(`${CSV_BOM}Ime,Povezave\r\n`);
  });
});
