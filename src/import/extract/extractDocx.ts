import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { htmlToLines } from './htmlToLines.js';
import { ImportError } from './ImportError.js';
import { numberWordLists } from './numberWordLists.js';
import { packageVersion } from './packageVersion.js';

/**
 * The raw text of a DOCX (already checked by checkDocxArchive): mammoth's HTML with Word's
 * list numbers written in, walked into lines (one per paragraph, empty paragraphs kept as
 * blank lines, one per table row). Headers, footers and images are not part of the text.
 */
export async function extractDocx(
  bytes: Uint8Array,
): Promise<{ raw: string; extractedWith: string; warnings: string[] }> {
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        ignoreEmptyParagraphs: false,
        transformDocument: numberWordLists(),
        // Images are not text: never read them (they are the bulk of a large DOCX).
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    throw new ImportError(
      'CORRUPT',
      `The DOCX file could not be read (${(error as Error).message}). Open it in Word and save a new copy, or export it as PDF.`,
      { cause: error },
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  const lines = htmlToLines(document.body, { collapseWhitespace: false });
  const warnings = [...new Set(result.messages.filter((m) => m.type === 'error').map((m) => `mammoth: ${m.message}`))];
  return { raw: lines.join('\n'), extractedWith: `mammoth@${packageVersion('mammoth')}`, warnings };
}
