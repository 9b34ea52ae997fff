/**
 * Which shared entities (people, bodies, cities, twinnings…) some document of
 * the corpus has already stated: one bit per entity number and kind, so that
 * the manifest counts each graph node once while memory stays a few bits per
 * entity.
 */
export class FirstSeen {
  private readonly bits = new Map<string, Uint8Array>();

  /** True the first time this entity is stated; marks it stated. */
  first(kind: string, index: number): boolean {
    let bits = this.bits.get(kind);
    const byte = index >>> 3;
    if (!bits || byte >= bits.length) {
      const grown = new Uint8Array(Math.max(64, (byte + 1) * 2));
      if (bits) grown.set(bits);
      bits = grown;
      this.bits.set(kind, bits);
    }
    const mask = 1 << (index & 7);
    if ((bits[byte] ?? 0) & mask) return false;
    bits[byte] = (bits[byte] ?? 0) | mask;
    return true;
  }
}
