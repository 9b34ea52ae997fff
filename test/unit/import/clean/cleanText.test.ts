import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../src/import/clean/cleanText.js';

const SEED = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);
const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const countOf = (result: ReturnType<typeof cleanText>, rule: string) =>
  result.cleaning.find((entry) => entry.rule === rule)?.count ?? 0;

describe('cleanText', () => {
  it('removes the bookmark marker and trailing spaces from the seed and keeps every other word in order', () => {
    const result = cleanText(SEED);
    expect(result.text).not.toContain('[bookmark:');
    expect(result.text).not.toMatch(/[ \t]$/mu);
    expect(words(result.text)).toEqual(words(SEED.replace('[bookmark: _GoBack]', '')));
    expect(result.text).toContain('Vodja kabineta župana Katja Štruc je povedala');
    expect(countOf(result, 'bookmark-markers')).toBe(1);
  });

  it('normalises line ends and composes decomposed letters to NFC', () => {
    const result = cleanText('Z A\r\nc\u030Clani\rkomisije');
    expect(result.text).toBe('Z A\nčlani\nkomisije');
    expect(countOf(result, 'line-ends')).toBe(2);
    expect(countOf(result, 'nfc')).toBe(1);
  });

  it('joins words hyphenated at a line end but keeps real hyphens', () => {
    const result = cleanText(
      'mednarodno sode-\nlovanje je potekalo\nmesto Jekaterinburg-\nKranj in e-\npošta ter kratko-\nin dolgoročni cilji',
    );
    expect(result.text).toBe(
      'mednarodno sodelovanje\nje potekalo\nmesto Jekaterinburg-\nKranj in e-\npošta ter kratko-\nin dolgoročni cilji',
    );
    expect(countOf(result, 'hyphenation')).toBe(1);
  });

  it('joins a word split at a soft hyphen and removes soft hyphens inside lines', () => {
    expect(cleanText('pobra\u00ADtenje z mestom\nsode\u00AD\nlovanje.').text).toBe('pobratenje z mestom\nsodelovanje.');
  });

  it('collapses letter-spaced headings but not runs of one-letter words', () => {
    const result = cleanText('Z A P I S N I K\nsprejet je bil s k l e p:\nD N E V N I   R E D\nk v s z\na b c');
    expect(result.text).toBe('ZAPISNIK\nsprejet je bil sklep:\nDNEVNI RED\nk v s z\na b c');
    expect(countOf(result, 'letter-spacing')).toBe(3);
  });

  it('repairs t-cedilla for ž except in Romanian words', () => {
    const result = cleanText('Ţupan je pozdravil ţupanjo iz Timişoare.');
    expect(result.text).toBe('Župan je pozdravil županjo iz Timişoare.');
  });

  it('repairs è for č only in text that has no č at all', () => {
    expect(cleanText('Èlani komisije so se seznanili z naèrtom in poroèilom.').text).toBe(
      'Člani komisije so se seznanili z načrtom in poročilom.',
    );
    const italian = 'Člani so obiskali Città di Castello, kjer è bila è razstava è.';
    expect(cleanText(italian).text).toBe(italian);
  });

  it('turns NBSP into spaces, caps blank lines at two and drops control characters', () => {
    const result = cleanText('SKLEP\u00A0št. 1:\n\n\n\n\nPotrdi se\u0007 zapisnik.\fStran 2');
    expect(result.text).toBe('SKLEP št. 1:\n\n\nPotrdi se zapisnik.\nStran 2');
    expect(countOf(result, 'blank-lines')).toBe(1);
    expect(countOf(result, 'control-characters')).toBe(2);
  });

  it('leaves quotes, dashes and double spaces inside lines untouched', () => {
    const text = 'Komisija je sprejela naslednji  SKLEP: »Podpira se pobratenje« – soglasno.';
    expect(cleanText(text)).toEqual({ text, cleaning: [] });
  });
});
