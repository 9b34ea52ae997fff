import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/api/types';
import { JSON_SOURCE, toJson } from '../../src/export/toJson';
import { VIEW } from './fixtures';

describe('toJson', () => {
  it('writes pretty JSON that reads back as the same graph view, with a header', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    const text = toJson(VIEW, { generatedAt: at });
    expect(text).toContain('\n  "nodes": [\n');
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text) as GraphView & { generatedAt: string; source: string };
    expect(file.generatedAt).toBe('2026-11-30T10:00:00.000Z');
    expect(file.source).toBe(JSON_SOURCE);
    expect({ nodes: file.nodes, edges: file.edges }).toEqual(VIEW);
  });

  it('keeps only the API shape: what a drawing attached to its elements is left out', () => {
    const drawn = {
      nodes: [{ id: 'a', type: 'City', label: 'A', properties: { name: 'A' }, x: 1, y: 2, color: '#f00' }],
      edges: [{ id: 'e', type: 'PARTNER', source: 'a', target: 'a', properties: {}, hidden: true }],
    };
    const file = JSON.parse(toJson(drawn, { source: 'test' })) as GraphView & { source: string };
    expect(file.source).toBe('test');
    expect(file.nodes).toEqual([{ id: 'a', type: 'City', label: 'A', properties: { name: 'A' } }]);
    expect(file.edges).toEqual([{ id: 'e', type: 'PARTNER', source: 'a', target: 'a', properties: {} }]);
    expect(Object.keys(file)).toEqual(['generatedAt', 'source', 'nodes', 'edges']);
  });
});
