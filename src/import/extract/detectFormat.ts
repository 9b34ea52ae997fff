import { ImportError } from './ImportError.js';

/** The document formats the importer reads. */
export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'html';

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};
const LEGACY: Record<string, string> = {
  doc: 'an old Word .doc file: open it in Word or LibreOffice and save it as .docx or PDF',
  odt: 'an OpenDocument .odt file: open it in LibreOffice and save it as .docx or PDF',
  rtf: 'an RTF file: open it in Word or LibreOffice and save it as .docx or PDF',
};
const HTML_START =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype|html))/iu;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/**
 * The format of a document, from its content (magic bytes, HTML markers) with the file
 * extension as a hint. A declared binary format (.pdf, .docx) that the content contradicts is
 * refused as FORMAT_MISMATCH; legacy Word, RTF and unknown binary formats as UNSUPPORTED_FORMAT.
 * Text and HTML may disagree with their extension: the content wins and a warning says so.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): { format: DocumentFormat; warnings: string[] } {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const hinted = EXTENSIONS[extension];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  let format: DocumentFormat;
  if (head.includes('%PDF-')) format = 'pdf';
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) format = 'docx';
  else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportError(
      'UNSUPPORTED_FORMAT',
      'The file is an old Word .doc file or a password-protected Word document. Open it in Word, remove any ' +
        'password, and save it as .docx or PDF.',
    );
  } else if (/^\s*\{\\rtf/u.test(head)) {
    throw new ImportError('UNSUPPORTED_FORMAT', `The file is ${LEGACY.rtf}.`);
  } else if (extension in LEGACY) {
    throw new ImportError('UNSUPPORTED_FORMAT', `The file is ${LEGACY[extension]}.`);
  } else {
    const text = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF|^\u00FF\u00FE|^\u00FE\u00FF/u, '').replaceAll('\u0000', '');
    format =
      HTML_START.test(text) || (hinted === 'html' && /<(?:p|div|table|h[1-6])[\s>]/iu.test(text)) ? 'html' : 'txt';
  }
  const warnings: string[] = [];
  if (hinted && hinted !== format) {
    if (hinted === 'pdf' || hinted === 'docx' || format === 'pdf' || format === 'docx') {
      throw new ImportError(
        'FORMAT_MISMATCH',
        `The file is named "${fileName}" but its content is ${format.toUpperCase()}, not ${hinted.toUpperCase()}. ` +
          'Check that the right file was chosen, or rename it to match its content.',
      );
    }
    warnings.push(`${fileName} has a .${extension} name but its content is ${format.toUpperCase()}: read as ${format}`);
  } else if (!hinted && extension !== '') {
    warnings.push(`unknown extension .${extension}: read as ${format} from its content`);
  }
  return { format, warnings };
}
