import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../src/map/labelPlacement';

const box = { x: 0, y: 0, width: 960, height: 500 };

describe('placeLabels', () => {
  it('puts a lone label right of its dot', () => {
    const placed = placeLabels([{ id: 'a', x: 100, y: 100, text: 'Kranj' }], box, 1);
    expect(placed.get('a')).toEqual({ side: 'right', x: 109, y: 104, anchor: 'start' });
  });

  it('moves a label left when the right side would leave the view box', () => {
    const placed = placeLabels([{ id: 'a', x: 950, y: 100, text: 'Zhangjiakou' }], box, 1);
    expect(placed.get('a')).toMatchObject({ side: 'left', anchor: 'end', x: 941 });
  });

  const cluster = ['Ljubljana', 'Zagreb', 'Sarajevo', 'Wien', 'Bratislava', 'Praha'].map((text, i) => ({
    id: text,
    x: 300 + i,
    y: 200 + (i % 2),
    text,
  }));

  it('gives way to dots and labels placed before it, and hides a label that fits nowhere', () => {
    const placed = placeLabels(cluster, box, 1);
    expect(placed.get('Ljubljana')?.side).not.toBe('hidden');
    const shown = cluster.filter((c) => placed.get(c.id)?.side !== 'hidden').map((c) => placed.get(c.id)?.side);
    expect(new Set(shown).size).toBe(shown.length); // each shown one on its own side of the cluster
    expect(shown.length).toBeLessThan(cluster.length);
  });

  it('always shows a label that must show (the home city), even in a crowd', () => {
    const crowd = [...cluster.slice(1), { ...cluster[0]!, always: true }];
    expect(placeLabels(cluster.slice(1), box, 1).size).toBe(5);
    expect(placeLabels(crowd, box, 1).get('Ljubljana')?.side).not.toBe('hidden');
  });

  it('scales with the view box (k): zoomed in, the same cluster has room for every label', () => {
    const zoomed = { x: 290, y: 195, width: 24, height: 12.5 };
    const placed = placeLabels(cluster, zoomed, 0.025);
    for (const c of cluster) expect(placed.get(c.id)?.side).not.toBe('hidden');
  });

  it('estimates a width from the number of characters', () => {
    expect(labelWidth('成都', 10)).toBe(12);
    expect(labelWidth('Kranj', 10)).toBe(30);
  });
});
