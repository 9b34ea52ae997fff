import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/import/extract/extractDocument.js';
import { makeDocx } from '../test/helpers/documentFixtures/makeDocx.js';
import { makePdf } from '../test/helpers/documentFixtures/makePdf.js';

/** Extraction time of the seed as TXT, DOCX and PDF and of a generated 200-page PDF: `npx tsx bench/importExtract.bench.ts`. */
const seed = readFileSync(new URL('../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url), 'utf8');
const lines = seed.split('\n');
const cases: [string, Uint8Array, string][] = [
  ['seed TXT', new TextEncoder().encode(seed), 'seed.txt'],
  ['seed DOCX', await makeDocx(lines), 'seed.docx'],
  ['seed PDF', await makePdf(lines, { header: 'Zapisnik', footer: true }), 'seed.pdf'],
  [
    '200-page PDF',
    await makePdf(Array.from({ length: 60 }, () => lines).flat(), { pages: 200, header: 'Zapisnik', footer: true }),
    'big.pdf',
  ],
];
for (const [label, bytes, name] of cases) {
  await extractDocument(bytes, name); // warm-up
  const runs = label.startsWith('200') ? 2 : 5;
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    chars = (await extractDocument(bytes, name)).text.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(14)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${chars} chars  median ${median.toFixed(0)} ms`,
  );
}
