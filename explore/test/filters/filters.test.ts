import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  dateExtent,
  dateSpan,
  expandDate,
  inDateRange,
  isPartialDate,
  kindCounts,
  NO_FILTERS,
  parallelEdgeLabels,
  relationCounts,
  toggle,
  visibleView,
} from '../../src/filters/filters';
import { edge, node, partnerNetwork } from '../graph/fixtures';

describe('dates', () => {
  it('reads partial dates as their first or last day', () => {
    expect(expandDate('2021', 'start')).toBe('2021-01-01');
    expect(expandDate('2021', 'end')).toBe('2021-12-31');
    expect(expandDate('2024-02', 'end')).toBe('2024-02-29');
    expect(expandDate('2023-02', 'end')).toBe('2023-02-28');
    expect(expandDate('2021-07', 'start')).toBe('2021-07-01');
    expect(expandDate('2021-12-14', 'end')).toBe('2021-12-14');
    expect(expandDate('2021-12-14T17:00:00Z', 'start')).toBe('2021-12-14');
    expect(expandDate('July', 'start')).toBeUndefined();
  });

  it('tells dates from other text', () => {
    expect(isPartialDate('2021')).toBe(true);
    expect(isPartialDate('2021-12-14')).toBe(true);
    expect(isPartialDate('14.12.2021')).toBe(false);
    expect(isPartialDate('')).toBe(false);
  });

  it('takes an item’s span from date, dateFrom/dateTo, validFrom/validTo, start/end', () => {
    expect(dateSpan({ date: '2021-12-14' })).toEqual({ from: '2021-12-14', to: '2021-12-14' });
    expect(dateSpan({ dateFrom: '2019', dateTo: '2021-06' })).toEqual({ from: '2019-01-01', to: '2021-06-30' });
    expect(dateSpan({ validFrom: '2020-03-01' })).toEqual({ from: '2020-03-01', to: '9999-12-31' });
    expect(dateSpan({ start: '2018', end: '2022' })).toEqual({ from: '2018-01-01', to: '2022-12-31' });
    expect(dateSpan({ name: 'Kranj' })).toBeUndefined();
  });

  it('keeps items that overlap the range, and undated items always', () => {
    expect(inDateRange({ date: '2021-12-14' }, '2021', '2021')).toBe(true);
    expect(inDateRange({ date: '2021-12-14' }, '2022', undefined)).toBe(false);
    expect(inDateRange({ date: '2021-12-14' }, undefined, '2021-11')).toBe(false);
    expect(inDateRange({ start: '2018', end: '2022' }, '2020', '2020')).toBe(true);
    expect(inDateRange({ validFrom: '2020' }, '2030', undefined)).toBe(true);
    expect(inDateRange({ name: 'undated' }, '2030', '2031')).toBe(true);
    expect(inDateRange({ date: '1990' })).toBe(true);
  });

  it('finds the dates a view spans', () => {
    expect(dateExtent(partnerNetwork())).toEqual({ from: '2021-12-14', to: '2021-12-14' });
    expect(dateExtent({ nodes: [node('a', 'City')], edges: [] })).toBeUndefined();
  });
});

describe('computeVisibility', () => {
  const view = partnerNetwork();

  it('shows everything without filters', () => {
    const v = computeVisibility(view, NO_FILTERS);
    expect(v.nodes.size).toBe(view.nodes.length);
    expect(v.edges.size).toBe(view.edges.length);
  });

  it('hides nodes of a hidden kind, and their edges', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenKinds: ['Person'] });
    expect(v.nodes.has('person:consul')).toBe(false);
    expect(v.edges.has('inv:consul:b')).toBe(false);
    expect(v.nodes.has('org:iskratel')).toBe(true);
  });

  it('hides edges of a hidden relation type, and nodes left with no edge', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenRelations: ['INVOLVED_IN'] });
    expect([...v.edges].some((id) => id.startsWith('inv:'))).toBe(false);
    // Iskratel and the consul were only involved: they would float alone
    expect(v.nodes.has('org:iskratel')).toBe(false);
    expect(v.nodes.has('person:consul')).toBe(false);
    // Kranj still governs its city
    expect(v.nodes.has('org:kranj')).toBe(true);
  });

  it('never hides the kept nodes (the focus) by kind or date', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenKinds: ['Municipality'] }, ['org:kranj']);
    expect(v.nodes.has('org:kranj')).toBe(true);
  });

  it('hides nodes the user hid, even the focus', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenNodes: ['org:iskratel'] }, ['org:kranj']);
    expect(v.nodes.has('org:iskratel')).toBe(false);
    expect(v.edges.has('inv:iskratel')).toBe(false);
  });

  it('filters dated nodes and edges by the date range', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, dateFrom: '2022' });
    expect(v.nodes.has('session:s2')).toBe(false);
    expect(v.edges.has('concerns:s2')).toBe(false);
    expect(v.nodes.has('twinning:ky')).toBe(true);
    const in2021 = computeVisibility(view, { ...NO_FILTERS, dateFrom: '2021', dateTo: '2021-12' });
    expect(in2021.nodes.has('session:s2')).toBe(true);
  });

  it('gives the visible part of a view for the table and the exports', () => {
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenKinds: ['Session'] });
    const visible = visibleView(view, v);
    expect(visible.nodes.map((n) => n.id)).not.toContain('session:s2');
    expect(visible.edges.map((e) => e.id)).not.toContain('concerns:s2');
    expect(visible.nodes).toHaveLength(view.nodes.length - 1);
  });
});

describe('legend counts', () => {
  it('counts nodes by kind and edges by type, loaded and visible', () => {
    const view = partnerNetwork();
    const v = computeVisibility(view, { ...NO_FILTERS, hiddenNodes: ['city:kranj'] });
    const kinds = kindCounts(view.nodes, v);
    expect(kinds.find((c) => c.key === 'City')).toEqual({ key: 'City', total: 2, visible: 1 });
    const relations = relationCounts(view.edges, v);
    expect(relations.find((c) => c.key === 'INVOLVED_IN')).toEqual({ key: 'INVOLVED_IN', total: 4, visible: 4 });
    expect(relations.find((c) => c.key === 'PARTNER')).toEqual({ key: 'PARTNER', total: 2, visible: 1 });
    expect(relations.map((r) => r.key)).toEqual([...relations.map((r) => r.key)].sort());
  });
});

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('parallelEdgeLabels', () => {
  it('joins the labels of parallel edges on the first and blanks the others', () => {
    const edges = [
      { id: 'b', source: 'p', target: 't', label: 'brokered' },
      { id: 's', source: 'p', target: 't', label: 'supported' },
      { id: 'r', source: 't', target: 'p', label: 'brokered' },
      { id: 'x', source: 'q', target: 't', label: 'proposed' },
    ];
    const labels = parallelEdgeLabels(edges, new Set(['b', 's', 'r', 'x']));
    expect(labels.get('b')).toBe('brokered, supported');
    expect(labels.get('s')).toBe('');
    expect(labels.get('r')).toBe('');
    expect(labels.get('x')).toBe('proposed');
  });

  it('ignores hidden edges', () => {
    const edges = [
      { id: 'b', source: 'p', target: 't', label: 'brokered' },
      { id: 's', source: 'p', target: 't', label: 'supported' },
    ];
    const labels = parallelEdgeLabels(edges, new Set(['s']));
    expect(labels.get('s')).toBe('supported');
    expect(labels.has('b')).toBe(false);
  });
});

describe('edges of unknown types', () => {
  it('are filtered like any other', () => {
    const view = { nodes: [node('a', 'City'), node('b', 'City')], edges: [edge('ab', 'TWINNED_WITH', 'a', 'b')] };
    expect(computeVisibility(view, { ...NO_FILTERS, hiddenRelations: ['TWINNED_WITH'] }).edges.size).toBe(0);
  });
});
