import { ImportError } from './ImportError.js';

/** The character encodings a plain-text or HTML minutes file is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2' | 'windows-1252';

// Bytes that are Slovenian š ž Š Ž in one legacy code page and something else in the other.
const WINDOWS_1250_LETTERS = new Set([0x8a, 0x8e, 0x9a, 0x9e]);
const ISO_8859_2_LETTERS = new Set([0xa9, 0xae, 0xb9, 0xbe]);
const CONTROL = /(?![\t\n\r\v\f])\p{Cc}/gu;

function legacyEncoding(bytes: Uint8Array): 'windows-1250' | 'iso-8859-2' {
  let windows = 0;
  let iso = 0;
  for (const byte of bytes) {
    if (WINDOWS_1250_LETTERS.has(byte)) windows++;
    else if (ISO_8859_2_LETTERS.has(byte)) iso++;
  }
  return iso > windows ? 'iso-8859-2' : 'windows-1250';
}

function looksLikeBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 as Windows Notepad saves it); otherwise
 * UTF-8 when the bytes are valid UTF-8, else the declared charset, else Windows-1250 or
 * ISO-8859-2 (whichever explains the š/ž bytes). Throws ImportError BINARY for files with NUL
 * bytes and CONTROL_CHARACTERS when the decoded text is mostly control characters.
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: TextEncoding } {
  let encoding: TextEncoding | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = looksLikeBomlessUtf16(bytes);

  if (!encoding && bytes.includes(0)) {
    throw new ImportError(
      'BINARY',
      'The file is binary data, not text (it contains NUL bytes). Check that the right file was chosen; ' +
        'minutes can be imported as .docx, .pdf, .html or .txt.',
    );
  }
  if (!encoding) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      const label = declared?.toLowerCase();
      encoding =
        label === 'windows-1252' || label === 'iso-8859-1' || label === 'latin1'
          ? 'windows-1252'
          : label === 'iso-8859-2'
            ? 'iso-8859-2'
            : label === 'windows-1250' || label === 'cp1250'
              ? 'windows-1250'
              : legacyEncoding(bytes);
    }
  }
  // TextDecoder strips a leading BOM by default (ignoreBOM: false).
  const text = decodeAs(bytes, encoding);
  const controls = text.match(CONTROL)?.length ?? 0;
  const visible = text.replace(/\s/gu, '').length;
  if (visible > 0 && controls / visible > 0.3) {
    throw new ImportError(
      'CONTROL_CHARACTERS',
      `The file is mostly control characters (${controls} of ${visible} visible characters), so it is not readable text. ` +
        'Open it in the program that made it and save it again as .txt (UTF-8), .docx or .pdf.',
    );
  }
  return { text, encoding };
}
