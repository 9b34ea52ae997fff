import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode, GraphView } from '../api/types';
import type { Lang } from '../i18n/lang';
import { nodeLabel, relationName, roleName } from '../i18n/vocabulary';
import { kindStyle } from './kinds';

/** What the network keeps on each graphology node: sigma's display attributes and the API's node. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** The short label sigma draws (original name, shortened). */
  label: string;
  /** Original name with the English beside it when it differs (hover, selection, exports). */
  fullLabel: string;
  kind: string;
  data: GraphNode;
  /** Kept while a layout pins the node in place. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  label: string;
  color: string;
  size: number;
  type: 'arrow' | 'line';
  relation: string;
  data: GraphEdge;
}

export type NetworkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createNetworkGraph(): NetworkGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

const LABEL_MAX = 36;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A node's name as written in its source and its English name, when the API gave one that differs. */
export function displayNames(node: GraphNode): { original: string; english?: string } {
  const p = node.properties;
  const original =
    text(p.name) ?? text(p.titleOriginal) ?? text(p.title) ?? text(p.summary) ?? text(p.text) ?? node.label;
  const english = text(p.nameEn) ?? text(p.titleEn) ?? text(p.summaryEn) ?? text(p.textEn);
  return english && english !== original ? { original, english } : { original };
}

/**
 * Shorten a label for drawing: at most about `max` characters, keeping its
 * first and last words ("Pobratenje Mestne … z mestom Jekaterinburg"), since
 * names that start alike often differ at the end.
 */
export function shortLabel(label: string, max = LABEL_MAX): string {
  if (Array.from(label).length <= max) return label;
  const words = label.split(/\s+/);
  const len = (parts: string[]) => Array.from(parts.join(' ')).length;
  const head: string[] = [];
  const tail: string[] = [];
  for (const w of words) {
    if (len([...head, w]) > max * 0.5) break;
    head.push(w);
  }
  for (const w of [...words].reverse()) {
    if (head.length + tail.length >= words.length - 1 || len([w, ...tail]) > max * 0.45) break;
    tail.unshift(w);
  }
  if (head.length === 0 || tail.length === 0) {
    return `${Array.from(label)
      .slice(0, max - 1)
      .join('')
      .trimEnd()}…`;
  }
  return `${head.join(' ').replace(/[,;:(-]+$/, '')} … ${tail.join(' ')}`;
}

/**
 * The graph's display attributes of a node (position not included). With a
 * language, a status step's label from the API ("SUPPORTED 2021-12-14") is
 * shown in it ("podprto 14. december 2021").
 */
export function nodeStyle(node: GraphNode, lang?: Lang): Omit<NodeAttributes, 'x' | 'y'> {
  const style = kindStyle(node.type);
  const names = displayNames(node);
  const { original, english } =
    lang && node.type === 'StatusChange' && names.original === node.label
      ? { original: nodeLabel(node.type, node.label, lang), english: undefined }
      : names;
  const abbreviation = text(node.properties.abbreviation);
  return {
    size: style.size,
    color: style.color,
    label: shortLabel(abbreviation && Array.from(original).length > LABEL_MAX ? abbreviation : original),
    fullLabel: english ? `${original} · ${english}` : original,
    kind: node.type,
    data: node,
  };
}

/** An edge's label: its relationship, and for an involvement its role (initiated, proposed, brokered, supported…). */
export function edgeLabel(edge: GraphEdge, lang: Lang): string {
  const role = text(edge.properties.role);
  if (edge.type === 'INVOLVED_IN' && role) return roleName(role, lang);
  const name = relationName(edge.type, lang);
  return role ? `${name}: ${roleName(role, lang)}` : name;
}

const EDGE_COLORS: Record<string, string> = {
  INVOLVED_IN: '#d81b60',
  PARTNER: '#e67e22',
  PARTICIPATED_IN: '#0097a7',
};

export function edgeStyle(edge: GraphEdge, lang: Lang): EdgeAttributes {
  const strong = edge.type in EDGE_COLORS;
  return {
    label: edgeLabel(edge, lang),
    color: EDGE_COLORS[edge.type] ?? '#b8c2cc',
    size: strong ? 2 : 1,
    type: 'arrow',
    relation: edge.type,
    data: edge,
  };
}

/** A stable pseudo-random number in [0, 1) for an id: positions do not depend on load order. */
export function hashUnit(id: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/** A starting position on a disc for a node with no neighbour on screen (a layout refines it). */
export function seedPosition(id: string, scale: number): { x: number; y: number } {
  const angle = hashUnit(id, 1) * 2 * Math.PI;
  const radius = Math.sqrt(hashUnit(id, 2)) * scale;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** The typical length of an edge on screen (median of a sample), the unit new nodes are placed in. */
export function typicalEdgeLength(graph: NetworkGraph): number {
  const lengths: number[] = [];
  graph.someEdge((_e, _a, s, t, sa, ta) => {
    if (s !== t) lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y));
    return lengths.length >= 400;
  });
  if (lengths.length === 0) return 10;
  lengths.sort((a, b) => a - b);
  return Math.max(lengths[Math.floor(lengths.length / 2)] ?? 10, 1e-6);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Place `count` new nodes around a centre. With a `direction` (radians: away
 * from the rest of the drawing) they fan out on an arc facing that way, so
 * their edges do not cross the drawing; without one, on a full circle. The
 * radius grows with the count so they stand apart. Nodes added one at a time
 * (`already` placed before) go round by the golden angle, never on each other.
 */
export function ringPositions(
  centre: { x: number; y: number },
  count: number,
  unit: number,
  already = 0,
  direction?: number,
): { x: number; y: number }[] {
  const spacing = unit * 0.45;
  const out: { x: number; y: number }[] = [];
  if (count === 1 && already > 0) {
    const angle = (direction ?? 0) + (already % 2 === 0 ? 1 : -1) * ((already * GOLDEN_ANGLE) % Math.PI);
    const r = unit * (1 + 0.1 * (already % 4));
    return [{ x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) }];
  }
  const arc = direction === undefined ? 2 * Math.PI : Math.min(2 * Math.PI, Math.max(Math.PI / 2, count * 0.45));
  const full = arc >= 2 * Math.PI - 1e-9;
  const radius = Math.max(unit, (count * spacing) / arc);
  const start = (direction ?? 0.3) - (full ? 0 : arc / 2);
  for (let i = 0; i < count; i += 1) {
    const t = full ? i / count : count === 1 ? 0.5 : i / (count - 1);
    const angle = start + arc * t;
    out.push({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return out;
}

/** The way out from the drawing at a node: from the centroid of the other nodes towards it (undefined near the middle). */
export function outwardDirection(graph: NetworkGraph, id: string, unit: number): number | undefined {
  if (graph.order < 2) return undefined;
  let sx = 0;
  let sy = 0;
  let n = 0;
  graph.forEachNode((other, a) => {
    if (other === id) return;
    sx += a.x;
    sy += a.y;
    n += 1;
  });
  const p = graph.getNodeAttributes(id);
  const dx = p.x - sx / n;
  const dy = p.y - sy / n;
  return Math.hypot(dx, dy) < unit * 0.5 ? undefined : Math.atan2(dy, dx);
}

export interface MergeOptions {
  lang: Lang;
  /** Place the new nodes around this node (an expansion); without it, seed positions for a layout to refine. */
  anchor?: string;
  /** At most this many new nodes (an expansion's cap); the others are returned in `rest`. */
  maxNew?: number;
}

export interface MergeResult {
  /** Ids of the nodes added. */
  added: string[];
  /** New nodes left out by `maxNew`, in the order they would be added. */
  rest: GraphNode[];
}

/** Which new nodes come first when an expansion is capped: the partner network's main kinds, then by id. */
function priority(node: GraphNode): number {
  const order = ['Municipality', 'Twinning', 'City', 'Company', 'PublicAgency', 'GovernmentBody', 'Person', 'Country'];
  const i = order.indexOf(node.type);
  return i < 0 ? order.length : i;
}

/**
 * Merge a graph view into the network: nodes already there keep their
 * position (their data and style are refreshed), new nodes are placed around
 * the anchor (or seeded for a layout), and edges are added when both of their
 * ends are on screen. Returns what was added and what the cap left out.
 */
export function mergeView(graph: NetworkGraph, view: GraphView, options: MergeOptions): MergeResult {
  const fresh: GraphNode[] = [];
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, nodeStyle(node, options.lang));
    } else {
      fresh.push(node);
    }
  }
  const anchor = options.anchor !== undefined && graph.hasNode(options.anchor) ? options.anchor : undefined;
  let chosen = fresh;
  let rest: GraphNode[] = [];
  if (options.maxNew !== undefined && fresh.length > options.maxNew) {
    const sorted = [...fresh].sort((a, b) => priority(a) - priority(b) || a.id.localeCompare(b.id));
    chosen = sorted.slice(0, options.maxNew);
    rest = sorted.slice(options.maxNew);
  }
  if (anchor !== undefined) {
    const centre = graph.getNodeAttributes(anchor);
    const unit = typicalEdgeLength(graph);
    const direction = outwardDirection(graph, anchor, unit);
    const already = chosen.length === 1 ? graph.degree(anchor) : 0;
    const positions = ringPositions(centre, chosen.length, unit, already, direction);
    chosen.forEach((node, i) => graph.addNode(node.id, { ...nodeStyle(node, options.lang), ...positions[i]! }));
  } else {
    const scale = Math.max(10, Math.sqrt(graph.order + chosen.length) * 10);
    for (const node of chosen)
      graph.addNode(node.id, { ...nodeStyle(node, options.lang), ...seedPosition(node.id, scale) });
  }
  for (const edge of view.edges) {
    if (graph.hasEdge(edge.id)) {
      graph.mergeEdgeAttributes(edge.id, edgeStyle(edge, options.lang));
    } else if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeStyle(edge, options.lang));
    }
  }
  return { added: chosen.map((n) => n.id), rest };
}

/** Re-label every edge in another language (node labels are names and do not change). */
export function relabelEdges(graph: NetworkGraph, lang: Lang): void {
  graph.updateEachEdgeAttributes((_e, attrs) => ({ ...attrs, label: edgeLabel(attrs.data, lang) }));
}

/** Re-label the status steps in another language: the only nodes whose labels are words of the interface. */
export function relabelStatusSteps(graph: NetworkGraph, lang: Lang): void {
  graph.forEachNode((id, attrs) => {
    if (attrs.kind !== 'StatusChange') return;
    const { label, fullLabel } = nodeStyle(attrs.data, lang);
    graph.mergeNodeAttributes(id, { label, fullLabel });
  });
}

/** What the network holds, as a graph view (for the table, the filters and the exports). */
export function viewOf(graph: NetworkGraph): GraphView {
  return {
    nodes: graph.mapNodes((_n, a) => a.data),
    edges: graph.mapEdges((_e, a) => a.data),
  };
}

/** Nodes and edges sized by importance: a node grows with the square root of its degree. */
export function sizeByDegree(graph: NetworkGraph, focus?: string): void {
  graph.updateEachNodeAttributes((node, attrs) => {
    const base = kindStyle(attrs.kind).size;
    const degree = graph.degree(node);
    const size = base + Math.min(8, Math.sqrt(degree) * 1.2) + (node === focus ? 4 : 0);
    return { ...attrs, size };
  });
}
