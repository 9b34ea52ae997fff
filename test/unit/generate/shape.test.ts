import { describe, expect, it } from 'vitest';
import { randomFor } from '../../../src/generate/random.js';
import { planSize } from '../../../src/generate/sizePlan.js';
import { twinningCount } from '../../../src/generate/twinningPlan.js';

describe('the generated world', () => {
  it('gives municipalities long-tailed numbers of partner cities: most 0–3, the largest 20 and more', () => {
    const counts = Array.from({ length: 212 }, (_, rank) => twinningCount(randomFor(1, 'twinnings', rank), rank));
    const sorted = [...counts].sort((x, y) => x - y);
    const median = sorted[106] ?? 0;
    expect(median).toBeLessThanOrEqual(3);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...counts)).toBeGreaterThan(5 * Math.max(1, median));
    expect(counts.filter((c) => c <= 3).length).toBeGreaterThan(212 * 0.7);
  });

  it('plans more municipalities, then more years, as the target grows', () => {
    const small = planSize(3_000);
    const medium = planSize(100_000);
    const large = planSize(2_000_000);
    const huge = planSize(40_000_000);
    expect(small.municipalities).toBe(1);
    expect(medium.municipalities).toBeGreaterThan(small.municipalities);
    expect(large.municipalities).toBeGreaterThan(medium.municipalities);
    expect(huge.municipalities).toBeGreaterThan(212);
    expect(huge.lastMonth - huge.firstMonth).toBeGreaterThan(large.lastMonth - large.firstMonth);
  });

  it('draws the same numbers from the same seed and key, others from another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => randomFor(seed, 'k').next());
    expect(draw(1)).toEqual(draw(1));
    const r = randomFor(1, 'k');
    const s = randomFor(2, 'k');
    expect(r.next()).not.toBe(s.next());
  });
});
