import { makeDocx } from '../documentFixtures/makeDocx.js';
import { makeHtml } from '../documentFixtures/makeHtml.js';
import { makePdf } from '../documentFixtures/makePdf.js';
import { minutesBlocks } from './minutesBlocks.js';

export const MINUTES_FORMATS = ['txt', 'docx', 'pdf', 'html'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

/**
 * Minutes text as a file of the given format, the way the fixture tests and
 * the accuracy bench render it: DOCX with the agenda as a real numbered list,
 * HTML as a municipal web page, longer minutes as a PDF over pages with a
 * running header and page numbers.
 */
export async function renderMinutes(
  text: string,
  name: string,
  format: MinutesFormat,
  htmlCharset: 'utf-8' | 'windows-1250' = 'utf-8',
): Promise<Uint8Array> {
  if (format === 'txt') return new TextEncoder().encode(text);
  const blocks = minutesBlocks(text);
  if (format === 'docx') return makeDocx(blocks);
  if (format === 'html') return makeHtml(blocks, { page: true, charset: htmlCharset });
  const pages = Math.ceil(text.length / 2500);
  return makePdf(
    text.replace(/\r\n?/g, '\n').split('\n'),
    pages > 1 ? { pages, header: `Zapisnik – ${name}`, footer: true } : {},
  );
}
