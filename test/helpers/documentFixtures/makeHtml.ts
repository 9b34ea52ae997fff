import { encodeWindows1250 } from './encodeWindows1250.js';
import type { DocxBlock } from './makeDocx.js';

export interface MakeHtmlOptions {
  /** Wrap the document in a CMS-like page with navigation, a sidebar, scripts and a footer. */
  readonly page?: boolean;
  /** Encode in Windows-1250 with a matching <meta charset>, as older municipal sites do. */
  readonly charset?: 'utf-8' | 'windows-1250';
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function block(item: DocxBlock): string {
  if (typeof item === 'string') return item === '' ? '<p>&nbsp;</p>' : `<p>${escape(item)}</p>`;
  if ('numbered' in item) return `<ol>\n${item.numbered.map((li) => `  <li>${escape(li)}</li>`).join('\n')}\n</ol>`;
  const rows = item.table.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`);
  return `<table>\n${rows.join('\n')}\n</table>`;
}

/** An HTML page of the blocks (the same shapes makeDocx takes): <p>, <ol> for numbered items, <table>. */
export function makeHtml(blocks: readonly DocxBlock[], options: MakeHtmlOptions = {}): Uint8Array {
  const charset = options.charset ?? 'utf-8';
  const body = blocks.map(block).join('\n');
  const html = options.page
    ? `<!DOCTYPE html><html lang="sl"><head><meta charset="${charset}"><title>Zapisnik</title>
<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script></head>
<body><header><a href="/">Občina</a></header>
<nav><ul><li><a href="/seje">Seje</a></li><li><a href="/zapisniki">Zapisniki</a></li></ul></nav>
<div id="vsebina"><article>
${body}
</article></div>
<aside><h3>Novice</h3><p>Razpis za sofinanciranje društev</p></aside>
<footer>© Občina, vse pravice pridržane</footer></body></html>`
    : `<!DOCTYPE html><html><head><meta charset="${charset}"></head><body>\n${body}\n</body></html>`;
  if (charset === 'utf-8') return new TextEncoder().encode(html);
  return encodeWindows1250(html);
}
