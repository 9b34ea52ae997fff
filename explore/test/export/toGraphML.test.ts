import { describe, expect, it } from 'vitest';
import { toGraphML as serverToGraphML } from '../../../src/api/graphView/toGraphML';
import { toGraphML } from '../../src/export/toGraphML';
import { VIEW } from './fixtures';
import { attr, parseXml as parse, type XmlElement as El } from './parseXml';

/** The data of one element, by the attr.name of its key. */
function dataOf(root: El, element: El): Record<string, string> {
  const names = new Map(root.querySelectorAll('key').map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]));
  const out: Record<string, string> = {};
  for (const d of element.children.filter((c) => c.tagName.toLowerCase() === 'data')) {
    out[names.get(d.getAttribute('key')) ?? '?'] = d.textContent ?? '';
  }
  return out;
}

describe('toGraphML', () => {
  it('is the server export itself, so /export/graph.graphml and the explorer agree', () => {
    expect(toGraphML(VIEW)).toBe(serverToGraphML(VIEW));
  });

  it('writes a directed GraphML graph with every node and edge, ids kept', () => {
    const xml = toGraphML(VIEW);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'),
    ).toBe(true);
    const root = parse(xml);
    expect(root.tagName.toLowerCase()).toBe('graphml');
    const graph = root.querySelectorAll('graph');
    expect(graph).toHaveLength(1);
    expect(graph[0]!.getAttribute('edgedefault')).toBe('directed');
    expect(root.querySelectorAll('node').map((n) => attr(n, 'id'))).toEqual(VIEW.nodes.map((n) => n.id));
    const edges = root.querySelectorAll('edge');
    expect(edges.map((e) => [attr(e, 'id'), attr(e, 'source'), attr(e, 'target')])).toEqual(
      VIEW.edges.map((e) => [e.id, e.source, e.target]),
    );
  });

  it('declares keys for type, label, the properties as JSON and every property, typed', () => {
    const root = parse(toGraphML(VIEW));
    const keys = root
      .querySelectorAll('key')
      .map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`);
    for (const key of [
      'node:type:string',
      'node:label:string',
      'node:properties:string',
      'edge:type:string',
      'edge:quote:string',
      'edge:properties:string',
      'node:name:string',
      'node:nameEn:string',
      'node:aliases:string',
      'node:year:long',
      'node:share:double',
      'node:unanimous:boolean',
      'node:type (property):string',
      'edge:role:string',
      'edge:start:long',
      'edge:documentId:string',
    ])
      expect(keys).toContain(key);
    // Key ids are unique; every data element names a declared key.
    const ids = root.querySelectorAll('key').map((k) => k.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of root.querySelectorAll('data')) expect(ids).toContain(d.getAttribute('key'));
  });

  it('escapes values and reads back: text as written, arrays and objects as JSON', () => {
    const root = parse(toGraphML(VIEW));
    const nodes = root.querySelectorAll('node');
    const kranj = dataOf(root, nodes[0]!);
    expect(kranj['name']).toBe('Mestna občina Kranj');
    expect(JSON.parse(kranj['aliases']!)).toEqual(['MOK', 'Mestna obcina Kranj']);
    expect(JSON.parse(kranj['properties']!)).toEqual(VIEW.nodes[0]!.properties);
    expect(dataOf(root, nodes[1]!)['description']).toBe('Head of the "Mayor\'s" Cabinet <& co>');
    const involvement = dataOf(root, root.querySelectorAll('edge')[0]!);
    expect(involvement['quote']).toBe(VIEW.edges[0]!.properties['quote']);
    expect(involvement['type']).toBe('INVOLVED_IN');
    expect(involvement['role']).toBe('INITIATED');
    expect(involvement['start']).toBe('1021');
  });

  it('replaces characters XML cannot hold and survives an empty view', () => {
    const xml = toGraphML({
      nodes: [{ id: 'a<b', type: 'Person', label: 'bell\u0007', properties: { note: 'x\u0000y' } }],
      edges: [],
    });
    expect(xml).not.toContain('\u0000');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('bell\uFFFD');
    expect(xml).toContain('<node id="a&lt;b">');
    expect(parse(toGraphML({ nodes: [], edges: [] })).querySelectorAll('graph')).toHaveLength(1);
  });
});
