/**
 * The importer end to end (draftDocument: extract, segment, recognise, draft)
 * on the seed minutes as TXT, DOCX and PDF, and on a generated 200-page city
 * council session rendered to PDF: the median of N runs per input with the
 * per-stage timings, characters per second, facts drafted and peak RSS.
 * Usage: npm run bench:import [-- --runs 5] [-- --pages 200]. Writes
 * bench/results/import.json; asserts nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { draftDocument } from '../src/import/draftDocument.js';
import { makeDocx } from '../test/helpers/documentFixtures/makeDocx.js';
import { makePdf } from '../test/helpers/documentFixtures/makePdf.js';
import { longMinutes } from '../test/helpers/minutesFixtures/longMinutes.js';
import { minutesBlocks } from '../test/helpers/minutesFixtures/minutesBlocks.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const runs = arg('--runs', 5);
const pages = arg('--pages', 200);
const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

const seedText = readFileSync(resolve(root, 'seed/documents/kranj-kmms-2021-12-14-seja-2.txt'), 'utf8');
const long = longMinutes(pages);
const longPdf = await makePdf(long.text.split('\n'), {
  header: 'Mestna občina Kranj – zapisnik 28. redne seje Mestnega sveta',
  footer: true,
});
const inputs: { name: string; file: string; bytes: Uint8Array; pages?: number }[] = [
  { name: 'seed TXT', file: 'seed.txt', bytes: new TextEncoder().encode(seedText) },
  { name: 'seed DOCX', file: 'seed.docx', bytes: await makeDocx(minutesBlocks(seedText)) },
  { name: 'seed PDF', file: 'seed.pdf', bytes: await makePdf(seedText.split('\n')) },
  {
    name: `generated council session PDF`,
    file: 'long.pdf',
    bytes: longPdf,
    pages: (await PDFDocument.load(longPdf)).getPageCount(),
  },
];

const STAGES = ['extract', 'segment', 'recognise', 'draft'] as const;
const results = [];
for (const input of inputs) {
  const totals: number[] = [];
  const stages: Record<string, number[]> = Object.fromEntries(STAGES.map((s) => [s, []]));
  let characters = 0;
  let facts = 0;
  let nodes = 0;
  let relations = 0;
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    const drafted = await draftDocument(input.bytes, input.file, { documentFile: input.file });
    totals.push((performance.now() - began) / 1000);
    for (const s of STAGES) stages[s]?.push(drafted.timings[s]);
    characters = drafted.text.length;
    nodes = drafted.draft.facts.nodes.length;
    relations = drafted.draft.facts.relations.length;
    facts = nodes + relations;
  }
  const seconds = median(totals);
  const result = {
    input: input.name,
    bytes: input.bytes.length,
    ...(input.pages ? { pages: input.pages } : {}),
    characters,
    runs,
    medianSeconds: Number(seconds.toFixed(3)),
    stagesMedianSeconds: Object.fromEntries(STAGES.map((s) => [s, Number(median(stages[s] ?? []).toFixed(3))])),
    charactersPerSecond: Math.round(characters / seconds),
    facts,
    nodes,
    relations,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  results.push(result);
  console.log(
    `${input.name.padEnd(32)} ${String(characters).padStart(8)} chars${input.pages ? ` (${input.pages} pages)` : ''}  ` +
      `median ${seconds.toFixed(2)} s  [${STAGES.map((s) => `${s} ${result.stagesMedianSeconds[s]?.toFixed(2)}`).join(', ')}]  ` +
      `${result.charactersPerSecond.toLocaleString('en')} chars/s  ${facts} facts (${nodes} nodes, ${relations} relations)  peak RSS ${result.peakRssMiB} MiB`,
  );
}
const out = resolve(root, 'bench/results/import.json');
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    { when: new Date().toISOString(), node: process.version, runs, generated: long, results },
    (k, v) => (k === 'text' ? undefined : v),
    2,
  ) + '\n',
);
console.log(`written ${out}`);
