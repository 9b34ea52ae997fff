import { expect } from 'vitest';
import { CodePointText, codePointLength } from '../../../src/facts/codePoints.js';
import { validateFacts } from '../../../src/facts/validateFacts.js';
import { draftDocument, type DraftedDocument } from '../../../src/import/draftDocument.js';
import { ImportError, type ImportErrorCode } from '../../../src/import/extract/ImportError.js';

/** Every code an ImportError may carry (ImportErrorCode as a value, to check against). */
export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'EMPTY',
  'UNSUPPORTED_FORMAT',
  'FORMAT_MISMATCH',
  'BINARY',
  'CONTROL_CHARACTERS',
  'NO_TEXT_LAYER',
  'ENCRYPTED',
  'TOO_LARGE',
  'CORRUPT',
  'ZIP_BOMB',
  'NO_STRUCTURE',
];

/** What the importer made of one input: a draft, or a refusal with its code. */
export type ImportOutcome = { accepted: DraftedDocument } | { refused: ImportErrorCode };

/**
 * Runs the importer on bytes and fails the property unless it either drafts
 * or refuses with an ImportError that has a known code and a message of its
 * own (no stack, no bare library message).
 */
export async function importOrRefuse(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  try {
    return { accepted: await draftDocument(bytes, fileName, { documentFile: 'fuzz.document.txt' }) };
  } catch (error) {
    if (!(error instanceof ImportError)) {
      throw new Error(`the importer threw ${describeError(error)} instead of an ImportError for ${fileName}`, {
        cause: error,
      });
    }
    expect(IMPORT_ERROR_CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(20);
    expect(error.message).not.toMatch(/\n\s+at /u);
    return { refused: error.code };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`;
  return String(error).slice(0, 300);
}

/**
 * The draft of an accepted document is sound: every quote is the stored text
 * at its code point offsets, node ids and relation ids are unique, every
 * relation's ends are stated (or are the document), and validateFacts
 * accepts the facts against the text.
 */
export function expectValidDraft(drafted: DraftedDocument): void {
  const { facts } = drafted.draft;
  const text = new CodePointText(drafted.text);
  const quotes = [
    ...facts.nodes.flatMap((n) => n.evidence.map((e) => ({ fact: n.id, ...e }))),
    ...facts.relations.map((r) => ({ fact: `${r.type} ${r.from} → ${r.to}`, ...r.evidence })),
  ];
  for (const q of quotes) {
    const end = q.start + codePointLength(q.quote);
    expect(q.start, q.fact).toBeGreaterThanOrEqual(0);
    expect(end, q.fact).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, end), `${q.fact} quote at ${q.start}`).toBe(q.quote);
  }
  const nodeIds = facts.nodes.map((n) => n.id);
  expect(new Set(nodeIds).size, 'node ids are unique').toBe(nodeIds.length);
  expect(nodeIds, 'no node takes the document id').not.toContain(facts.document.id);
  const relationIds = facts.relations.flatMap((r) => (r.id ? [r.id] : []));
  expect(new Set(relationIds).size, 'relation ids are unique').toBe(relationIds.length);
  const stated = new Set([facts.document.id, ...nodeIds]);
  for (const r of facts.relations) {
    expect(stated.has(r.from), `${r.type} from ${r.from} is stated`).toBe(true);
    expect(stated.has(r.to), `${r.type} to ${r.to} is stated`).toBe(true);
  }
  validateFacts('fuzz draft', facts, drafted.text);
}
