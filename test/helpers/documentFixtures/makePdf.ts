import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, type PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);
// DejaVu Sans from the dejavu-fonts-ttf devDependency: a TrueType font with č š ž Č Š Ž.
const FONT = readFileSync(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf'));

export interface MakePdfOptions {
  /** Spread the text over exactly this many pages (as long as it fits). */
  readonly pages?: number;
  /** A running header printed at the top of every page. */
  readonly header?: string;
  /** A "Stran N od M" footer at the bottom of every page. */
  readonly footer?: boolean;
}

const PAGE = { width: 595, height: 842, margin: 56 };
const SIZE = 11;
const LEADING = 14;

function wrap(line: string, font: PDFFont, width: number): string[] {
  if (line === '') return [''];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<= )/u)) {
    if (current !== '' && font.widthOfTextAtSize((current + word).trimEnd(), SIZE) > width) {
      out.push(current.trimEnd());
      current = '';
    }
    current += word;
  }
  out.push(current.trimEnd());
  return out;
}

/**
 * A text PDF made with pdf-lib and DejaVu Sans, as a word processor would export it: each
 * input line word-wrapped to the page width, an empty string as a paragraph gap, tabs as wide
 * gaps, optionally a running header and a "Stran N od M" footer on every page.
 */
export async function makePdf(lines: readonly string[], options: MakePdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(FONT, { subset: true });
  const width = PAGE.width - 2 * PAGE.margin;
  const visual = lines.flatMap((line) => wrap(line.replaceAll('\t', '    '), font, width));
  const fits = Math.floor((PAGE.height - 2 * PAGE.margin - 30) / LEADING);
  const perPage = Math.min(fits, options.pages ? Math.ceil(visual.length / options.pages) : fits);
  const chunks: string[][] = [];
  for (let i = 0; i < visual.length; i += perPage) chunks.push(visual.slice(i, i + perPage));
  chunks.forEach((chunk, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    if (options.header) page.drawText(options.header, { x: PAGE.margin, y: PAGE.height - 36, size: 9, font });
    if (options.footer) {
      page.drawText(`Stran ${index + 1} od ${chunks.length}`, { x: PAGE.width / 2 - 30, y: 30, size: 9, font });
    }
    let y = PAGE.height - PAGE.margin - 20;
    for (const line of chunk) {
      if (line !== '') page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      y -= LEADING;
    }
  });
  return pdf.save();
}
