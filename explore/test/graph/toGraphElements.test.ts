import { describe, expect, it } from 'vitest';
import { kindStyle } from '../../src/graph/kinds';
import {
  createNetworkGraph,
  displayNames,
  edgeLabel,
  mergeView,
  nodeStyle,
  relabelEdges,
  relabelStatusSteps,
  ringPositions,
  shortLabel,
  sizeByDegree,
  viewOf,
} from '../../src/graph/toGraphElements';
import { edge, node, partnerNetwork } from './fixtures';

describe('node styles', () => {
  it('colours and sizes a node by its kind, and labels it with its original name', () => {
    const style = nodeStyle(node('city:yekaterinburg', 'City', { name: 'Jekaterinburg', nameEn: 'Yekaterinburg' }));
    expect(style.color).toBe(kindStyle('City').color);
    expect(style.size).toBe(kindStyle('City').size);
    expect(style.label).toBe('Jekaterinburg');
    expect(style.fullLabel).toBe('Jekaterinburg · Yekaterinburg');
    expect(style.kind).toBe('City');
  });

  it('labels a status step in the interface language, and re-labels it when the language changes', () => {
    const step = {
      ...node('step:1', 'StatusChange', { status: 'SUPPORTED', date: '2021-12-14' }),
      label: 'SUPPORTED 2021-12-14',
    };
    expect(nodeStyle(step, 'sl').label).toBe('podprto 14. december 2021');
    expect(nodeStyle(step).label).toBe('SUPPORTED 2021-12-14');
    const graph = createNetworkGraph();
    mergeView(graph, { nodes: [step], edges: [] }, { lang: 'sl' });
    expect(graph.getNodeAttribute('step:1', 'label')).toBe('podprto 14. december 2021');
    relabelStatusSteps(graph, 'en');
    expect(graph.getNodeAttribute('step:1', 'label')).toBe('supported 14 December 2021');
    expect(graph.getNodeAttribute('step:1', 'fullLabel')).toBe('supported 14 December 2021');
  });

  it('gives different kinds different colours, and unknown kinds a neutral one', () => {
    expect(kindStyle('Person').color).not.toBe(kindStyle('Twinning').color);
    expect(kindStyle('Martian').color).toBe('#888888');
  });

  it('does not repeat an English name equal to the original', () => {
    expect(displayNames(node('city:kranj', 'City', { name: 'Kranj', nameEn: 'Kranj' }))).toEqual({ original: 'Kranj' });
  });

  it('uses a membership title when there is no name', () => {
    const names = displayNames(
      node('m:1', 'Membership', { titleOriginal: 'vodja Kabineta župana', titleEn: 'Head of Cabinet' }),
    );
    expect(names).toEqual({ original: 'vodja Kabineta župana', english: 'Head of Cabinet' });
  });

  it('uses the abbreviation for a name too long to draw', () => {
    const style = nodeStyle(
      node('org:spirit', 'PublicAgency', {
        name: 'Javna agencija Republike Slovenije za spodbujanje podjetništva, internacionalizacije, tujih investicij in tehnologije',
        abbreviation: 'SPIRIT Slovenija',
      }),
    );
    expect(style.label).toBe('SPIRIT Slovenija');
  });
});

describe('shortLabel', () => {
  it('keeps short labels as they are', () => {
    expect(shortLabel('Kranj')).toBe('Kranj');
  });

  it('keeps the first and last words of a long label, so names that start alike stay apart', () => {
    const a = shortLabel('Pobratenje Mestne občine Kranj z mestom Jekaterinburg', 30);
    const b = shortLabel('Pobratenje Mestne občine Kranj z mestom Zhangjiakou', 30);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^Pobratenje .*…/);
    expect(a.endsWith('Jekaterinburg')).toBe(true);
    expect(Array.from(a).length).toBeLessThanOrEqual(32);
  });

  it('cuts one very long word with an ellipsis', () => {
    expect(shortLabel('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('edge labels', () => {
  it('labels an involvement by its role', () => {
    expect(edgeLabel(edge('e', 'INVOLVED_IN', 'a', 'b', { role: 'BROKERED' }), 'en')).toBe('brokered');
    expect(edgeLabel(edge('e', 'INVOLVED_IN', 'a', 'b', { role: 'INITIATED' }), 'sl')).toBe('pobudnik');
  });

  it('labels other edges by their relationship, with a role when they have one', () => {
    expect(edgeLabel(edge('e', 'LOCATED_IN', 'a', 'b'), 'en')).toBe('located in');
    expect(edgeLabel(edge('e', 'LOCATED_IN', 'a', 'b'), 'sl')).toBe('leži v');
    expect(edgeLabel(edge('e', 'PARTICIPATED_IN', 'a', 'b', { role: 'host' }), 'en')).toBe('took part: host');
    expect(edgeLabel(edge('e', 'SOME_NEW_TYPE', 'a', 'b'), 'en')).toBe('some new type');
  });

  it('re-labels every edge when the language changes', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    expect(graph.getEdgeAttribute('inv:kranj', 'label')).toBe('initiated');
    relabelEdges(graph, 'sl');
    expect(graph.getEdgeAttribute('inv:kranj', 'label')).toBe('pobudnik');
  });
});

describe('mergeView', () => {
  it('adds every node and edge of a view, keeping the API data on each', () => {
    const graph = createNetworkGraph();
    const view = partnerNetwork();
    const result = mergeView(graph, view, { lang: 'en' });
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    expect(result.added).toHaveLength(view.nodes.length);
    expect(result.rest).toEqual([]);
    // parallel edges (one actor, two roles) are both kept
    expect(graph.edges('person:consul', 'twinning:ky')).toHaveLength(2);
    expect(
      viewOf(graph)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(view.nodes.map((n) => n.id).sort());
    expect(viewOf(graph).edges.find((e) => e.id === 'inv:iskratel')?.properties.role).toBe('BROKERED');
  });

  it('gives every node a finite position, the same for the same ids', () => {
    const a = createNetworkGraph();
    const b = createNetworkGraph();
    mergeView(a, partnerNetwork(), { lang: 'en' });
    mergeView(b, partnerNetwork(), { lang: 'en' });
    a.forEachNode((id, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(b.getNodeAttribute(id, 'x')).toBe(attrs.x);
    });
  });

  it('does not move nodes already on screen when new data arrives', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    graph.setNodeAttribute('twinning:ky', 'x', 123);
    graph.setNodeAttribute('twinning:ky', 'y', -45);
    const before = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    mergeView(
      graph,
      {
        nodes: [
          node('twinning:ky', 'Twinning', { name: 'Pobratenje (popravljeno)' }),
          node('org:spirit', 'PublicAgency', { name: 'SPIRIT' }),
        ],
        edges: [edge('inv:spirit', 'INVOLVED_IN', 'org:spirit', 'twinning:ky', { role: 'PROPOSED' })],
      },
      { lang: 'en', anchor: 'twinning:ky' },
    );
    for (const [id, p] of before) expect(graph.getNodeAttributes(id)).toMatchObject(p);
    // the existing node's data is refreshed, not its position
    expect(graph.getNodeAttribute('twinning:ky', 'label')).toBe('Pobratenje (popravljeno)');
    expect(graph.hasEdge('inv:spirit')).toBe(true);
  });

  it('places an expansion on a small circle around the anchor', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    const centre = graph.getNodeAttributes('org:iskratel');
    const fresh = Array.from({ length: 6 }, (_, i) => node(`person:p${i}`, 'Person', { name: `P ${i}` }));
    const { added } = mergeView(
      graph,
      { nodes: fresh, edges: fresh.map((n) => edge(`e:${n.id}`, 'MENTIONS', n.id, 'org:iskratel')) },
      { lang: 'en', anchor: 'org:iskratel' },
    );
    const distances = added.map((id) => {
      const p = graph.getNodeAttributes(id);
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    });
    const first = distances[0]!;
    expect(first).toBeGreaterThan(0);
    for (const d of distances) expect(d).toBeCloseTo(first, 6);
    // no two new nodes on the same spot
    const spots = new Set(
      added.map((id) => `${graph.getNodeAttribute(id, 'x').toFixed(3)},${graph.getNodeAttribute(id, 'y').toFixed(3)}`),
    );
    expect(spots.size).toBe(added.length);
  });

  it('caps an expansion and returns the rest, main kinds first', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    const statements = Array.from({ length: 60 }, (_, i) =>
      node(`statement:${String(i).padStart(2, '0')}`, 'Statement'),
    );
    const twinning = node('twinning:other', 'Twinning', { name: 'Drugo pobratenje' });
    const view = {
      nodes: [...statements, twinning],
      edges: [...statements, twinning].map((n) => edge(`m:${n.id}`, 'MENTIONS', n.id, 'org:iskratel')),
    };
    const result = mergeView(graph, view, { lang: 'en', anchor: 'org:iskratel', maxNew: 50 });
    expect(result.added).toHaveLength(50);
    expect(result.added[0]).toBe('twinning:other');
    expect(result.rest).toHaveLength(11);
    // edges only to nodes on screen
    for (const n of result.rest) expect(graph.hasNode(n.id)).toBe(false);
    expect(graph.hasEdge('m:twinning:other')).toBe(true);
    expect(graph.hasEdge(`m:${result.rest[0]!.id}`)).toBe(false);
  });

  it('adds nodes one at a time around the same anchor without stacking them', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    for (let i = 0; i < 5; i += 1) {
      mergeView(
        graph,
        { nodes: [node(`x:${i}`, 'Person')], edges: [edge(`ex:${i}`, 'MENTIONS', `x:${i}`, 'org:iskratel')] },
        { lang: 'en', anchor: 'org:iskratel' },
      );
    }
    const spots = new Set(
      [0, 1, 2, 3, 4].map(
        (i) =>
          `${graph.getNodeAttribute(`x:${i}`, 'x').toFixed(3)},${graph.getNodeAttribute(`x:${i}`, 'y').toFixed(3)}`,
      ),
    );
    expect(spots.size).toBe(5);
  });
});

describe('ringPositions', () => {
  it('fans new nodes out on an arc facing the given direction', () => {
    const positions = ringPositions({ x: 0, y: 0 }, 3, 10, 0, 0);
    for (const p of positions) expect(p.x).toBeGreaterThan(0);
    const full = ringPositions({ x: 0, y: 0 }, 4, 10);
    expect(full.some((p) => p.x < 0)).toBe(true);
  });

  it('grows the circle with the count so nodes stand apart', () => {
    const few = ringPositions({ x: 0, y: 0 }, 4, 10);
    const many = ringPositions({ x: 0, y: 0 }, 200, 10);
    expect(Math.hypot(many[0]!.x, many[0]!.y)).toBeGreaterThan(Math.hypot(few[0]!.x, few[0]!.y));
  });
});

describe('sizeByDegree', () => {
  it('makes busier nodes and the focus bigger', () => {
    const graph = createNetworkGraph();
    mergeView(graph, partnerNetwork(), { lang: 'en' });
    sizeByDegree(graph, 'org:kranj');
    const twinning = graph.getNodeAttribute('twinning:ky', 'size');
    expect(twinning).toBeGreaterThan(kindStyle('Twinning').size);
    expect(graph.getNodeAttribute('org:kranj', 'size')).toBeGreaterThan(kindStyle('Municipality').size + 4);
  });
});
