import { ImportError } from './ImportError.js';
import { inflateZipEntry, readZipEntries, type ZipEntry } from './readZipEntries.js';

/** Limits on what a DOCX may expand to before mammoth (via jszip) is allowed to inflate it. */
export interface ArchiveLimits {
  /** Largest total declared uncompressed size of all entries. */
  readonly maxUncompressedBytes: number;
  /** Largest compression ratio accepted for an entry over 10 MB (text XML compresses ~10–30×). */
  readonly maxRatio: number;
}

const OTHER_ZIP_FORMATS: readonly [string, string][] = [
  ['content.xml', 'an OpenDocument file (.odt): open it in LibreOffice or Word and save it as .docx or .pdf'],
  ['xl/workbook.xml', 'an Excel workbook (.xlsx), not minutes: export the minutes as .docx or .pdf'],
  ['ppt/presentation.xml', 'a PowerPoint presentation (.pptx), not minutes: export the minutes as .docx or .pdf'],
];

function bomb(detail: string): ImportError {
  return new ImportError(
    'ZIP_BOMB',
    `The DOCX file would expand to an unreasonable size (${detail}); it was not opened. ` +
      'It is damaged or malicious: ask for the minutes again or open the file in Word and save a new copy.',
  );
}

/**
 * Checks a zip before any library inflates it: it must have a central directory (else CORRUPT),
 * must be a Word document (else UNSUPPORTED_FORMAT with what it is), its declared sizes and
 * ratios must be sane, and its XML parts must inflate to no more than they declare (else
 * ZIP_BOMB). Returns the entries.
 */
export function checkDocxArchive(bytes: Uint8Array, limits: ArchiveLimits): ZipEntry[] {
  const entries = readZipEntries(bytes);
  if (!entries) {
    throw new ImportError(
      'CORRUPT',
      'The DOCX file is damaged (its zip directory is missing or truncated). Open it in Word, which can often ' +
        'repair it, and save a new copy; or ask for the minutes again.',
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) {
    const other = OTHER_ZIP_FORMATS.find(([name]) => names.has(name));
    throw new ImportError(
      'UNSUPPORTED_FORMAT',
      other
        ? `The file is ${other[1]}.`
        : 'The file is a zip archive but not a Word document (no word/document.xml). Unpack it and import the minutes inside.',
    );
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw bomb(`${entry.name} declares a size of 4 GB or more`);
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 10_000_000 && ratio > limits.maxRatio) {
      throw bomb(`${entry.name} is compressed ${Math.round(ratio)} to 1`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw bomb(`${Math.round(total / 1e6)} MB uncompressed, limit ${Math.round(limits.maxUncompressedBytes / 1e6)} MB`);
  }
  // Headers can lie: inflate the parts mammoth reads, capped at what they declare.
  for (const entry of entries) {
    if (!/\.(xml|rels)$/u.test(entry.name)) continue;
    try {
      inflateZipEntry(bytes, entry, entry.uncompressedSize);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(`${entry.name} holds more data than its header declares`);
      }
      throw new ImportError(
        'CORRUPT',
        `The DOCX file is damaged (part ${entry.name} cannot be read). Open it in Word and save a new copy, or ask for the minutes again.`,
        { cause: error },
      );
    }
  }
  return entries;
}
