import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../../../src/import/draftDocument.js';
import { createEntityResolver } from '../../../../src/import/resolve/createEntityResolver.js';
import { EMPTY_GRAPH } from '../../../../src/import/resolve/knownGraph.js';

const text = readFileSync(new URL('./fixtures/novo-mesto-mestni-svet-17.txt', import.meta.url), 'utf8');
const { draft } = await draftDocument(new TextEncoder().encode(text), 'novo-mesto.txt', { documentFile: 'x.txt' });
const ofType = (type: string) => draft.nodes.filter((n) => n.type === type);
const relation = (type: string, from: string, to: string) =>
  draft.relations.find((r) => r.type === type && r.from === from && r.to === to);

describe('a draft of minutes whose municipality has a lower-case word in its name (Novo mesto)', () => {
  it('names the municipality once, as the gazetteer does', () => {
    expect(ofType('Municipality').map((n) => [n.id, n.properties.name])).toEqual([
      ['org:mestna-obcina-novo-mesto', 'Mestna občina Novo mesto'],
    ]);
  });

  it('holds the session of the council, and the council is part of the municipality', () => {
    expect(ofType('Council').map((n) => n.id)).toEqual(['org:novo-mesto-mestni-svet']);
    const session = ofType('Session')[0]?.id ?? '';
    expect(relation('OF_BODY', session, 'org:novo-mesto-mestni-svet')).toBeDefined();
    expect(relation('PART_OF', 'org:novo-mesto-mestni-svet', 'org:mestna-obcina-novo-mesto')).toBeDefined();
  });

  it('takes the council speaking of itself in a resolution for the council, not a new organisation', () => {
    const twinning = ofType('Twinning')[0]?.id ?? '';
    expect(draft.relations.filter((r) => r.type === 'INVOLVED_IN' && r.to === twinning).map((r) => r.from)).toContain(
      'org:novo-mesto-mestni-svet',
    );
    expect(ofType('Company').map((n) => n.properties.name)).not.toContain('Mestni svet Mestne občine Novo mesto');
  });
});

describe('createEntityResolver', () => {
  it('never takes a body for the municipality whose name it contains', () => {
    const resolver = createEntityResolver(EMPTY_GRAPH, []);
    const municipality = resolver.resolve({ surface: 'Mestna občina Novo', type: 'Municipality', structured: true });
    const council = resolver.resolve({
      surface: 'Mestni svet Mestne občine Novo mesto',
      type: 'Council',
      municipalityId: municipality.id,
      structured: true,
    });
    expect(council.id).not.toBe(municipality.id);
    expect(council.type).toBe('Council');
  });
});
