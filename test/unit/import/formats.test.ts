import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../../src/facts/validateFacts.js';
import { draftDocument, type DraftedDocument } from '../../../src/import/draftDocument.js';
import { scoreFields } from '../../helpers/factFields.js';
import { draftedFields } from '../../helpers/minutesFixtures/draftedFields.js';
import { expectedFields } from '../../helpers/minutesFixtures/expectedFields.js';
import { EXACT_FAMILIES, fieldFamily, judgedForPrecision } from '../../helpers/minutesFixtures/judgedForPrecision.js';
import { minutesFixtures, type MinutesFixture } from '../../helpers/minutesFixtures/minutesFixtures.js';
import { MINUTES_FORMATS, renderMinutes, type MinutesFormat } from '../../helpers/minutesFixtures/renderMinutes.js';

const FORMATS = MINUTES_FORMATS;
type Format = MinutesFormat;

const render = (fixture: MinutesFixture, format: Format): Promise<Uint8Array> =>
  // Žirovnica's web page is served in Windows-1250, as older municipal sites are.
  renderMinutes(fixture.text, fixture.name, format, fixture.name.startsWith('zirovnica') ? 'windows-1250' : 'utf-8');

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
      it(`states ${field}`, () => {
        expect([...actual]).toContain(field);
      });
    }

    for (const fam of EXACT_FAMILIES) {
      it(`states no ${fam} field the minutes do not`, () => {
        const extra = [...actual].filter(
          (f) => fieldFamily(f) === fam && judgedForPrecision(f) && !expected.includes(f),
        );
        expect(extra).toEqual([]);
      });
    }
  });

  describe.each(FORMATS.filter((f) => f !== 'txt'))('as %s against the text', (format) => {
    it('drafts the same fields as from the plain text', () => {
      const text = fieldsOf('txt');
      const other = fieldsOf(format);
      const onlyText = [...text].filter((f) => !other.has(f));
      const onlyOther = [...other].filter((f) => !text.has(f));
      if (onlyText.length || onlyOther.length)
        console.log(
          `${fixture.name}: ${format} differs from txt\n  only in txt: ${onlyText.join(' | ')}\n  only in ${format}: ${onlyOther.join(' | ')}`,
        );
      expect({ onlyText, onlyOther }).toEqual({ onlyText: [], onlyOther: [] });
    });
  });
});
