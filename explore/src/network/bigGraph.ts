/**
 * When the network is drawn for frame rate rather than detail. Above this
 * many nodes or edges, nodes are drawn as points (sigma's NodePointProgram)
 * and edges as hairlines (EdgeLineProgram) instead of discs and arrows, the
 * nodes are smaller, and edges are hidden while the camera moves. Discs and
 * arrows are instanced programs: measured in headless Chromium (SwiftShader),
 * a frame cost about 25 µs per instance, and an arrow is two instances (line +
 * head) drawn per edge, a disc two (drawing + picking) per node — about 1.5 s
 * a frame at 10,000 nodes and 29,000 edges. Points and lines are plain vertex
 * arrays and cost about a third of that. Small graphs keep discs, arrows and
 * edge labels.
 */
export const BIG_NODES = 1000;
export const BIG_EDGES = 3000;

export function isBigGraph(graph: { order: number; size: number }): boolean {
  return graph.order > BIG_NODES || graph.size > BIG_EDGES;
}

/**
 * How much a big graph's nodes shrink: at the small graph's sizes thousands of
 * discs cover each other many times over (a blob, and overdraw to pay for),
 * so their total area is kept near what BIG_NODES nodes cover. 1 for small
 * graphs, never below 0.3 (nodes stay clickable).
 */
export function nodeSizeScale(order: number): number {
  return order <= BIG_NODES ? 1 : Math.max(0.3, Math.sqrt(BIG_NODES / order));
}
