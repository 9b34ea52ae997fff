import { describe, expect, it } from 'vitest';
import { DraftFacts } from '../../../../src/import/draft/DraftFacts.js';

const text = 'PRISOTNI: Katja Štruc – vodja 😀 Kabineta župana.\nSejo je vodil Boštjan Trilar.';
const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('DraftFacts', () => {
  it('turns a span into a trimmed quote at its code point offset', () => {
    const facts = new DraftFacts(text);
    const s = span(' Kabineta župana.\n');
    expect(facts.evidence(s)).toEqual({
      start: Array.from(text.slice(0, s.start + 1)).length,
      quote: 'Kabineta župana.',
    });
    expect(facts.evidence({ start: 3, end: 3 })).toBeUndefined();
    expect(facts.evidence({ start: -1, end: 4 })).toBeUndefined();
  });

  it('states a node once, adding later passages and missing properties but keeping the first values', () => {
    const facts = new DraftFacts(text);
    facts.addNode('person:katja-struc', 'Person', { name: 'Katja Štruc' }, [span('Katja Štruc')], 'a');
    facts.addNode('person:katja-struc', 'Person', { name: 'Katji Štruc', description: 'x' }, [span('Boštjan')], 'b');
    expect(facts.nodes).toHaveLength(1);
    expect(facts.node('person:katja-struc')?.properties).toEqual({ name: 'Katja Štruc', description: 'x' });
    expect(facts.node('person:katja-struc')?.evidence.map((e) => e.quote)).toEqual(['Katja Štruc', 'Boštjan']);
  });

  it('drops a review mark once the node is stated with confidence', () => {
    const facts = new DraftFacts(text);
    facts.addNode('org:x', 'Company', { name: 'X' }, [span('Kabineta')], 'a', { reason: 'doubt' });
    expect(facts.node('org:x')?.review).toEqual({ reason: 'doubt' });
    facts.addNode('org:x', 'Company', { name: 'X' }, [span('Kabineta')], 'b');
    expect(facts.node('org:x')?.review).toBeUndefined();
  });

  it('refuses a node without any passage and a node restated as another kind', () => {
    const facts = new DraftFacts(text);
    expect(facts.addNode('org:y', 'Company', { name: 'Y' }, [undefined], 'a')).toBeUndefined();
    facts.addNode('org:z', 'Company', { name: 'Z' }, [span('Sejo')], 'a');
    expect(facts.addNode('org:z', 'Office', { name: 'Z' }, [span('Sejo')], 'a')).toBeUndefined();
    expect(facts.node('org:z')?.type).toBe('Company');
  });

  it('states a relation once per type, ends and distinguishing property, and never a loop', () => {
    const facts = new DraftFacts(text);
    const s = span('Sejo je vodil');
    facts.addRelation('INVOLVED_IN', 'org:a', 'twinning:t', { role: 'BROKERED' }, s, 'r');
    facts.addRelation('INVOLVED_IN', 'org:a', 'twinning:t', { role: 'BROKERED' }, s, 'r');
    facts.addRelation('INVOLVED_IN', 'org:a', 'twinning:t', { role: 'PROPOSED' }, s, 'r');
    facts.addRelation('PART_OF', 'org:a', 'org:a', {}, s, 'r');
    facts.addRelation('PART_OF', 'org:a', undefined, {}, s, 'r');
    expect(facts.relations.map((r) => r.properties.role)).toEqual(['BROKERED', 'PROPOSED']);
  });
});
