import { parseHTML } from 'linkedom';
import { decodeText, type TextEncoding } from './decodeText.js';
import { htmlToLines } from './htmlToLines.js';
import { packageVersion } from './packageVersion.js';
import { pickMainContent } from './pickMainContent.js';

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1];
}

/**
 * The raw text of an HTML page: decoded by BOM, valid UTF-8, or its declared charset; parsed
 * with linkedom (entities decoded); the main content picked; blocks as lines, table rows as
 * lines with tab-separated cells, list items numbered, headings in their own case.
 */
export function extractHtml(bytes: Uint8Array): {
  raw: string;
  extractedWith: string;
  encoding: TextEncoding;
  warnings: string[];
} {
  const { text, encoding } = decodeText(bytes, declaredCharset(bytes));
  let { document } = parseHTML(text);
  // linkedom builds no root element for a page with no element at all (only a doctype, a comment or text), and
  // its document.body then throws: read such a page as the body it would be in a browser.
  if (!document.documentElement) ({ document } = parseHTML(`<html><body>${text}</body></html>`));
  const root = pickMainContent(document as unknown as Document);
  const lines = htmlToLines(root, { collapseWhitespace: true });
  const warnings = root.tagName === 'BODY' ? [] : [`main content taken from <${root.tagName.toLowerCase()}>`];
  return { raw: lines.join('\n'), extractedWith: `linkedom@${packageVersion('linkedom')}`, encoding, warnings };
}
