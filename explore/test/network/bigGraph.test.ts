import { describe, expect, it } from 'vitest';
import { BIG_EDGES, BIG_NODES, isBigGraph, nodeSizeScale } from '../../src/network/bigGraph';

describe('isBigGraph', () => {
  it('keeps the seed-sized network in the detailed look', () => {
    expect(isBigGraph({ order: 40, size: 60 })).toBe(false);
    expect(isBigGraph({ order: BIG_NODES, size: BIG_EDGES })).toBe(false);
  });

  it('switches to the fast look above either limit', () => {
    expect(isBigGraph({ order: BIG_NODES + 1, size: 10 })).toBe(true);
    expect(isBigGraph({ order: 500, size: BIG_EDGES + 1 })).toBe(true);
    expect(isBigGraph({ order: 10_000, size: 28_769 })).toBe(true);
  });
});

describe('nodeSizeScale', () => {
  it('leaves small graphs at full size', () => {
    expect(nodeSizeScale(40)).toBe(1);
    expect(nodeSizeScale(BIG_NODES)).toBe(1);
  });

  it('keeps the total node area of a big graph near that of BIG_NODES nodes', () => {
    const scale = nodeSizeScale(4 * BIG_NODES);
    expect(scale).toBeCloseTo(0.5);
    expect(4 * BIG_NODES * scale ** 2).toBeCloseTo(BIG_NODES);
  });

  it('shrinks as the graph grows, but never below 0.3', () => {
    expect(nodeSizeScale(2000)).toBeGreaterThan(nodeSizeScale(5000));
    expect(nodeSizeScale(10_000)).toBeCloseTo(Math.sqrt(0.1));
    expect(nodeSizeScale(1_000_000)).toBe(0.3);
  });
});
