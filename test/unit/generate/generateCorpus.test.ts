import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GenerateSummary } from '../../../src/generate/generateCorpus.js';
import { countGraph, factsFiles, readCorpus } from './readCorpus.js';

const root = mkdtempSync(join(tmpdir(), 'mrg-generate-'));
const corpus = (name: string, nodes: number, seed: number): GenerateSummary =>
  generateCorpus({ nodes, seed, out: join(root, name) });

describe('generateCorpus', () => {
  let a: GenerateSummary;
  let again: GenerateSummary;
  let other: GenerateSummary;

  beforeAll(() => {
    a = corpus('a', 3000, 7);
    again = corpus('again', 3000, 7);
    other = corpus('other', 3000, 8);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes byte-identical files for the same nodes and seed, and different ones for another seed', () => {
    const names = (out: string) => factsFiles(out).map((f) => f.slice(out.length));
    expect(names(again.out)).toEqual(names(a.out));
    for (const file of factsFiles(a.out)) {
      const twin = join(again.out, file.slice(a.out.length));
      expect(readFileSync(twin, 'utf8')).toBe(readFileSync(file, 'utf8'));
      const text = file.replace('/facts/', '/documents/').replace('.facts.yaml', '.txt');
      expect(readFileSync(twin.replace('/facts/', '/documents/').replace('.facts.yaml', '.txt'), 'utf8')).toBe(
        readFileSync(text, 'utf8'),
      );
    }
    expect(readFileSync(join(again.out, 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(a.out, 'manifest.json'), 'utf8'),
    );
    const first = factsFiles(a.out)[0] ?? '';
    const otherFirst = factsFiles(other.out)[0] ?? '';
    expect(readFileSync(otherFirst, 'utf8')).not.toBe(readFileSync(first, 'utf8'));
  });

  it('writes facts files that pass validateFacts against their texts, with the counts the manifest states', async () => {
    const all = await readCorpus(a.out);
    expect(all.length).toBe(a.documents);
    expect(all.every((f) => f.pending.length === 0)).toBe(true);
    const graph = countGraph(all);
    const manifest = JSON.parse(readFileSync(join(a.out, 'manifest.json'), 'utf8')) as {
      graph: { nodes: number; relationships: number; claims: number };
      seed: number;
      nodesRequested: number;
    };
    expect(manifest).toMatchObject({ seed: 7, nodesRequested: 3000 });
    expect(graph.nodes).toBe(manifest.graph.nodes);
    expect(graph.relationships).toBe(manifest.graph.relationships);
    expect(graph.claims).toBe(manifest.graph.claims);
  });

  it('states the same entity with the same id, type and properties in every document', async () => {
    const all = await readCorpus(a.out);
    const seen = new Map<string, { type: string; props: string; documents: number }>();
    for (const f of all)
      for (const n of f.nodes) {
        const { description: _d, ...props } = n.properties as Record<string, unknown>;
        const shown = JSON.stringify(props);
        const before = seen.get(n.id);
        if (before) {
          expect(n.type).toBe(before.type);
          // A later statement may state fewer properties (a past session's number and date), never other values.
          for (const [k, v] of Object.entries(props)) expect(JSON.parse(before.props)[k] ?? v).toEqual(v);
          before.documents++;
        } else seen.set(n.id, { type: n.type, props: shown, documents: 1 });
      }
    const shared = [...seen.values()].filter((e) => e.documents > 1);
    expect(shared.some((e) => e.type === 'Person')).toBe(true);
    expect(shared.some((e) => e.type === 'Municipality')).toBe(true);
    expect(shared.some((e) => e.type === 'City')).toBe(true);
  });

  it('lands near the target number of nodes at different sizes', () => {
    for (const s of [a, corpus('b', 12_000, 3)]) {
      const requested = s.manifest.nodesRequested;
      expect(s.nodes).toBeGreaterThanOrEqual(requested);
      expect(s.nodes).toBeLessThan(requested * 1.05);
    }
  }, 120_000);
});
