import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../src/facts/validateFacts.js';
import {
  auditDetails,
  changesAnything,
  changesStructure,
  cliActor,
  factsFingerprint,
  summarizeCounters,
} from '../../src/load/auditTrail.js';

const zero = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
const TEXT = 'Prisotni: Ana Novak.';

function facts(file: string, name = 'Ana Novak') {
  return validateFacts(
    file,
    {
      document: {
        id: 'doc:unit',
        file,
        title: 'Zapisnik',
        titleEn: 'Minutes',
        kind: 'MINUTES',
        language: 'sl',
        date: '2022-03-01',
      },
      nodes: [{ id: 'person:ana', type: 'Person', name, evidence: [{ start: 10, quote: 'Ana Novak' }] }],
      relations: [],
    },
    TEXT,
  );
}

describe('the audit trail, pure parts', () => {
  it('summarises counters in words', () => {
    expect(summarizeCounters(zero)).toBe('no change');
    expect(summarizeCounters({ ...zero, nodesCreated: 12, relationshipsCreated: 30, propertiesSet: 140 })).toBe(
      'created 12 nodes, 30 relationships; set 140 properties',
    );
    expect(summarizeCounters({ ...zero, nodesDeleted: 1, relationshipsDeleted: 1 })).toBe(
      'deleted 1 node, 1 relationship',
    );
  });

  it('tells a structural change from properties set to their own values', () => {
    expect(changesStructure({ ...zero, propertiesSet: 1652 })).toBe(false);
    expect(changesAnything({ ...zero, propertiesSet: 1 })).toBe(true);
    expect(changesStructure({ ...zero, relationshipsDeleted: 1 })).toBe(true);
    expect(changesAnything(zero)).toBe(false);
  });

  it('fingerprints what a load writes: the same facts from another folder alike, other facts not', () => {
    const a = factsFingerprint(facts('/one/minutes.facts.yaml'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(factsFingerprint(facts('/two/minutes.facts.yaml'))).toBe(a);
    expect(factsFingerprint(facts('/one/other.facts.yaml'))).not.toBe(a); // the document keeps its file name
    expect(factsFingerprint(facts('/one/minutes.facts.yaml', 'Ana N.'))).not.toBe(a);
  });

  it('keeps details short, and leaves out empty ones', () => {
    expect(auditDetails({ keep: 'a', merge: 'b' })).toBe('{"keep":"a","merge":"b"}');
    expect(auditDetails({})).toBeNull();
    expect(auditDetails(undefined)).toBeNull();
    const long = auditDetails({ text: 'x'.repeat(5000) }, 100);
    expect(long).toHaveLength(100);
    expect(long?.endsWith('…')).toBe(true);
  });

  it('names the command line’s writer after the OS user', () => {
    expect(cliActor()).toEqual({ actor: expect.stringMatching(/^cli:.+/), via: 'cli' });
  });
});
