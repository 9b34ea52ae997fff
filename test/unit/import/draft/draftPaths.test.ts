import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPaths } from '../../../../src/import/draftPaths.js';

describe('draftPaths', () => {
  it('puts the facts, the stored text and the report in imports/ by default, named after the input', () => {
    const p = draftPaths('/data/Zapisnik 5. seje.pdf', undefined, 1);
    expect(p.facts).toBe(resolve('imports', 'Zapisnik-5.-seje.facts.yaml'));
    expect(p.text).toBe(resolve('imports', 'Zapisnik-5.-seje.document.txt'));
    expect(p.report).toBe(resolve('imports', 'Zapisnik-5.-seje.report.md'));
    expect(p.documentFile).toBe('Zapisnik-5.-seje.document.txt');
  });

  it('takes a .facts.yaml --out as the facts file and never overwrites a text input beside it', () => {
    const p = draftPaths('/tmp/a/minutes.txt', '/tmp/a/minutes.facts.yaml', 1);
    expect(p.facts).toBe('/tmp/a/minutes.facts.yaml');
    expect(p.text).toBe(join('/tmp/a', 'minutes.document.txt'));
    expect(p.text).not.toBe('/tmp/a/minutes.txt');
  });

  it('refuses one facts file for several documents', () => {
    expect(() => draftPaths('a.txt', 'x.facts.yaml', 2)).toThrow(/name a folder/);
  });
});
