import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/facts/partialDate.js';

describe('parsePartialDate', () => {
  it.each([
    ['2021', '2021-01-01', '2021-12-31', 'year'],
    ['2021-07', '2021-07-01', '2021-07-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2021-12-14', '2021-12-14', '2021-12-14', 'day'],
    ['2022-01-10/2022-01-16', '2022-01-10', '2022-01-16', 'interval'],
    ['2021/2021-12-13', '2021-01-01', '2021-12-13', 'interval'],
  ])('reads %s as %s to %s', (value, from, to, precision) => {
    expect(parsePartialDate(value)).toEqual({ value, from, to, precision });
  });

  it.each([
    ['14.12.2021', /not YYYY/],
    ['2021-13', /month 13/],
    ['2023-02-29', /2023-02 does not have/],
    ['2022-02/2022-01', /ends before it starts/],
    ['2021/2022/2023', /more than one/],
  ])('refuses %s', (value, message) => {
    expect(parsePartialDate(value)).toMatch(message);
  });
});
