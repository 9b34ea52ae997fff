import { describe, expect, it } from 'vitest';
import { fileNameFor as fromDownload } from '../../src/export/download';
import { fileNameFor, slugify } from '../../src/export/fileNameFor';

describe('fileNameFor', () => {
  const day = new Date(2026, 10, 30, 23, 59);

  it('slugifies the base and adds the local date and the extension', () => {
    expect(fileNameFor('Kranj network', 'graphml', day)).toBe('kranj-network-2026-11-30.graphml');
    expect(fileNameFor('Mestna občina Kranj — omrežje', '.csv', day)).toBe(
      'mestna-obcina-kranj-omrezje-2026-11-30.csv',
    );
    expect(fileNameFor('../../etc/passwd', 'json', day)).toBe('etc-passwd-2026-11-30.json');
    expect(fileNameFor('Đakovo: Straße', 'svg', day)).toBe('dakovo-strasse-2026-11-30.svg');
    expect(fileNameFor('Екатеринбург', 'png', day)).toBe('екатеринбург-2026-11-30.png');
  });

  it('never gives an empty or endless name', () => {
    expect(fileNameFor('', 'csv', day)).toBe('export-2026-11-30.csv');
    expect(fileNameFor('***', '', day)).toBe('export-2026-11-30.txt');
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugify('a '.repeat(100)).endsWith('-')).toBe(false);
  });

  it('is also exported beside download', () => {
    expect(fromDownload).toBe(fileNameFor);
  });
});
