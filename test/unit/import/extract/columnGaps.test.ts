import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/import/extract/extractDocument.js';
import { pdfPageLines, type PdfTextItem } from '../../../../src/import/extract/pdfPageLines.js';
import { makeHtml } from '../../../helpers/documentFixtures/makeHtml.js';
import { makePdf } from '../../../helpers/documentFixtures/makePdf.js';

/** A pdf.js text item at x on a baseline, 11 pt, `width` wide. */
const item = (str: string, x: number, width: number, y = 700): PdfTextItem => ({
  str,
  transform: [11, 0, 0, 11, x, y],
  width,
  height: 11,
});

describe('column gaps in PDF lines', () => {
  it('reads a white-space item wider than an em as a tab and a normal one as a space', () => {
    const lines = pdfPageLines([
      item('Zapisala:', 56, 50),
      item(' ', 106, 14),
      item('Županja', 120, 45),
      item('Ana', 56, 20, 686),
      item(' ', 76, 3.5, 686),
      item('Novak', 79.5, 30, 686),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Zapisala:\tŽupanja', 'Ana Novak']);
  });

  it('reads a wide gap with no item in it as a tab', () => {
    const lines = pdfPageLines([item('Mojca Finc', 56, 58), item('Boštjan Trilar, l.r.', 300, 95)]);
    expect(lines[0]?.text).toBe('Mojca Finc\tBoštjan Trilar, l.r.');
  });

  it('keeps the two columns of a signature block printed by a word processor', async () => {
    const pdf = await makePdf([
      'Seja je bila končana ob 18.15.',
      '',
      'Zapisala:\tPredsednica komisije',
      'Urška Vrhovnik\tdr. Andreja Kos, l.r.',
    ]);
    const { text } = await extractDocument(pdf, 'zapisnik.pdf');
    expect(text).toContain('Zapisala:\tPredsednica komisije\nUrška Vrhovnik\tdr. Andreja Kos, l.r.');
  });

  it('does not put tabs into ordinary wrapped prose', async () => {
    const sentence =
      'Komisija je obravnavala poročilo o obisku delegacije mesta Zalaegerszeg in se z njim seznanila brez pripomb. ';
    const { text } = await extractDocument(await makePdf([sentence.repeat(4)]), 'zapisnik.pdf');
    expect(text).not.toContain('\t');
  });
});

describe('column gaps in HTML text', () => {
  it('keeps a run of three spaces or a tab within a line as a tab', async () => {
    const html = makeHtml(['Zapisala:        Predsednica komisije', 'Urška Vrhovnik\tdr. Andreja Kos, l.r.']);
    const { text } = await extractDocument(html, 'zapisnik.html');
    expect(text).toContain('Zapisala:\tPredsednica komisije\nUrška Vrhovnik\tdr. Andreja Kos, l.r.');
  });

  it('collapses double spaces, markup indentation and table cell spacing as a browser does', async () => {
    const html = new TextEncoder().encode(
      '<html><body><p>Prisotni:  Ana  Novak,\n        Janez Kos</p><table><tr><td>Ana    Novak</td><td>članica</td></tr></table></body></html>',
    );
    const { text } = await extractDocument(html, 'zapisnik.html');
    expect(text).toContain('Prisotni: Ana Novak, Janez Kos');
    expect(text).toContain('Ana Novak\tčlanica');
  });
});
