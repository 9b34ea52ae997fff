import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  filterByKind,
  filterRows,
  foldText,
  kindCounts,
  nextSort,
  pageOf,
  sortRows,
} from '../../src/table/tableFilter';

describe('foldText', () => {
  it('drops accents and case, so "struc" finds "Štručl"', () => {
    expect(foldText('Štručl')).toBe('strucl');
    expect(foldText('Mestna OBČINA Kranj')).toBe('mestna obcina kranj');
    expect(foldText('Đurđevac Straße Łódź Ærø')).toBe('durdevac strasse lodz aero');
    expect(foldText('Екатеринбург')).toBe('екатеринбург');
    expect(foldText('Йошкар-Ола')).toBe('иошкар-ола');
  });
});

describe('filterRows', () => {
  const rows = [
    { id: 1, search: foldText('Katja Štruc · vodja kabineta') },
    { id: 2, search: foldText('Jekaterinburg Yekaterinburg Екатеринбург') },
    { id: 3, search: foldText('Mestna občina Kranj MOK') },
  ];
  const ids = (query: string) => filterRows(rows, query).map((r) => r.id);

  it('matches accent- and case-insensitively, every word anywhere', () => {
    expect(ids('struc')).toEqual([1]);
    expect(ids('ŠTRUC')).toEqual([1]);
    expect(ids('yekat')).toEqual([2]);
    expect(ids('Екатер')).toEqual([2]);
    expect(ids('obcina kranj')).toEqual([3]);
    expect(ids('kranj občina')).toEqual([3]);
    expect(ids('kranj katja')).toEqual([]);
  });

  it('keeps every row for an empty or blank query, and does not change its input', () => {
    expect(ids('')).toEqual([1, 2, 3]);
    expect(ids('   ')).toEqual([1, 2, 3]);
    expect(filterRows(rows, '')).not.toBe(rows);
  });
});

describe('filterByKind and kindCounts', () => {
  const rows = [{ type: 'Person' }, { type: 'City' }, { type: 'Person' }];
  it('keeps one kind, or all for ""', () => {
    expect(filterByKind(rows, 'Person')).toHaveLength(2);
    expect(filterByKind(rows, '')).toHaveLength(3);
    expect(filterByKind(rows, 'Twinning')).toHaveLength(0);
  });
  it('counts the kinds present, in the order given', () => {
    expect(kindCounts(rows)).toEqual([
      { type: 'City', count: 1 },
      { type: 'Person', count: 2 },
    ]);
    expect(kindCounts(rows, (a, b) => (a === 'Person' ? -1 : b === 'Person' ? 1 : 0))[0]).toEqual({
      type: 'Person',
      count: 2,
    });
  });
});

describe('sorting', () => {
  const rows = [
    { name: 'Žiri', degree: 2 },
    { name: 'Celje', degree: 10 },
    { name: '', degree: 1 },
    { name: 'Črnomelj', degree: 2 },
    { name: 'ajdovščina', degree: 3 },
    { name: 'Kranj 10', degree: 0 },
    { name: 'Kranj 9', degree: 0 },
  ];
  const by = (key: 'name' | 'degree', direction: 'ascending' | 'descending') =>
    sortRows(rows, { key, direction }, (r, k) => r[k as 'name' | 'degree'], 'sl').map(
      (r) => r[key === 'name' ? 'name' : 'degree'],
    );

  it('sorts text by the language (Č after C, Ž last, case aside, numbers numerically), empty cells last', () => {
    expect(by('name', 'ascending')).toEqual(['ajdovščina', 'Celje', 'Črnomelj', 'Kranj 9', 'Kranj 10', 'Žiri', '']);
    expect(by('name', 'descending')).toEqual(['Žiri', 'Kranj 10', 'Kranj 9', 'Črnomelj', 'Celje', 'ajdovščina', '']);
  });

  it('sorts numbers by value, keeping the original order of ties (stable)', () => {
    expect(by('degree', 'descending')).toEqual([10, 3, 2, 2, 1, 0, 0]);
    const ties = sortRows(rows, { key: 'degree', direction: 'descending' }, (r) => r.degree).map((r) => r.name);
    expect(ties.indexOf('Žiri')).toBeLessThan(ties.indexOf('Črnomelj'));
    const tiesAsc = sortRows(rows, { key: 'degree', direction: 'ascending' }, (r) => r.degree).map((r) => r.name);
    expect(tiesAsc.indexOf('Žiri')).toBeLessThan(tiesAsc.indexOf('Črnomelj'));
  });

  it('without a sort keeps the order; clicking a header starts ascending, clicking again flips', () => {
    expect(sortRows(rows, null, () => '')).toEqual(rows);
    const first = nextSort(null, 'name');
    expect(first).toEqual({ key: 'name', direction: 'ascending' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(second, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(second, 'degree')).toEqual({ key: 'degree', direction: 'ascending' });
    expect(ariaSort(second, 'name')).toBe('descending');
    expect(ariaSort(second, 'degree')).toBe('none');
    expect(ariaSort(null, 'name')).toBe('none');
  });
});

describe('pageOf', () => {
  it('shows every row up to 500', () => {
    expect(pageOf(0, 0)).toEqual({ page: 0, pages: 1, start: 0, end: 0 });
    expect(pageOf(500, 3)).toEqual({ page: 0, pages: 1, start: 0, end: 500 });
  });
  it('pages of 250 above that, the page clamped', () => {
    expect(pageOf(10_000, 0)).toEqual({ page: 0, pages: 40, start: 0, end: 250 });
    expect(pageOf(10_000, 39)).toEqual({ page: 39, pages: 40, start: 9750, end: 10_000 });
    expect(pageOf(501, 5)).toEqual({ page: 2, pages: 3, start: 500, end: 501 });
    expect(pageOf(501, -1).page).toBe(0);
  });
});
