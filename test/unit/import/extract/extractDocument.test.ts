import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../src/import/clean/cleanText.js';
import { extractDocument } from '../../../../src/import/extract/extractDocument.js';
import type { ImportErrorCode } from '../../../../src/import/extract/ImportError.js';
import { encodeWindows1250 } from '../../../helpers/documentFixtures/encodeWindows1250.js';
import { makeDocx, type DocxBlock } from '../../../helpers/documentFixtures/makeDocx.js';
import { makeEncryptedPdf } from '../../../helpers/documentFixtures/makeEncryptedPdf.js';
import { makeHtml } from '../../../helpers/documentFixtures/makeHtml.js';
import { makePdf } from '../../../helpers/documentFixtures/makePdf.js';
import { makeScannedPdf } from '../../../helpers/documentFixtures/makeScannedPdf.js';

const SEED = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);
const SEED_LINES = SEED.split('\n');
const SEED_WORDS = cleanText(SEED).text.split(/\s+/u).filter(Boolean);
const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const AGENDA = [
  'Potrditev zapisnika 1. seje.',
  'Pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).',
  'Razno.',
];

/** The seed as document blocks, its agenda as a real auto-numbered list (the numbers are not typed). */
function seedBlocks(): DocxBlock[] {
  const start = SEED_LINES.findIndex((line) => line.includes('DNEVNI RED:')) + 1;
  return [
    ...SEED_LINES.slice(0, start),
    { numbered: SEED_LINES.slice(start, start + 3).map((line) => line.replace(/^\d+\. /u, '')) },
    ...SEED_LINES.slice(start + 3),
  ];
}

async function errorCode(promise: Promise<unknown>): Promise<ImportErrorCode | string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    expect((error as Error).name).toBe('ImportError');
    expect((error as Error).message.length).toBeGreaterThan(40);
    return (error as { code: ImportErrorCode }).code;
  }
}

/** A copy of a zip with one entry's declared uncompressed size in the central directory replaced. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  const target = new TextEncoder().encode(name);
  for (let at = 0; at < copy.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== target.length) continue;
    if (target.every((byte, i) => copy[at + 46 + i] === byte)) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no ${name} in zip`);
}

describe('extractDocument on the seed in every format', () => {
  it('reads the seed as UTF-8 text with the bookmark marker gone', async () => {
    const result = await extractDocument(new TextEncoder().encode(SEED), 'zapisnik.txt');
    expect(result).toMatchObject({ format: 'txt', encoding: 'utf-8', fileName: 'zapisnik.txt' });
    expect(words(result.text)).toEqual(SEED_WORDS);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('reads the seed from a DOCX with the Word-numbered agenda written out as 1. 2. 3.', async () => {
    const result = await extractDocument(await makeDocx(seedBlocks()), 'zapisnik.docx');
    expect(result.format).toBe('docx');
    expect(result.extractedWith).toMatch(/^mammoth@\d+\.\d+\.\d+$/u);
    expect(words(result.text)).toEqual(SEED_WORDS);
    expect(result.text).toContain(AGENDA.map((item, i) => `${i + 1}. ${item}`).join('\n'));
  });

  it('reads the seed from a PDF, one line per visual line, with the agenda numbers', async () => {
    const result = await extractDocument(await makePdf(SEED_LINES), 'zapisnik.pdf');
    expect(result.format).toBe('pdf');
    expect(result.extractedWith).toMatch(/^unpdf@1\.7\.0 \(pdf\.js \d+\.\d+\.\d+\)$/u);
    expect(words(result.text)).toEqual(SEED_WORDS);
    expect(result.text).toContain('\n1. Potrditev zapisnika 1. seje.\n2. Pobratenje');
    expect(result.pages?.[0]).toEqual({ page: 1, start: 0 });
  });

  it('drops the running header and "Stran N od M" footer of a 3-page PDF and records page starts', async () => {
    const header = 'Mestna občina Kranj – Zapisnik 2. seje KMMS';
    const pdf = await makePdf(SEED_LINES, { pages: 3, header, footer: true });
    const result = await extractDocument(pdf, 'zapisnik.pdf');
    expect(result.text).not.toContain('Stran');
    expect(result.text).not.toContain('KMMS');
    expect(words(result.text)).toEqual(SEED_WORDS);
    expect(result.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    const starts = result.pages?.map((p) => p.start) ?? [];
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeGreaterThan(0);
    expect(starts[2]).toBeGreaterThan(starts[1] ?? 0);
    // Each page start lies at the start of a line.
    for (const start of starts.slice(1)) expect(result.text[start - 1]).toBe('\n');
  });

  it('reads the seed from an HTML page, leaving out navigation, sidebar, scripts and footer', async () => {
    const result = await extractDocument(makeHtml(seedBlocks(), { page: true }), 'zapisnik.html');
    expect(result.format).toBe('html');
    expect(words(result.text)).toEqual(SEED_WORDS);
    expect(result.text).toContain('1. Potrditev zapisnika 1. seje.\n2. Pobratenje');
    expect(result.text).not.toMatch(/Zapisniki|Novice|pravice|dataLayer/u);
  });
});

describe('extractDocument layout conventions', () => {
  it('keeps a DOCX attendance table as one tab-separated line per row and empty paragraphs as blank lines', async () => {
    const docx = await makeDocx([
      'PRISOTNI:',
      {
        table: [
          ['Boštjan Trilar', 'predsednik komisije', 'prisoten'],
          ['mag. Jure Kristan', 'član', 'opravičeno odsoten'],
        ],
      },
      '',
      'Seja se je začela ob 17. uri.',
    ]);
    const { text } = await extractDocument(docx, 'seja.docx');
    expect(text).toBe(
      'PRISOTNI:\nBoštjan Trilar\tpredsednik komisije\tprisoten\nmag. Jure Kristan\tčlan\topravičeno odsoten\n\nSeja se je začela ob 17. uri.',
    );
  });

  it('continues Word numbering across paragraphs that interrupt the list', async () => {
    const docx = await makeDocx([
      { numbered: ['Potrditev dnevnega reda'] },
      'Dnevni red je bil sprejet.',
      { numbered: ['Razno'] },
    ]);
    const { text } = await extractDocument(docx, 'seja.docx');
    expect(text).toBe('1. Potrditev dnevnega reda\nDnevni red je bil sprejet.\n2. Razno');
  });

  it('renders HTML tables as rows, decodes entities and keeps heading case', async () => {
    const html = new TextEncoder().encode(
      '<html><body><main><h2>Zapisnik 3. redne seje Sveta KS Primskovo</h2><p>Prisotni&nbsp;člani: &#268;rtomir &amp; Ana</p>' +
        '<table><tr><th>Ime</th><th>Glasovanje</th></tr><tr><td>Ana Novak</td><td>ZA</td></tr></table>' +
        '<ol start="4"><li>Razno</li></ol></main></body></html>',
    );
    const { text } = await extractDocument(html, 'seja.htm');
    expect(text).toBe(
      'Zapisnik 3. redne seje Sveta KS Primskovo\nPrisotni člani: Črtomir & Ana\nIme\tGlasovanje\nAna Novak\tZA\n4. Razno',
    );
  });

  it('decodes Windows-1250 text and says so', async () => {
    const text = 'Župan je pozdravil člane Občinskega sveta.\nŠtevilo prisotnih: 12.\n';
    const result = await extractDocument(encodeWindows1250(text), 'zapisnik.txt');
    expect(result).toMatchObject({ text, encoding: 'windows-1250' });
  });

  it('decodes ISO-8859-2 text when its š and ž bytes say so', async () => {
    const bytes = Uint8Array.from(
      [...'Sklep '].map((c) => c.charCodeAt(0)).concat([0xb9, 0x74, 0x2e, 0x20, 0xae, 0x75, 0x70, 0x61, 0x6e]),
    );
    const result = await extractDocument(bytes, 'sklep.txt');
    expect(result).toMatchObject({ text: 'Sklep št. Župan', encoding: 'iso-8859-2' });
  });

  it('decodes UTF-16 text as Windows Notepad saves it, and strips a UTF-8 BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Seja občinskega sveta', 'utf16le')]);
    expect((await extractDocument(new Uint8Array(utf16), 'a.txt')).text).toBe('Seja občinskega sveta');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zapisnik seje', 'utf8')]);
    expect((await extractDocument(new Uint8Array(bom), 'b.txt')).text).toBe('Zapisnik seje');
  });

  it('reads a Windows-1250 HTML page by its declared charset', async () => {
    const result = await extractDocument(
      makeHtml(['Župan Matjaž Rakovec je odprl sejo.'], { charset: 'windows-1250' }),
      'z.html',
    );
    expect(result).toMatchObject({ text: 'Župan Matjaž Rakovec je odprl sejo.', encoding: 'windows-1250' });
  });
});

describe('extractDocument refuses bad input with a clear ImportError', () => {
  it('refuses an empty file', async () => {
    expect(await errorCode(extractDocument(new Uint8Array(), 'zapisnik.docx'))).toBe('EMPTY');
  });

  it('refuses a text file with no letters', async () => {
    expect(await errorCode(extractDocument(new TextEncoder().encode(' \n\t\n '), 'zapisnik.txt'))).toBe('EMPTY');
  });

  it('refuses binary garbage', async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(await errorCode(extractDocument(garbage, 'zapisnik.txt'))).toBe('BINARY');
  });

  it('refuses text that is mostly control characters', async () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)));
    expect(await errorCode(extractDocument(bytes, 'zapisnik.txt'))).toBe('CONTROL_CHARACTERS');
  });

  it('refuses a scanned PDF without a text layer, pointing to OCR', async () => {
    const error = extractDocument(await makeScannedPdf(2), 'sken.pdf');
    await expect(error).rejects.toThrow(/OCR/u);
    expect(await errorCode(extractDocument(await makeScannedPdf(2), 'sken.pdf'))).toBe('NO_TEXT_LAYER');
  });

  it('refuses a password-protected PDF', async () => {
    expect(await errorCode(extractDocument(makeEncryptedPdf('ZAPISNIK 2. seje'), 'zaklenjen.pdf'))).toBe('ENCRYPTED');
  });

  it('refuses a file over the size limit', async () => {
    const big = new TextEncoder().encode('Zapisnik seje. '.repeat(1000));
    expect(await errorCode(extractDocument(big, 'zapisnik.txt', { maxBytes: 10_000 }))).toBe('TOO_LARGE');
  });

  it('refuses a DOCX whose zip directory declares an enormous part', async () => {
    const docx = withDeclaredSize(await makeDocx(['Zapisnik']), 'word/document.xml', 0x7fffffff);
    expect(await errorCode(extractDocument(docx, 'bomba.docx'))).toBe('ZIP_BOMB');
  });

  it('refuses a DOCX whose part inflates to more than its header declares', async () => {
    const docx = withDeclaredSize(await makeDocx(['Zapisnik '.repeat(2000)]), 'word/document.xml', 100);
    expect(await errorCode(extractDocument(docx, 'bomba.docx'))).toBe('ZIP_BOMB');
  });

  it('refuses a truncated DOCX and a damaged PDF as corrupt', async () => {
    const docx = await makeDocx(['Zapisnik seje']);
    expect(await errorCode(extractDocument(docx.subarray(0, docx.length / 2), 'pol.docx'))).toBe('CORRUPT');
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or pages');
    expect(await errorCode(extractDocument(pdf, 'pokvarjen.pdf'))).toBe('CORRUPT');
  });

  it('refuses a PDF name on DOCX content, and old .doc files', async () => {
    expect(await errorCode(extractDocument(await makeDocx(['Zapisnik']), 'zapisnik.pdf'))).toBe('FORMAT_MISMATCH');
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await errorCode(extractDocument(ole, 'zapisnik.doc'))).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a zip that is not a Word document', async () => {
    const docx = await makeDocx(['Zapisnik']);
    const renamed = new Uint8Array(docx);
    // Rename word/document.xml in both headers so the zip stays valid but is no longer a DOCX.
    const name = new TextEncoder().encode('word/document.xml');
    for (let at = 0; at < renamed.length - name.length; at++) {
      if (name.every((byte, i) => renamed[at + i] === byte)) renamed[at] = 'x'.charCodeAt(0);
    }
    expect(await errorCode(extractDocument(renamed, 'zapisnik.docx'))).toBe('UNSUPPORTED_FORMAT');
  });
});
