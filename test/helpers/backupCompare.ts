import { parseLine, readBackupLines } from '../../src/backup/backupFormat.js';

/** A value with its object keys sorted, as text: equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export interface CanonicalGraph {
  /** One text per node: its sorted labels and every property; sorted. */
  readonly nodes: string[];
  /** One text per relationship: its type, the texts of its two ends and every property; sorted. */
  readonly relationships: string[];
}

/**
 * A backup file's graph without the database's internal ids: what two files
 * of the same graph from two databases share, node by node and relationship
 * by relationship (ends named by their own labels and properties, the `id` included).
 */
export async function canonicalGraph(file: string): Promise<CanonicalGraph> {
  const byKey = new Map<string, string>();
  const relationships: string[] = [];
  let lineNumber = 0;
  for await (const text of readBackupLines(file)) {
    lineNumber += 1;
    if (lineNumber === 1) continue;
    const parsed = parseLine(text, lineNumber);
    if (parsed.kind === 'node') {
      byKey.set(parsed.line.n, canonical({ labels: [...parsed.line.labels].sort(), props: parsed.line.props }));
    } else if (parsed.kind === 'relationship') {
      const { type, start, end, props } = parsed.line;
      relationships.push(
        canonical({
          type,
          start: byKey.get(start) ?? `missing ${start}`,
          end: byKey.get(end) ?? `missing ${end}`,
          props,
        }),
      );
    }
  }
  return { nodes: [...byKey.values()].sort(), relationships: relationships.sort() };
}
