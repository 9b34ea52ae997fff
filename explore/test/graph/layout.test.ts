import { describe, expect, it } from 'vitest';
import { countCrossings, layoutAll, radialSeed, settleNew } from '../../src/graph/layout';
import { createNetworkGraph, mergeView } from '../../src/graph/toGraphElements';
import { edge, node, partnerNetwork } from './fixtures';

describe('layout', () => {
  it('lays out a graph with finite, distinct positions and no overlapping nodes', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    layoutAll(graph, 'org:kranj');
    const nodes = graph.mapNodes((id, a) => ({ id, ...a }));
    for (const a of nodes) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      for (const b of nodes) {
        if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan((a.size + b.size) * 0.5);
      }
    }
  });

  it('is deterministic: the same data gives the same drawing', () => {
    const a = createNetworkGraph();
    const b = createNetworkGraph();
    mergeView(a, partnerNetwork(), { lang: 'en' });
    mergeView(b, partnerNetwork(), { lang: 'en' });
    layoutAll(a, 'org:kranj');
    layoutAll(b, 'org:kranj');
    a.forEachNode((id, attrs) => expect(b.getNodeAttribute(id, 'x')).toBeCloseTo(attrs.x, 9));
  });

  it('seeds a tree without crossings', () => {
    const graph = createNetworkGraph();
    const nodes = Array.from({ length: 13 }, (_, i) => node(`n${i}`, 'Person'));
    const edges = nodes.slice(1).map((n, i) => edge(`e${i}`, 'MENTIONS', `n${Math.floor(i / 3)}`, n.id));
    mergeView(graph, { nodes, edges }, { lang: 'en' });
    radialSeed(graph, 'n0');
    expect(countCrossings(graph)).toBe(0);
    expect(graph.getNodeAttributes('n0')).toMatchObject({ x: 0, y: 0 });
  });

  it('counts crossing edges', () => {
    const graph = createNetworkGraph();
    mergeView(
      graph,
      {
        nodes: ['a', 'b', 'c', 'd'].map((id) => node(id, 'City')),
        edges: [edge('ac', 'X', 'a', 'c'), edge('bd', 'X', 'b', 'd')],
      },
      { lang: 'en' },
    );
    const at = { a: [0, 0], b: [1, 0], c: [1, 1], d: [0, 1] } as const;
    for (const [id, [x, y]] of Object.entries(at)) graph.mergeNodeAttributes(id, { x, y });
    expect(countCrossings(graph)).toBe(1);
    graph.mergeNodeAttributes('c', { x: 0, y: 1 });
    graph.mergeNodeAttributes('d', { x: 1, y: 1 });
    expect(countCrossings(graph)).toBe(0);
  });

  it('settles new nodes without moving the ones already drawn', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    layoutAll(graph, 'org:kranj');
    const before = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    const fresh = Array.from({ length: 8 }, (_, i) => node(`p${i}`, 'Person'));
    const { added } = mergeView(
      graph,
      { nodes: fresh, edges: fresh.map((n) => edge(`e${n.id}`, 'MENTIONS', n.id, 'twinning:ky')) },
      { lang: 'en', anchor: 'twinning:ky' },
    );
    settleNew(graph, added);
    for (const [id, p] of before) expect(graph.getNodeAttributes(id)).toMatchObject(p);
  });
});
