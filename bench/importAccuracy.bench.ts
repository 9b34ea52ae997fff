/**
 * The importer's field-level accuracy on held-out minutes it was not tuned
 * on (bench/holdout/: each `<name>.txt` with a hand-written
 * `<name>.expected.json`), rendered as TXT, DOCX, PDF and HTML and drafted by
 * draftDocument with no graph. Prints recall and precision per document and
 * format with the missed and extra fields, the misses grouped by the part of
 * the minutes they come from, and a total. Usage: npm run bench:accuracy.
 * Writes bench/results/accuracy.json; a measurement, so it exits 0 whatever
 * the score.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftDocument } from '../src/import/draftDocument.js';
import { scoreFields } from '../test/helpers/factFields.js';
import { draftedFields } from '../test/helpers/minutesFixtures/draftedFields.js';
import type { ExpectedMinutes } from '../test/helpers/minutesFixtures/ExpectedMinutes.js';
import { expectedFields } from '../test/helpers/minutesFixtures/expectedFields.js';
import { judgedForPrecision } from '../test/helpers/minutesFixtures/judgedForPrecision.js';
import { MINUTES_FORMATS, renderMinutes } from '../test/helpers/minutesFixtures/renderMinutes.js';

const FORMATS = MINUTES_FORMATS;

const root = resolve(import.meta.dirname, '..');
const holdout = resolve(root, 'bench/holdout');

const documents = readdirSync(holdout)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    return {
      name,
      text: readFileSync(resolve(holdout, `${name}.txt`), 'utf8'),
      expected: JSON.parse(readFileSync(resolve(holdout, f), 'utf8')) as ExpectedMinutes,
    };
  });

/** The part of the minutes a field is read from, to say where the reviewer still has work. */
function partOf(field: string): string {
  if (/^session\.endTime=/.test(field)) return 'closing';
  if (/^(?:session|body|bodyKind|municipality)[.=]/.test(field)) return 'header';
  if (/^(?:attended|absent|chair)=/.test(field)) return 'attendance';
  if (/^(?:agenda=|vote\(AGENDA_ADOPTION\))/.test(field)) return 'agenda';
  if (/^(?:resolution|vote)/.test(field)) return 'resolutions/votes';
  if (/^(?:preparedBy|signedBy)=/.test(field)) return 'closing';
  if (/^(?:twinning|event)=/.test(field)) return 'twinnings';
  return 'other';
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const runs = [];
const total = { expected: 0, found: 0, judgedDrafted: 0, judgedCorrect: 0 };
const missesByPart: Record<string, Set<string>> = {};

for (const doc of documents) {
  const expected = new Set(expectedFields(doc.expected));
  for (const format of FORMATS) {
    let drafted = new Set<string>();
    let error: string | undefined;
    try {
      const file = `${doc.name}.${format}`;
      const result = await draftDocument(await renderMinutes(doc.text, doc.name, format), file, {
        documentFile: `${doc.name}.txt`,
      });
      drafted = draftedFields(result.draft.facts as never);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const recall = scoreFields(expected, drafted);
    const precision = scoreFields(expected, new Set([...drafted].filter(judgedForPrecision)));
    const judgedCount = [...drafted].filter(judgedForPrecision).length;
    total.expected += expected.size;
    total.found += expected.size - recall.missing.length;
    total.judgedDrafted += judgedCount;
    total.judgedCorrect += judgedCount - precision.extra.length;
    for (const m of recall.missing) (missesByPart[partOf(m)] ??= new Set()).add(`${doc.name}: ${m}`);
    runs.push({
      document: doc.name,
      format,
      ...(error ? { error } : {}),
      expected: expected.size,
      found: expected.size - recall.missing.length,
      recall: Number(recall.recall.toFixed(4)),
      precision: Number(precision.precision.toFixed(4)),
      missing: recall.missing,
      extra: precision.extra,
    });
    console.log(
      `${doc.name}.${format}: recall ${pct(recall.recall)} (${expected.size - recall.missing.length}/${expected.size}), ` +
        `precision ${pct(precision.precision)} (${judgedCount - precision.extra.length}/${judgedCount})` +
        (error ? `\n  ERROR: ${error}` : '') +
        (recall.missing.length ? `\n  missed: ${recall.missing.join(' | ')}` : '') +
        (precision.extra.length ? `\n  extra: ${precision.extra.join(' | ')}` : ''),
    );
  }
}

const totals = {
  recall: total.expected ? total.found / total.expected : 1,
  precision: total.judgedDrafted ? total.judgedCorrect / total.judgedDrafted : 1,
  ...total,
};
console.log('\nMisses by part of the minutes (distinct across formats):');
const byPart = Object.fromEntries(Object.entries(missesByPart).map(([part, set]) => [part, [...set].sort()]));
for (const [part, misses] of Object.entries(byPart))
  console.log(`  ${part}: ${misses.length}\n    ${misses.join('\n    ')}`);
console.log(
  `\nTOTAL over ${documents.length} documents × ${FORMATS.length} formats: recall ${pct(totals.recall)} ` +
    `(${total.found}/${total.expected}), precision ${pct(totals.precision)} (${total.judgedCorrect}/${total.judgedDrafted})`,
);

mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(
  resolve(root, 'bench/results/accuracy.json'),
  JSON.stringify({ at: new Date().toISOString(), totals, missesByPart: byPart, runs }, null, 2),
);
process.exit(0);
