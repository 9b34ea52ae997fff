import neo4j from 'neo4j-driver';

/**
 * A value read from Neo4j as plain JSON: integers as numbers (or, beyond
 * 2^53, as decimal strings), temporal and spatial values as their ISO text,
 * lists and maps value by value. Whatever the driver's integer setting.
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'object') {
    if (value.constructor !== Object) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainValue(v)]));
  }
  return value;
}
