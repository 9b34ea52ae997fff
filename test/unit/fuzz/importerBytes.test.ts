import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../helpers/documentFixtures/makeDocx.js';
import { makeEncryptedPdf } from '../../helpers/documentFixtures/makeEncryptedPdf.js';
import { makeHtml } from '../../helpers/documentFixtures/makeHtml.js';
import { makePdf } from '../../helpers/documentFixtures/makePdf.js';
import { minutesBlocks } from '../../helpers/minutesFixtures/minutesBlocks.js';
import { ODD_CHARACTERS, encodeText, fileName, makeZip, mutate, mutation, textEncoding } from './arbitraries.js';
import { expectValidDraft, importOrRefuse } from './draftInvariants.js';
import { fuzzRuns } from '../../helpers/fuzzRuns.js';

/**
 * Property: whatever bytes the importer is given (random, a damaged DOCX, PDF
 * or zip, text in any encoding with NUL bytes, huge lines and odd Unicode), it
 * either drafts facts that are sound against the stored text, or refuses with
 * an ImportError carrying its code; it never fails with anything else.
 */
const MINUTES = readFileSync('test/helpers/minutesFixtures/sentjur-odbor-2022-03-22-seja-5.txt', 'utf8');

let docx: Uint8Array;
let pdf: Uint8Array;
let html: Uint8Array;
const documentXml = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:body>${body}</w:body></w:document>`;

beforeAll(async () => {
  docx = await makeDocx(minutesBlocks(MINUTES));
  pdf = await makePdf(MINUTES.split('\n'));
  html = makeHtml(minutesBlocks(MINUTES), { page: true });
});

const accepted = (outcome: Awaited<ReturnType<typeof importOrRefuse>>): void => {
  if ('accepted' in outcome) expectValidDraft(outcome.accepted);
};

describe('fuzz: the importer on hostile bytes', () => {
  it('random bytes under any file name are drafted soundly or refused with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          // Random bytes behind the magic numbers, so they reach the PDF, zip and HTML readers.
          fc
            .tuple(
              fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '<!DOCTYPE html><html>', '\uFEFF', '{\\rtf1'),
              fc.uint8Array({ maxLength: 2048 }),
            )
            .map(([head, tail]) => new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), tail]))),
        ),
        fileName,
        async (bytes, name) => accepted(await importOrRefuse(bytes, name)),
      ),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('a damaged DOCX is drafted soundly or refused with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) =>
        accepted(await importOrRefuse(mutate(docx, mutations), 'zapisnik.docx')),
      ),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('a damaged PDF (or an encrypted one) is drafted soundly or refused with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(mutation, { minLength: 0, maxLength: 4 }),
        async (encrypted, mutations) => {
          const original = encrypted ? makeEncryptedPdf('ZAPISNIK 5. seje') : pdf;
          const outcome = await importOrRefuse(mutate(original, mutations), 'zapisnik.pdf');
          if (encrypted && mutations.length === 0) expect(outcome).toEqual({ refused: 'ENCRYPTED' });
          accepted(outcome);
        },
      ),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('a zip with any entries, deep XML nesting or damage is drafted soundly or refused with an ImportError', async () => {
    const entryName = fc.oneof(
      fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'content.xml', 'xl/workbook.xml'),
      fc.string({ maxLength: 30 }),
    );
    const body = fc.oneof(
      fc.constant(
        `<w:p><w:r><w:t>${MINUTES.slice(0, 400).replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</w:t></w:r></w:p>`,
      ),
      fc
        .integer({ min: 1, max: 5000 })
        .map((depth) => `${'<w:p>'.repeat(depth)}<w:r><w:t>ZAPISNIK</w:t></w:r>${'</w:p>'.repeat(depth)}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: entryName, data: body.map((b) => new TextEncoder().encode(documentXml(b))) }), {
          maxLength: 4,
        }),
        fc.array(mutation, { maxLength: 2 }),
        async (entries, mutations) =>
          accepted(await importOrRefuse(mutate(makeZip(entries), mutations), 'zapisnik.docx')),
      ),
      { numRuns: fuzzRuns(80) },
    );
  });

  it('a damaged HTML page is drafted soundly or refused with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) =>
        accepted(await importOrRefuse(mutate(html, mutations), 'zapisnik.html')),
      ),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('text in any encoding, with odd Unicode, NUL bytes and mutations, is drafted soundly or refused', async () => {
    const oddText = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...ODD_CHARACTERS),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.constantFrom(' ', '\n', 'a', 'č'),
      ),
      maxLength: 300,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          oddText,
          oddText.map((odd) => `${MINUTES.slice(0, 900)}${odd}${MINUTES.slice(900)}`),
        ),
        textEncoding,
        fc.array(mutation, { maxLength: 2 }),
        async (text, encoding, mutations) =>
          accepted(await importOrRefuse(mutate(encodeText(text, encoding), mutations), 'zapisnik.txt')),
      ),
      { numRuns: fuzzRuns(150) },
    );
  });

  it('huge lines and long runs of one character are drafted soundly or refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constantFrom('a', 'č', '.', '-', '1', '😀'), fc.integer({ min: 10_000, max: 100_000 })),
          // Runs of white space stay shorter: see the note below.
          fc.tuple(fc.constantFrom(' ', '\t', ' \t', 'Z A P ', 'ZA: 1, '), fc.integer({ min: 1_000, max: 5_000 })),
        ),
        fc.nat(),
        async ([unit, size], where) => {
          const at = where % MINUTES.length;
          const line = unit.repeat(Math.ceil(size / unit.length));
          const text = `${MINUTES.slice(0, at)}${line}${MINUTES.slice(at)}`;
          accepted(await importOrRefuse(new TextEncoder().encode(text), 'zapisnik.txt'));
        },
      ),
      { numRuns: fuzzRuns(12) },
    );
  });

  // Was super-linear in findTwinningCues' lookbehind (20 000 spaces took 13 s; the cue is now matched forwards and
  // 20 000 spaces draft in about 3 s). KNOWN: 100 000 spaces still take about 43 s somewhere else in the recognise
  // stage (super-linear, not found yet), so this test stays at 20 000.
  it('a run of 20 000 spaces is drafted soundly or refused', async () => {
    const text = `${MINUTES.slice(0, 300)}${' '.repeat(20_000)}${MINUTES.slice(300)}`;
    accepted(await importOrRefuse(new TextEncoder().encode(text), 'zapisnik.txt'));
  });
});
