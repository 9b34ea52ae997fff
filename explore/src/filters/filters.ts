import type { GraphEdge, GraphNode, GraphView } from '../api/types';

/** What the user has chosen to see. Empty lists and missing bounds hide nothing. */
export interface Filters {
  /** Node kinds hidden (the legend's unticked entries). */
  hiddenKinds: readonly string[];
  /** Relationship types hidden. */
  hiddenRelations: readonly string[];
  /** Nodes the user hid one by one. */
  hiddenNodes: readonly string[];
  /** Date range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

export const NO_FILTERS: Filters = { hiddenKinds: [], hiddenRelations: [], hiddenNodes: [] };

/** Properties that date a node or an edge: when it starts, when it ends, or both. */
export const START_PROPERTIES = ['date', 'dateFrom', 'validFrom', 'start', 'startDate', 'from', 'signedOn'] as const;
export const END_PROPERTIES = ['date', 'dateTo', 'validTo', 'end', 'endDate', 'to'] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Is this a date as the graph writes them (YYYY, YYYY-MM, YYYY-MM-DD, or an ISO date-time)? */
export function isPartialDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim());
}

/**
 * A partial date as a full day: its first day (`bound` 'start') or its last
 * ('end'): 2021 → 2021-01-01 or 2021-12-31, 2021-02 → 2021-02-01 or 2021-02-28.
 */
export function expandDate(value: string, bound: 'start' | 'end'): string | undefined {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return undefined;
  const year = m[1]!;
  if (m[2] === undefined) return bound === 'start' ? `${year}-01-01` : `${year}-12-31`;
  if (m[3] !== undefined) return `${year}-${m[2]}-${m[3]}`;
  if (bound === 'start') return `${year}-${m[2]}-01`;
  const last = new Date(Date.UTC(Number(year), Number(m[2]), 0)).getUTCDate();
  return `${year}-${m[2]}-${String(last).padStart(2, '0')}`;
}

/** The span of time an item's properties give, as full days; undefined when it has no date. */
export function dateSpan(properties: Record<string, unknown>): { from: string; to: string } | undefined {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const key of START_PROPERTIES) {
    const v = properties[key];
    if (typeof v === 'string') {
      const d = expandDate(v, 'start');
      if (d) starts.push(d);
    }
  }
  for (const key of END_PROPERTIES) {
    const v = properties[key];
    if (typeof v === 'string') {
      const d = expandDate(v, 'end');
      if (d) ends.push(d);
    }
  }
  if (starts.length === 0 && ends.length === 0) return undefined;
  const from = [...starts].sort()[0] ?? '0000-01-01';
  const to = [...ends].sort().at(-1) ?? '9999-12-31';
  return { from, to };
}

/** Does an item fall in the date range? Items with no date always do (undated facts are never hidden by time). */
export function inDateRange(properties: Record<string, unknown>, dateFrom?: string, dateTo?: string): boolean {
  if (!dateFrom && !dateTo) return true;
  const span = dateSpan(properties);
  if (!span) return true;
  const lo = dateFrom ? expandDate(dateFrom, 'start') : undefined;
  const hi = dateTo ? expandDate(dateTo, 'end') : undefined;
  if (lo && span.to < lo) return false;
  if (hi && span.from > hi) return false;
  return true;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Which nodes and edges the filters leave on screen. A node is hidden by its
 * kind, by the user, or by the date range; an edge by its type, its date, or
 * a hidden end. A node that had edges but has lost all of them to the filters
 * is hidden too (it would float alone), except the `keep` nodes (the focus).
 */
export function computeVisibility(view: GraphView, filters: Filters, keep: readonly string[] = []): Visibility {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const hiddenNodes = new Set(filters.hiddenNodes);
  const kept = new Set(keep);
  const nodes = new Set<string>();
  for (const node of view.nodes) {
    if (hiddenNodes.has(node.id)) continue;
    if (!kept.has(node.id)) {
      if (hiddenKinds.has(node.type)) continue;
      if (!inDateRange(node.properties, filters.dateFrom, filters.dateTo)) continue;
    }
    nodes.add(node.id);
  }
  const edges = new Set<string>();
  const hadEdges = new Set<string>();
  const hasEdges = new Set<string>();
  for (const edge of view.edges) {
    hadEdges.add(edge.source);
    hadEdges.add(edge.target);
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (hiddenRelations.has(edge.type)) continue;
    if (!inDateRange(edge.properties, filters.dateFrom, filters.dateTo)) continue;
    edges.add(edge.id);
    hasEdges.add(edge.source);
    hasEdges.add(edge.target);
  }
  const filtering =
    hiddenKinds.size > 0 || hiddenRelations.size > 0 || hiddenNodes.size > 0 || !!filters.dateFrom || !!filters.dateTo;
  if (filtering) {
    for (const id of [...nodes]) {
      if (hadEdges.has(id) && !hasEdges.has(id) && !kept.has(id)) nodes.delete(id);
    }
  }
  return { nodes, edges };
}

/** The part of a view the filters leave: what the table shows and the exports write. */
export function visibleView(view: GraphView, visibility: Visibility): GraphView {
  return {
    nodes: view.nodes.filter((n) => visibility.nodes.has(n.id)),
    edges: view.edges.filter((e) => visibility.edges.has(e.id)),
  };
}

export interface LegendCount {
  key: string;
  total: number;
  visible: number;
}

function countBy<T>(items: readonly T[], key: (item: T) => string, visible: (item: T) => boolean): LegendCount[] {
  const counts = new Map<string, LegendCount>();
  for (const item of items) {
    const k = key(item);
    const c = counts.get(k) ?? { key: k, total: 0, visible: 0 };
    c.total += 1;
    if (visible(item)) c.visible += 1;
    counts.set(k, c);
  }
  return [...counts.values()];
}

/** The legend's rows: each node kind on screen with how many are loaded and how many are visible. */
export function kindCounts(nodes: readonly GraphNode[], visibility: Visibility): LegendCount[] {
  return countBy(
    nodes,
    (n) => n.type,
    (n) => visibility.nodes.has(n.id),
  );
}

export function relationCounts(edges: readonly GraphEdge[], visibility: Visibility): LegendCount[] {
  return countBy(
    edges,
    (e) => e.type,
    (e) => visibility.edges.has(e.id),
  ).sort((a, b) => a.key.localeCompare(b.key));
}

/** The earliest and latest dates in a view: the bounds the date filter offers. */
export function dateExtent(view: GraphView): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const item of [...view.nodes, ...view.edges]) {
    const span = dateSpan(item.properties);
    if (!span) continue;
    if (span.from !== '0000-01-01' && (!from || span.from < from)) from = span.from;
    if (span.to !== '9999-12-31' && (!to || span.to > to)) to = span.to;
  }
  return from && to ? { from, to } : undefined;
}

/** Toggle a value in a list (the legend's click): returns a new list. */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Sigma's edge labels for what is visible: parallel edges between the same two
 * nodes are drawn on top of each other, so the first carries all their labels
 * (joined) and the others none.
 */
export function parallelEdgeLabels(
  edges: readonly { id: string; source: string; target: string; label: string }[],
  visible: ReadonlySet<string>,
): Map<string, string> {
  const byPair = new Map<string, { first: string; labels: string[] }>();
  const out = new Map<string, string>();
  for (const edge of edges) {
    if (!visible.has(edge.id)) continue;
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = byPair.get(pair);
    if (!group) {
      byPair.set(pair, { first: edge.id, labels: [edge.label] });
      out.set(edge.id, edge.label);
    } else {
      if (!group.labels.includes(edge.label)) group.labels.push(edge.label);
      out.set(group.first, group.labels.join(', '));
      out.set(edge.id, '');
    }
  }
  return out;
}
