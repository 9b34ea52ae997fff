/**
 * The new elementId of every restored node, by the node's key in the backup
 * file (the source's elementId), so that relationships are created by a direct
 * id seek rather than through a temporary indexed property that would have to
 * be written, indexed and removed again on every node.
 *
 * Neo4j 5 elementIds look like `4:<database uuid>:<number>`: one prefix for the
 * whole database and a number. When a key has the prefix seen first and a
 * safe-integer tail, only the number is stored (about 40 bytes an entry instead
 * of about 200), so a million nodes take tens of MiB; any other key is kept
 * whole. Entries are spread over several Maps (a V8 Map holds at most 2^24).
 */
const SHARDS = 16;
const SHAPE = /^(.*:)(\d{1,15})$/;

/** Splits ids into a shared prefix and a number when it can; keeps the rest as text. */
class IdPacker {
  private prefix: string | undefined;

  pack(id: string): number | string {
    const match = SHAPE.exec(id);
    if (!match) return id;
    this.prefix ??= match[1]!;
    return match[1] === this.prefix ? Number(match[2]) : id;
  }

  unpack(value: number | string): string {
    return typeof value === 'number' ? `${this.prefix ?? ''}${value}` : value;
  }
}

/** File key → new elementId, compactly (see above). */
export class NodeKeyTable {
  private readonly keys = new IdPacker();
  private readonly ids = new IdPacker();
  private readonly shards: Map<number | string, number | string>[] = Array.from({ length: SHARDS }, () => new Map());
  private count = 0;

  private shard(key: number | string): Map<number | string, number | string> {
    const index = typeof key === 'number' ? key % SHARDS : key.length % SHARDS;
    return this.shards[index]!;
  }

  /** Remembers where the node with this file key was created. */
  set(fileKey: string, elementId: string): void {
    const key = this.keys.pack(fileKey);
    const shard = this.shard(key);
    if (!shard.has(key)) this.count += 1;
    shard.set(key, this.ids.pack(elementId));
  }

  /** The new elementId of the node with this file key, if it was restored. */
  get(fileKey: string): string | undefined {
    const key = this.keys.pack(fileKey);
    const value = this.shard(key).get(key);
    return value === undefined ? undefined : this.ids.unpack(value);
  }

  /** Whether a node with this file key was already restored. */
  has(fileKey: string): boolean {
    const key = this.keys.pack(fileKey);
    return this.shard(key).has(key);
  }

  get size(): number {
    return this.count;
  }
}
