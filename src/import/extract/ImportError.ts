/** Why a document could not be imported; each code has a clerk-readable message saying what to do. */
export type ImportErrorCode =
  | 'EMPTY'
  | 'UNSUPPORTED_FORMAT'
  | 'FORMAT_MISMATCH'
  | 'BINARY'
  | 'CONTROL_CHARACTERS'
  | 'NO_TEXT_LAYER'
  | 'ENCRYPTED'
  | 'TOO_LARGE'
  | 'CORRUPT'
  | 'ZIP_BOMB'
  | 'NO_STRUCTURE';

/**
 * The one error the importer's extraction stage throws for a document it refuses. The message
 * names the problem and the remedy ("scanned PDF with no text layer: run OCR first …") so the
 * CLI can show it as is; `code` lets callers and tests tell the cases apart.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
