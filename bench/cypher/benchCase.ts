import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Focus } from './focus.js';

/** A GraphQL response's `data`, as parsed JSON. */
export type GraphqlData = Record<string, unknown>;

/**
 * One benchmarked question: the GraphQL request a client sends, and the one
 * parameterised Cypher query that fetches the same answer through the driver.
 * `summary…` reduce both answers to what must agree (ids, counts), checked
 * once before timing.
 */
export interface BenchCase {
  readonly name: string;
  graphql(focus: Focus): { readonly query: string; readonly variables: Record<string, unknown> };
  cypher(focus: Focus): { readonly query: string; readonly params: Record<string, unknown> };
  summaryOfGraphql(data: GraphqlData): unknown;
  summaryOfCypher(records: readonly Neo4jRecord[]): unknown;
}

/** A JSON value's field, as a list (empty when missing). */
export function listOf(value: unknown, key?: string): Record<string, unknown>[] {
  const v = key === undefined ? value : (value as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

/** A JSON value's field, as an object (empty when missing). */
export function objectOf(value: unknown, key: string): Record<string, unknown> {
  const v = (value as Record<string, unknown> | null | undefined)?.[key];
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

/** The ids of a list of maps, sorted (the order of equal sort keys is not part of the answer). */
export function sortedIds(items: readonly Record<string, unknown>[]): string[] {
  return items.map((i) => String(i['id'])).sort();
}

/** The first record's column (the single-row queries). */
export function column(records: readonly Neo4jRecord[], key: string): unknown {
  return records[0]?.get(key);
}

/** The nodes and edges a GraphView holds, deduplicated as toGraphView does. */
export function graphViewSummary(nodes: readonly Record<string, unknown>[], edges: readonly Record<string, unknown>[]) {
  const nodeIds = [...new Set(nodes.map((n) => String(n['id'])))].sort();
  const kept = new Set(nodeIds);
  const edgeIds = [
    ...new Set(
      edges.filter((e) => kept.has(String(e['source'])) && kept.has(String(e['target']))).map((e) => String(e['id'])),
    ),
  ].sort();
  return { nodes: nodeIds, edges: edgeIds };
}
