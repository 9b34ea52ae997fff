/**
 * A tiny seeded pseudo-random generator (mulberry32) and the draws the corpus
 * generator needs. Every stream is derived from the seed and a key (a body, a
 * term, a month), so that a draw never depends on the order of others and the
 * same seed always gives the same corpus.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A log-normal draw: long-tailed, positive. */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  /** An index in [0, n) with probability ∝ 1/(i+1)^s: a few very frequent, a long tail. */
  zipf(n: number, s: number): number {
    // Inverse transform on the continuous approximation; exact enough for shaping a corpus.
    if (n <= 1) return 0;
    const u = this.next();
    if (Math.abs(s - 1) < 1e-9) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1))) - 1);
    const a = 1 - s;
    const x = Math.pow(1 + u * (Math.pow(n + 1, a) - 1), 1 / a) - 1;
    return Math.min(n - 1, Math.max(0, Math.floor(x)));
  }

  /** Picks k distinct indices of [0, n) (k ≤ n), in draw order. */
  sample(n: number, k: number): number[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, n)) chosen.add(this.int(0, n - 1));
    return [...chosen];
  }
}

/** FNV-1a over the keys: a 32-bit seed for an independent stream. */
export function hashKeys(...keys: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = keys.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Mix once more so that near keys give far seeds.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The stream for one purpose (keys) under one corpus seed. */
export function randomFor(seed: number, ...keys: readonly (string | number)[]): Random {
  return new Random(hashKeys(seed, ...keys));
}
