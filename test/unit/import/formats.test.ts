import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../../src/facts/validateFacts.js';
import { draftDocument, type DraftedDocument } from '../../../src/import/draftDocument.js';
import { makeDocx } from '../../helpers/documentFixtures/makeDocx.js';
import { makeHtml } from '../../helpers/documentFixtures/makeHtml.js';
import { makePdf } from '../../helpers/documentFixtures/makePdf.js';
import { scoreFields } from '../../helpers/factFields.js';
import { draftedFields } from '../../helpers/minutesFixtures/draftedFields.js';
import { expectedFields } from '../../helpers/minutesFixtures/expectedFields.js';
import { minutesBlocks } from '../../helpers/minutesFixtures/minutesBlocks.js';
import { minutesFixtures, type MinutesFixture } from '../../helpers/minutesFixtures/minutesFixtures.js';

const FORMATS = ['txt', 'docx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Fields the importer gets wrong today, each a bug to fix in a stage (see the
 * report): `document|field` in every format, `document|format|field` in one.
 * The expectation stays correct; the case is marked `it.fails` until fixed.
 */
const KNOWN_BUGS = new Set<string>([]);

const known = (doc: string, format: Format, key: string) =>
  KNOWN_BUGS.has(`${doc}|${key}`) || KNOWN_BUGS.has(`${doc}|${format}|${key}`);

async function render(fixture: MinutesFixture, format: Format): Promise<Uint8Array> {
  const blocks = minutesBlocks(fixture.text);
  if (format === 'txt') return new TextEncoder().encode(fixture.text);
  if (format === 'docx') return makeDocx(blocks);
  if (format === 'html')
    return makeHtml(blocks, { page: true, charset: fixture.name.startsWith('zirovnica') ? 'windows-1250' : 'utf-8' });
  const lines = fixture.text.replace(/\r\n?/g, '\n').split('\n');
  // The longer minutes as a word processor prints them: over pages, with a running header and page numbers.
  const pages = Math.ceil(fixture.text.length / 2500);
  return makePdf(lines, pages > 1 ? { pages, header: `Zapisnik – ${fixture.name}`, footer: true } : {});
}

/** Field families whose every drafted field must be expected: the draft states nothing the minutes do not. */
const EXACT_FAMILIES = [
  'session',
  'body',
  'bodyKind',
  'municipality',
  'attended',
  'absent',
  'chair',
  'preparedBy',
  'signedBy',
  'agenda',
  'resolution',
  'vote',
  'twinning',
];
const family = (field: string) => /^[a-zA-Z]+/.exec(field)?.[0] ?? field;
/** Actors of a twinning are judged by recall only: the fixtures do not list every possible one. */
const judgedForPrecision = (field: string) =>
  EXACT_FAMILIES.includes(family(field)) && !/^twinning=.+ (?:INITIATED|PROPOSED|BROKERED|SUPPORTED) by /.test(field);

const fixtures = minutesFixtures();
const drafts = new Map<string, DraftedDocument>();
for (const fixture of fixtures) {
  for (const format of FORMATS) {
    const bytes = await render(fixture, format);
    drafts.set(
      `${fixture.name}.${format}`,
      await draftDocument(bytes, `${fixture.name}.${format}`, { documentFile: `${fixture.name}.txt` }),
    );
  }
}

describe.each(fixtures)('the importer on $name', (fixture) => {
  const expected = expectedFields(fixture.expected);
  const fieldsOf = (format: Format) => draftedFields(drafts.get(`${fixture.name}.${format}`)!.draft.facts as never);

  describe.each(FORMATS)('as %s', (format) => {
    const drafted = drafts.get(`${fixture.name}.${format}`)!;
    const actual = fieldsOf(format);
    const recall = scoreFields(new Set(expected), actual);
    const precision = scoreFields(new Set(expected), new Set([...actual].filter(judgedForPrecision)));
    console.log(
      `${fixture.name}.${format}: recall ${(recall.recall * 100).toFixed(0)}% (${expected.length - recall.missing.length}/${expected.length}), ` +
        `precision ${(precision.precision * 100).toFixed(0)}%` +
        (recall.missing.length ? `\n  missing: ${recall.missing.join(' | ')}` : '') +
        (precision.extra.length ? `\n  extra: ${precision.extra.join(' | ')}` : ''),
    );

    it('drafts a facts file that validates against its own stored text', () => {
      expect(() => validateFacts('x', drafted.draft.facts, drafted.text)).not.toThrow();
    });

    for (const field of expected) {
      (known(fixture.name, format, field) ? it.fails : it)(`states ${field}`, () => {
        expect([...actual]).toContain(field);
      });
    }

    for (const fam of EXACT_FAMILIES) {
      const key = `no unexpected ${fam}`;
      (known(fixture.name, format, key) ? it.fails : it)(`states no ${fam} field the minutes do not`, () => {
        const extra = [...actual].filter((f) => family(f) === fam && judgedForPrecision(f) && !expected.includes(f));
        expect(extra).toEqual([]);
      });
    }
  });

  describe.each(FORMATS.filter((f) => f !== 'txt'))('as %s against the text', (format) => {
    (known(fixture.name, format, 'same as txt') ? it.fails : it)(
      'drafts the same fields as from the plain text',
      () => {
        const text = fieldsOf('txt');
        const other = fieldsOf(format);
        const onlyText = [...text].filter((f) => !other.has(f));
        const onlyOther = [...other].filter((f) => !text.has(f));
        if (onlyText.length || onlyOther.length)
          console.log(
            `${fixture.name}: ${format} differs from txt\n  only in txt: ${onlyText.join(' | ')}\n  only in ${format}: ${onlyOther.join(' | ')}`,
          );
        expect({ onlyText, onlyOther }).toEqual({ onlyText: [], onlyOther: [] });
      },
    );
  });
});
