import { createHash } from 'node:crypto';
import { cleanText, type CleaningCount } from '../clean/cleanText.js';
import { checkDocxArchive } from './checkDocxArchive.js';
import { decodeText } from './decodeText.js';
import { detectFormat, type DocumentFormat } from './detectFormat.js';
import { extractDocx } from './extractDocx.js';
import { extractHtml } from './extractHtml.js';
import { extractPdf, PAGE_MARK } from './extractPdf.js';
import { ImportError } from './ImportError.js';

/** A document's text as the importer stores it, with where it came from and what was done to it. */
export interface ExtractedDocument {
  /** Cleaned, NFC, `\n` line ends: the stored text that all offsets count into. */
  readonly text: string;
  readonly format: DocumentFormat;
  /** The extractor and its version: "mammoth@1.13.0", "unpdf@1.7.0 (pdf.js 5.6.205)". */
  readonly extractedWith: string;
  /** Hex SHA-256 of the original bytes. */
  readonly sha256: string;
  readonly fileName: string;
  /** For text and HTML: the character encoding the bytes were read in. */
  readonly encoding?: string;
  /** PDF: the UTF-16 offset in `text` where each page starts. */
  readonly pages?: { page: number; start: number }[];
  readonly cleaning: CleaningCount[];
  readonly warnings: string[];
}

export interface ExtractOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
  /** Largest total a DOCX may expand to (default 20 × maxBytes). */
  readonly maxUncompressedBytes?: number;
}

const MB = 1024 * 1024;

function pageStarts(marked: string): { text: string; pages: { page: number; start: number }[] } {
  const pages: { page: number; start: number }[] = [];
  let text = '';
  const parts = marked.split(PAGE_MARK);
  text = parts[0] ?? '';
  parts.slice(1).forEach((part, i) => {
    pages.push({ page: i + 1, start: text.length });
    text += part;
  });
  return { text, pages };
}

/**
 * Reads a minutes document (TXT, DOCX, PDF or HTML, told apart by content) and returns its
 * cleaned text with provenance (extractor version, sha256, encoding, PDF page starts) and the
 * cleaning counts. Throws ImportError for anything it will not import: EMPTY, TOO_LARGE,
 * UNSUPPORTED_FORMAT, FORMAT_MISMATCH, BINARY, CONTROL_CHARACTERS, CORRUPT, ZIP_BOMB,
 * ENCRYPTED, NO_TEXT_LAYER.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const maxBytes = options.maxBytes ?? 50 * MB;
  if (bytes.length === 0) {
    throw new ImportError('EMPTY', `The file "${fileName}" is empty (0 bytes). Check that the right file was chosen.`);
  }
  if (bytes.length > maxBytes) {
    throw new ImportError(
      'TOO_LARGE',
      `The file "${fileName}" is ${(bytes.length / MB).toFixed(1)} MB, over the ${(maxBytes / MB).toFixed(0)} MB limit. ` +
        'Minutes are rarely that large: remove embedded pictures or split the file, or raise the limit.',
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const detected = detectFormat(bytes, fileName);
  const warnings = [...detected.warnings];
  let raw: string;
  let extractedWith: string;
  let encoding: string | undefined;
  switch (detected.format) {
    case 'pdf': {
      const result = await extractPdf(bytes);
      ({ raw, extractedWith } = result);
      warnings.push(...result.warnings);
      break;
    }
    case 'docx': {
      checkDocxArchive(bytes, { maxUncompressedBytes: options.maxUncompressedBytes ?? 20 * maxBytes, maxRatio: 200 });
      const result = await extractDocx(bytes);
      ({ raw, extractedWith } = result);
      warnings.push(...result.warnings);
      break;
    }
    case 'html': {
      const result = extractHtml(bytes);
      ({ raw, extractedWith, encoding } = result);
      warnings.push(...result.warnings);
      break;
    }
    case 'txt': {
      ({ text: raw, encoding } = decodeText(bytes));
      extractedWith = `TextDecoder (Node ${process.version})`;
      break;
    }
  }
  const cleaned = cleanText(raw);
  const { text, pages } =
    detected.format === 'pdf' ? pageStarts(cleaned.text) : { text: cleaned.text, pages: undefined };
  if (!/\p{L}/u.test(text)) {
    throw new ImportError(
      'EMPTY',
      `No text was found in "${fileName}" (${detected.format.toUpperCase()}). Check that the right file was chosen and that it is not blank.`,
    );
  }
  if (encoding && encoding !== 'utf-8') warnings.push(`read as ${encoding} (not UTF-8)`);
  return {
    text,
    format: detected.format,
    extractedWith,
    sha256,
    fileName,
    ...(encoding ? { encoding } : {}),
    ...(pages ? { pages } : {}),
    cleaning: cleaned.cleaning,
    warnings,
  };
}
