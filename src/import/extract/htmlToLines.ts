/** How a DOM is turned into lines of text. */
export interface HtmlToLinesOptions {
  /**
   * HTML source whitespace (indentation, line breaks in the markup) is not content: collapse
   * it. mammoth's HTML from a DOCX carries Word's literal spaces and tabs: keep them.
   */
  readonly collapseWhitespace: boolean;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'HEAD',
]);

function listLabel(index: number, type: string | null): string {
  switch (type) {
    case 'a':
    case 'A': {
      const letter = String.fromCharCode(96 + (((index - 1) % 26) + 1));
      return `${type === 'A' ? letter.toUpperCase() : letter}) `;
    }
    case 'i':
    case 'I': {
      const numerals: [number, string][] = [
        [10, 'x'],
        [9, 'ix'],
        [5, 'v'],
        [4, 'iv'],
        [1, 'i'],
      ];
      let rest = index;
      let roman = '';
      for (const [value, numeral] of numerals) {
        while (rest >= value) {
          roman += numeral;
          rest -= value;
        }
      }
      return `${type === 'I' ? roman.toUpperCase() : roman}. `;
    }
    default:
      return `${index}. `;
  }
}

/**
 * Source white space as one space, except a run within a line that holds a tab or three spaces or
 * more: the author spaced columns apart with it ("Zapisala:        Županja"), so it stays a gap (a
 * tab). A run with a line break is markup layout.
 */
function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, (run) => (/[\n\r\f]/u.test(run) || !/\t| {3}/u.test(run) ? ' ' : '\t'));
}

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  private prefix = '';
  /** How many pieces of text were written so far: tells an empty paragraph from a full one. */
  written = 0;

  constructor(private readonly collapse: boolean) {}

  write(text: string): void {
    let value = this.collapse ? collapseWhitespace(text) : text;
    if (this.collapse && (this.current === '' || /[ \t]$/u.test(this.current))) value = value.replace(/^[ \t]/u, '');
    if (value === '') return;
    if (this.prefix) {
      this.current += this.prefix;
      this.prefix = '';
    }
    this.current += value;
    this.written++;
  }

  /** A label ("1. ") for the next text written, so a list item's number lands on its first line. */
  label(prefix: string): void {
    this.prefix = prefix;
  }

  /** Ends the current line if it has anything; `force` ends it even when empty (a <br> or an empty paragraph). */
  end(force = false): void {
    const line = this.collapse ? this.current.replace(/[ \t]+$/u, '') : this.current;
    if (line !== '' || force) this.lines.push(line);
    this.current = '';
  }
}

function cellText(cell: Element, collapse: boolean): string {
  const writer = new LineWriter(collapse);
  walk(cell, writer, collapse);
  writer.end();
  return writer.lines
    .map((line) => line.replace(/\t/gu, ' ').trim())
    .filter((line) => line !== '')
    .join(' ');
}

function walk(node: Node, writer: LineWriter, collapse: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) visit(child, writer, collapse);
}

function visit(child: Node, writer: LineWriter, collapse: boolean): void {
  {
    if (child.nodeType === 3) {
      writer.write(child.nodeValue ?? '');
      return;
    }
    if (child.nodeType !== 1) return;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      writer.end(true);
    } else if (tag === 'TABLE') {
      writer.end();
      // One line per row, cells separated by a tab (as Word's own text export does).
      for (const row of Array.from(element.querySelectorAll('tr'))) {
        if (row.closest('table') !== element) continue;
        const cells = Array.from(row.children).filter((cell) => /^T[DH]$/iu.test(cell.tagName));
        const line = cells.map((cell) => cellText(cell, collapse)).join('\t');
        if (line.trim() !== '') writer.lines.push(line);
      }
    } else if (tag === 'OL' || tag === 'UL') {
      writer.end();
      let index = Number(element.getAttribute('start') ?? '1');
      if (!Number.isFinite(index)) index = 1;
      for (let item = element.firstChild; item; item = item.nextSibling) {
        if (item.nodeType === 1 && (item as Element).tagName.toUpperCase() === 'LI') {
          const value = Number((item as Element).getAttribute('value') ?? Number.NaN);
          if (Number.isFinite(value)) index = value;
          writer.end();
          writer.label(tag === 'OL' ? listLabel(index++, element.getAttribute('type')) : '- ');
          walk(item, writer, collapse);
          writer.end();
        } else {
          visit(item, writer, collapse);
        }
      }
    } else if (BLOCKS.has(tag)) {
      writer.end();
      const before = writer.written;
      walk(element, writer, collapse);
      const hadText = writer.written > before;
      // An empty paragraph is a blank line the author typed (DOCX keeps them for spacing).
      writer.end(tag === 'P' && !hadText && !collapse);
    } else {
      walk(element, writer, collapse);
    }
  }
}

/**
 * The text of a DOM subtree as lines: one line per block element (paragraph, heading, list
 * item, div), one line per table row with cells joined by a tab, <br> as a line break, list
 * items numbered as the browser would show them ("1. ", "a) ", "- " for bullets). Headings
 * keep their case; script, style and similar non-content elements are skipped.
 */
export function htmlToLines(root: Node, options: HtmlToLinesOptions): string[] {
  const writer = new LineWriter(options.collapseWhitespace);
  walk(root, writer, options.collapseWhitespace);
  writer.end();
  return writer.lines;
}
