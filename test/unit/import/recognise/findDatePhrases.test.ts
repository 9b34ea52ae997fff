import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../../../src/import/recognise/findDatePhrases.js';
import { at } from './minutesFixture.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('findDatePhrases', () => {
  it('takes the day before the session for "dan pred sejo komisije"', () => {
    const text = 'se je občina dan pred sejo komisije pobratila';
    const [d] = findDatePhrases(text, whole(text), '2021-12-14', 2021);
    expect(d?.date).toBe('2021-12-13');
    expect(at(text, d!.span)).toBe('dan pred sejo komisije');
    expect(d?.inferred).toBe(true);
  });

  it('counts "dva dni pred sejo" and "teden dni po seji" from the session date', () => {
    const text = 'dva dni pred sejo in teden dni po seji';
    expect(findDatePhrases(text, whole(text), '2024-03-01', 2024).map((d) => d.date)).toEqual([
      '2024-02-28',
      '2024-03-08',
    ]);
  });

  it('gives a month alone the session year and "lani" the year before', () => {
    const text = 'julija je bil na obisku, lani pa so podpisali pismo o nameri';
    expect(findDatePhrases(text, whole(text), '2021-12-14', 2021).map((d) => d.date)).toEqual(['2021-07', '2020']);
  });

  it('reads "drugi teden v januarju 2022" as the Monday-to-Sunday interval', () => {
    const text = 'je za sestanek predlagal drugi teden v januarju 2022.';
    const found = findDatePhrases(text, whole(text), '2021-12-14', 2021);
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2022-01-10/2022-01-16');
  });

  it('keeps written dates and offsets spans by the passage start', () => {
    const text = 'Uvod. Listino so podpisali 15. maja 2023 v Pliberku.';
    const within = { start: 6, end: text.length };
    const [d] = findDatePhrases(text, within, undefined, undefined);
    expect(d?.date).toBe('2023-05-15');
    expect(at(text, d!.span)).toBe('15. maja 2023');
  });

  it('leaves relative dates out when the session date is unknown', () => {
    const text = 'včeraj in dan pred sejo';
    expect(findDatePhrases(text, whole(text), undefined, undefined)).toEqual([]);
  });
});
