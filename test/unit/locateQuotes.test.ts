import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locateQuotes } from '../../src/facts/locateQuotes.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('locateQuotes', () => {
  it('fixes offsets, keeps comments, and keeps quotes with line breaks and spaces exact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-locate-'));
    dirs.push(dir);
    const text = '   ZAPISNIK \n \n2. seje Komisije, Pripravila:  \nMojca Finc';
    await writeFile(join(dir, 'doc.txt'), text);
    const yaml = [
      "# a curator's comment",
      'document: { file: doc.txt }',
      'nodes:',
      '  - evidence:',
      '      - { start: 0, quote: "ZAPISNIK \\n \\n2. seje" }',
      '      - { start: 5, quote: "Pripravila:  \\nMojca Finc" }',
      '',
    ].join('\n');
    const file = join(dir, 'f.facts.yaml');
    await writeFile(file, yaml);
    const report = await locateQuotes(file, true);
    expect(report).toEqual({ fixed: 2, correct: 0, unresolved: [] });
    const written = await readFile(file, 'utf8');
    expect(written).toContain("# a curator's comment");
    const evidence = (parse(written) as { nodes: { evidence: { start: number; quote: string }[] }[] }).nodes[0]!
      .evidence;
    expect(evidence).toEqual([
      { start: 3, quote: 'ZAPISNIK \n \n2. seje' },
      { start: 33, quote: 'Pripravila:  \nMojca Finc' },
    ]);
    for (const e of evidence) expect(text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
  });
});
