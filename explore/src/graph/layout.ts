import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { hashUnit, type NetworkGraph } from './toGraphElements';

/** Above this many nodes the layout runs in a Web Worker (the page keeps drawing meanwhile). */
export const WORKER_THRESHOLD = 1500;

function fa2Settings(graph: NetworkGraph) {
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    gravity: 1,
    scalingRatio: graph.order < 200 ? 4 : (inferred.scalingRatio ?? 10),
    barnesHutOptimize: graph.order > 300,
  };
}

/**
 * Starting positions as a radial tree around the root (breadth-first, each
 * subtree given a sector in proportion to its size): few crossings to begin
 * with, which ForceAtlas2 then relaxes. Nodes not reached from the root start
 * their own trees beside it.
 */
export function radialSeed(graph: NetworkGraph, root: string | undefined, unit = 10): void {
  const parent = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const order: string[] = [];
  const starts = root !== undefined && graph.hasNode(root) ? [root, ...graph.nodes()] : graph.nodes();
  const trees: string[] = [];
  for (const start of starts) {
    if (parent.has(start)) continue;
    trees.push(start);
    parent.set(start, null);
    order.push(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i += 1) {
      const n = queue[i]!;
      for (const m of [...new Set(graph.neighbors(n))].sort()) {
        if (parent.has(m)) continue;
        parent.set(m, n);
        children.set(n, [...(children.get(n) ?? []), m]);
        queue.push(m);
        order.push(m);
      }
    }
  }
  const weight = new Map<string, number>();
  for (const n of [...order].reverse()) {
    weight.set(n, 1 + (children.get(n) ?? []).reduce((sum, c) => sum + (weight.get(c) ?? 1), 0));
  }
  const place = (n: string, depth: number, a0: number, a1: number, cx: number, cy: number) => {
    const a = (a0 + a1) / 2;
    graph.mergeNodeAttributes(n, { x: cx + depth * unit * Math.cos(a), y: cy + depth * unit * Math.sin(a) });
    const cs = children.get(n) ?? [];
    const total = cs.reduce((sum, c) => sum + (weight.get(c) ?? 1), 0);
    let at = a0;
    for (const c of cs) {
      const span = ((a1 - a0) * (weight.get(c) ?? 1)) / total;
      place(c, depth + 1, at, at + span, cx, cy);
      at += span;
    }
  };
  // the first tree in the middle, the others (disconnected parts) on a ring around it
  trees.forEach((tree, i) => {
    const ring = i === 0 ? 0 : unit * (4 + Math.sqrt(order.length));
    const angle = i * 2.4;
    place(tree, 0, 0, 2 * Math.PI, ring * Math.cos(angle), ring * Math.sin(angle));
  });
}

/** How many pairs of edges cross (edges sharing an end do not count); undefined above `maxEdges`. */
export function countCrossings(graph: NetworkGraph, maxEdges = 400): number | undefined {
  if (graph.size > maxEdges) return undefined;
  const segments = graph.mapEdges((_e, _a, s, t, sa, ta) => ({ s, t, x1: sa.x, y1: sa.y, x2: ta.x, y2: ta.y }));
  const ccw = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    (cy - ay) * (bx - ax) > (by - ay) * (cx - ax);
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const a = segments[i]!;
    for (let j = i + 1; j < segments.length; j += 1) {
      const b = segments[j]!;
      if (a.s === b.s || a.s === b.t || a.t === b.s || a.t === b.t) continue;
      if (
        ccw(a.x1, a.y1, b.x1, b.y1, b.x2, b.y2) !== ccw(a.x2, a.y2, b.x1, b.y1, b.x2, b.y2) &&
        ccw(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) !== ccw(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2)
      ) {
        crossings += 1;
      }
    }
  }
  return crossings;
}

/** Small graphs are laid out from a few starts (the radial tree and pseudo-random discs) and the one with the fewest crossings kept. */
export const LAYOUT_TRIALS = 4;

/** Iterations that settle a graph of this size on the main thread in well under a second. */
export function iterationsFor(order: number): number {
  if (order <= 100) return 400;
  if (order <= 500) return 250;
  return 120;
}

/**
 * Lay out the whole graph: ForceAtlas2 from a radial tree around the root,
 * then noverlap so nodes (and most labels) stand apart. A small graph is also
 * tried from a few pseudo-random starts (stable per node id), keeping the
 * drawing with the fewest edge crossings.
 */
export function layoutAll(graph: NetworkGraph, root?: string): void {
  if (graph.order < 2) return;
  const iterations = iterationsFor(graph.order);
  const settings = fa2Settings(graph);
  const trials = graph.size <= 300 ? LAYOUT_TRIALS : 1;
  const unit = 10;
  let best: { crossings: number; positions: Map<string, { x: number; y: number }> } | undefined;
  for (let trial = 0; trial < trials; trial += 1) {
    if (trial === 0) {
      radialSeed(graph, root, unit);
    } else {
      const scale = unit * Math.sqrt(graph.order);
      graph.updateEachNodeAttributes((id, a) => {
        const angle = hashUnit(id, 10 + trial) * 2 * Math.PI;
        const r = Math.sqrt(hashUnit(id, 20 + trial)) * scale;
        return { ...a, x: r * Math.cos(angle), y: r * Math.sin(angle) };
      });
    }
    forceAtlas2.assign(graph, { iterations, settings });
    removeOverlaps(graph);
    if (trials === 1) return;
    const crossings = countCrossings(graph) ?? 0;
    if (!best || crossings < best.crossings) {
      const positions = new Map<string, { x: number; y: number }>();
      graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
      best = { crossings, positions };
    }
  }
  if (best) {
    const positions = best.positions;
    graph.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id) }));
  }
}

export function removeOverlaps(graph: NetworkGraph, keep?: ReadonlySet<string>): void {
  const saved = new Map<string, { x: number; y: number }>();
  if (keep) for (const id of keep) if (graph.hasNode(id)) saved.set(id, { ...graph.getNodeAttributes(id) });
  noverlap.assign(graph, { maxIterations: 120, settings: { margin: 10, ratio: 1.5, expansion: 1.1 } });
  for (const [id, p] of saved) graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
}

/**
 * Settle nodes just added without moving the others (pitfall B: the mental
 * map): they keep the fan they were placed on, and are only pushed off any
 * node they overlap; every other node stays where it was.
 */
export function settleNew(graph: NetworkGraph, added: readonly string[]): void {
  if (added.length === 0 || graph.order < 3) return;
  const isNew = new Set(added);
  removeOverlaps(graph, new Set(graph.filterNodes((id) => !isNew.has(id))));
}
