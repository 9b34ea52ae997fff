/**
 * A synthetic graph view in the API's shape, for measuring what the explorer
 * draws: `nodes` entities of the seed's kinds in clusters (a municipality and
 * its twinnings, partner cities, actors and people), about three edges per
 * node. Deterministic for a given seed.
 */
export interface SyntheticView {
  nodes: { id: string; type: string; label: string; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

const KINDS: readonly [string, number][] = [
  ['Person', 0.4],
  ['Company', 0.15],
  ['Agency', 0.05],
  ['City', 0.15],
  ['Country', 0.02],
  ['Twinning', 0.1],
  ['Event', 0.08],
  ['Municipality', 0.05],
];
const EDGE_TYPES = ['INVOLVED_IN', 'PARTNER', 'HOLDS', 'MEMBERSHIP_IN', 'LOCATED_IN', 'PARTICIPATED_IN'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraphView(nodeCount: number, seed = 1): SyntheticView {
  const next = random(seed);
  const pickKind = (): string => {
    let r = next();
    for (const [kind, share] of KINDS) {
      if ((r -= share) < 0) return kind;
    }
    return 'Person';
  };
  const clusters = Math.max(1, Math.round(nodeCount / 250));
  const nodes: SyntheticView['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = i < clusters ? 'Municipality' : pickKind();
    nodes.push({
      id: `n${i}`,
      type,
      label: `${type} ${i}`,
      properties: { name: `${type} ${i}`, cluster: i % clusters },
    });
  }
  const edges: SyntheticView['edges'] = [];
  const seen = new Set<string>();
  for (let i = clusters; i < nodeCount; i++) {
    const links = 1 + Math.floor(next() * 5); // 1..5, about 3 on average
    for (let k = 0; k < links; k++) {
      // mostly within the node's own cluster, sometimes across
      const sameCluster = next() < 0.9;
      const cluster = sameCluster ? i % clusters : Math.floor(next() * clusters);
      const j = cluster + clusters * Math.floor(next() * Math.floor(i / clusters + 1));
      if (j === i || j >= nodeCount) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const type = EDGE_TYPES[Math.floor(next() * EDGE_TYPES.length)] ?? 'INVOLVED_IN';
      edges.push({ id: `e${edges.length}`, type, source: `n${i}`, target: `n${j}`, properties: {} });
    }
  }
  return { nodes, edges };
}
