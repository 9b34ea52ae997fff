import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMinutes } from '../../helpers/minutesFixtures/renderMinutes.js';
import { encodeText, minutesParts, minutesText, renderParts, textEncoding } from './arbitraries.js';
import { expectValidDraft, importOrRefuse } from './draftInvariants.js';
import { fuzzRuns } from '../../helpers/fuzzRuns.js';

/**
 * Property: minutes-like texts (the fixtures' structure with random names in
 * č/š/ž and Cyrillic, random dates, votes and twinnings) are drafted into
 * facts that are sound against their stored text, in every encoding and
 * format the importer reads; with odd characters spliced in, the importer
 * still either drafts sound facts or refuses with an ImportError.
 */
describe('fuzz: the importer on generated minutes', () => {
  it('drafts sound facts from clean minutes in any text encoding', async () => {
    await fc.assert(
      fc.asyncProperty(minutesParts, textEncoding, fc.boolean(), async (parts, encoding, crlf) => {
        const outcome = await importOrRefuse(encodeText(renderParts(parts), encoding, crlf), 'zapisnik.txt');
        if (!('accepted' in outcome)) throw new Error(`clean minutes were refused: ${outcome.refused}`);
        expectValidDraft(outcome.accepted);
        expect(outcome.accepted.draft.facts.nodes.length).toBeGreaterThan(3);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('drafts sound facts or refuses clearly when odd characters are spliced in', async () => {
    await fc.assert(
      fc.asyncProperty(minutesText, textEncoding, async (text, encoding) => {
        const outcome = await importOrRefuse(encodeText(text, encoding), 'zapisnik.txt');
        if ('accepted' in outcome) expectValidDraft(outcome.accepted);
      }),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('drafts sound facts from generated minutes as DOCX, HTML and PDF', async () => {
    await fc.assert(
      fc.asyncProperty(
        minutesText,
        fc.constantFrom('docx', 'html', 'pdf') as fc.Arbitrary<'docx' | 'html' | 'pdf'>,
        async (text, format) => {
          // pdf-lib's font cannot draw every character: such minutes are not a PDF a word processor would make.
          const printable = format === 'pdf' ? text.replace(/[^\p{L}\p{N}\p{P}\p{Zs}\n]/gu, '') : text;
          const bytes = await renderMinutes(printable, 'fuzz', format);
          const outcome = await importOrRefuse(bytes, `zapisnik.${format}`);
          if ('accepted' in outcome) expectValidDraft(outcome.accepted);
        },
      ),
      { numRuns: fuzzRuns(20) },
    );
  });
});
