import { buildDraft, type Draft } from './draft/buildDraft.js';
import { extractDocument } from './extract/extractDocument.js';
import { ImportError } from './extract/ImportError.js';
import type { ParsedMinutes } from './parsedMinutes.js';
import { findRelations } from './recognise/findRelations.js';
import { EMPTY_GRAPH, type KnownGraph } from './resolve/knownGraph.js';
import { parseMinutes } from './segment/parseMinutes.js';

export interface DraftedDocument {
  /** The cleaned text: the document as stored, that every offset counts into. */
  readonly text: string;
  readonly format: string;
  readonly extractedWith: string;
  readonly fileName: string;
  readonly minutes: ParsedMinutes;
  readonly draft: Draft;
  readonly warnings: readonly string[];
  /** Seconds per stage, for the progress output and the benchmark. */
  readonly timings: Readonly<Record<'extract' | 'segment' | 'recognise' | 'draft', number>>;
}

export interface DraftOptions {
  /** What the graph already holds, to link names to (empty: every entity is new). */
  readonly graph?: KnownGraph;
  /** How the facts file will name the stored text (relative to the facts file). */
  readonly documentFile: string;
  /** Called as each stage starts, for progress output on long documents. */
  readonly progress?: (stage: string) => void;
  readonly maxBytes?: number;
}

function looksLikeMinutes(m: ParsedMinutes): boolean {
  const signals = [
    m.header.date !== undefined,
    m.header.body !== undefined,
    m.attendance.length > 0 || m.attendanceCount !== undefined,
    m.agenda.length > 0,
    m.resolutions.length > 0,
  ];
  return signals.filter(Boolean).length >= 2;
}

/**
 * The importer's way from a file to a draft: extract and clean the text,
 * read the minutes' structure, recognise international relations, and draft
 * facts linked to the graph. Writes nothing anywhere. Throws an ImportError
 * for a file it cannot read or that reads as no minutes at all.
 */
export async function draftDocument(
  bytes: Uint8Array,
  fileName: string,
  options: DraftOptions,
): Promise<DraftedDocument> {
  const clock = () => performance.now() / 1000;
  const say = options.progress ?? (() => undefined);
  let t = clock();
  say('extracting text');
  const extracted = await extractDocument(
    bytes,
    fileName,
    options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
  );
  const extract = clock() - t;
  t = clock();
  say(`reading the structure of ${extracted.text.length.toLocaleString('en')} characters`);
  const minutes = parseMinutes(extracted.text);
  if (!looksLikeMinutes(minutes)) {
    throw new ImportError(
      'NO_STRUCTURE',
      `${fileName}: no structure of minutes was recognised (no session date, body, attendance, agenda or resolutions found together). ` +
        'Is this the minutes (zapisnik) of a session? If so, check that its text is readable (open the extracted text) and report the layout.',
    );
  }
  const segment = clock() - t;
  t = clock();
  say('recognising partnerships, events and statements');
  const referenceYear = minutes.header.date ? Number(minutes.header.date.slice(0, 4)) : undefined;
  const found = findRelations(extracted.text, minutes, referenceYear === undefined ? {} : { referenceYear });
  const recognise = clock() - t;
  t = clock();
  say('linking names and drafting facts');
  const draft = buildDraft({
    text: extracted.text,
    source: { fileName: extracted.fileName, sha256: extracted.sha256, extractedWith: extracted.extractedWith },
    minutes,
    found,
    graph: options.graph ?? EMPTY_GRAPH,
    documentFile: options.documentFile,
  });
  return {
    text: extracted.text,
    format: extracted.format,
    extractedWith: extracted.extractedWith,
    fileName: extracted.fileName,
    minutes,
    draft,
    warnings: extracted.warnings,
    timings: { extract, segment, recognise, draft: clock() - t },
  };
}
