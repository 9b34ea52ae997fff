import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { dropRunningLines } from './dropRunningLines.js';
import { ImportError } from './ImportError.js';
import { packageVersion } from './packageVersion.js';
import { pdfPageLines, type PdfLine, type PdfTextItem } from './pdfPageLines.js';

/** Marks where a page starts in the raw text: a Unicode noncharacter, never in real text. */
export const PAGE_MARK = '\uFDD0';

function pageText(lines: readonly PdfLine[]): string {
  // A paragraph gap is a baseline distance clearly above the page's usual line spacing.
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? line.y) - line.y);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  return lines
    .map((line, i) => {
      const gap = gaps[i - 1];
      const paragraph = gap !== undefined && usual > 0 && gap > usual * 1.3 && gap > line.fontSize * 1.4;
      return (paragraph ? '\n' : '') + line.text;
    })
    .join('\n');
}

/**
 * The raw text of a PDF read with unpdf's pdf.js from item positions: one line per visual line,
 * a blank line at paragraph gaps, running headers/footers and page numbers dropped, each page
 * starting with PAGE_MARK. Throws ImportError ENCRYPTED, CORRUPT or NO_TEXT_LAYER.
 */
export async function extractPdf(
  bytes: Uint8Array,
): Promise<{ raw: string; extractedWith: string; warnings: string[] }> {
  let pdf;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new ImportError(
        'ENCRYPTED',
        'The PDF is password-protected. Ask the municipality for an unprotected copy, or open it with the password ' +
          'and print it to a new PDF, then import that.',
        { cause: error },
      );
    }
    throw new ImportError(
      'CORRUPT',
      `The PDF is damaged and cannot be read (${(error as Error).message}). Ask for the minutes again or re-export the PDF.`,
      { cause: error },
    );
  }
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pdfPageLines(content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item)));
      page.cleanup();
    }
    const letters = pages.flat().reduce((sum, line) => sum + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < 10 * pages.length) {
      throw new ImportError(
        'NO_TEXT_LAYER',
        `The PDF has no text layer (${pages.length} page(s), ${letters} letters): it is a scan. Run OCR first ` +
          '(e.g. tesseract with the Slovenian language "slv", or "Recognise text" in Acrobat) and import the result.',
      );
    }
    const { pages: kept, dropped } = dropRunningLines(pages);
    const raw = kept.map((lines) => PAGE_MARK + pageText(lines).replaceAll(PAGE_MARK, '')).join('\n');
    const pdfjs = await getResolvedPDFJS();
    const warnings = dropped > 0 ? [`dropped ${dropped} running header/footer or page-number line(s)`] : [];
    return { raw, extractedWith: `unpdf@${packageVersion('unpdf')} (pdf.js ${pdfjs.version})`, warnings };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A damaged cross-reference table or page often shows only when pdf.js reads the page ("Bad XRef entry").
    throw new ImportError(
      'CORRUPT',
      `The PDF is damaged and cannot be read (${(error as Error).message}). Ask for the minutes again or re-export the PDF.`,
      { cause: error },
    );
  } finally {
    await pdf.destroy();
  }
}
