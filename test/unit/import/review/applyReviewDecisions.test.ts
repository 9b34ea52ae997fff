import { describe, expect, it } from 'vitest';
import type { RawFactsFile } from '../../../../src/facts/factsSchema.js';
import { applyReviewDecisions } from '../../../../src/import/review/applyReviewDecisions.js';
import { draftProposals } from '../../../../src/import/review/draftProposals.js';
import { relationKey } from '../../../../src/import/review/factKey.js';
import { ReviewDecisionError, type ReviewDecision } from '../../../../src/import/review/reviewDecision.js';

const TEXT = 'Prisotni: Ana Kos, Peter Novak. Gost: Gábor Tóth iz mesta Zalaegerszeg. Podjetje IskraUralTEL.';
const at = (quote: string) => ({ start: Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length, quote });

function draft(): RawFactsFile {
  return {
    document: {
      id: 'doc:test',
      file: 'document.txt',
      title: 'Zapisnik',
      titleEn: 'Minutes',
      kind: 'MINUTES',
      language: 'sl',
      date: '2024-09-12',
    },
    nodes: [
      { id: 'session:test', type: 'Session', date: '2024-09-12', evidence: [at('Prisotni')] },
      { id: 'person:ana-kos', type: 'Person', name: 'Ana Kos', aliases: [], evidence: [at('Ana Kos')] },
      {
        id: 'person:petra-novak',
        type: 'Person',
        name: 'Petra Novak',
        aliases: [],
        evidence: [at('Peter Novak')],
        review: {
          reason: '"Peter Novak" resembles Petra Novak: confirm or choose "new"',
          candidates: [
            { id: 'person:petra-novak', name: 'Petra Novak', score: 0.8 },
            { id: 'person:peter-novak', name: 'Peter Novak', score: 0.7 },
          ],
        },
      },
      {
        id: 'person:gabor-toth',
        type: 'Person',
        name: 'Gábor Tóth',
        aliases: [],
        evidence: [at('Gábor Tóth')],
        review: { reason: '"Gábor Tóth" is not in the graph' },
      },
      {
        id: 'org:iskrauraltel',
        type: 'Company',
        name: 'IskraUralTEL',
        aliases: [],
        evidence: [at('IskraUralTEL')],
        review: { reason: '"IskraUralTEL" is not in the graph' },
      },
    ],
    relations: [
      { type: 'ATTENDED', from: 'person:ana-kos', to: 'session:test', properties: {}, evidence: at('Ana Kos') },
      { type: 'ATTENDED', from: 'person:petra-novak', to: 'session:test', properties: {}, evidence: at('Peter Novak') },
      {
        type: 'ATTENDED',
        from: 'person:gabor-toth',
        to: 'session:test',
        properties: { group: 'GUEST' },
        evidence: at('Gábor Tóth'),
        review: { reason: 'is a guest an attendee?' },
      },
    ],
  };
}

const apply = (decisions: ReviewDecision[], takenIds?: ReadonlySet<string>) =>
  applyReviewDecisions(draft(), decisions, takenIds ? { takenIds } : {});
const node = (facts: RawFactsFile, id: string) => facts.nodes.find((n) => n.id === id);
const relationKeys = (facts: RawFactsFile) => facts.relations.map(relationKey);

describe('applyReviewDecisions', () => {
  it('leaves undecided facts as drafted, review marks and all, and does not change its input', () => {
    const input = draft();
    const before = JSON.stringify(input);
    const { facts, applied } = applyReviewDecisions(input, [{ fact: 'person:gabor-toth', action: 'ACCEPT' }]);
    expect(JSON.stringify(input)).toBe(before);
    expect(node(facts, 'org:iskrauraltel')?.review).toBeDefined();
    expect(node(facts, 'person:petra-novak')?.review).toBeDefined();
    expect(applied).toEqual([
      { fact: 'person:gabor-toth', action: 'ACCEPT', kind: 'Person', resultId: 'person:gabor-toth' },
    ]);
  });

  it('ACCEPT drops the review mark of a node or a relation and keeps everything else', () => {
    const key = 'ATTENDED person:gabor-toth → session:test';
    const { facts } = apply([
      { fact: 'person:gabor-toth', action: 'ACCEPT' },
      { fact: key, action: 'ACCEPT' },
    ]);
    const gabor = node(facts, 'person:gabor-toth');
    const { review: _dropped, ...drafted } = draft().nodes[3]!;
    expect(_dropped).toBeDefined();
    expect(gabor).toEqual(drafted);
    const rel = facts.relations.find((r) => relationKey(r) === key);
    expect(rel && 'review' in rel).toBe(false);
    expect(rel?.properties).toEqual({ group: 'GUEST' });
  });

  it('REJECT removes the node and every relation that hangs on it', () => {
    const { facts, applied } = apply([{ fact: 'person:gabor-toth', action: 'REJECT', note: 'a guest' }]);
    expect(node(facts, 'person:gabor-toth')).toBeUndefined();
    expect(relationKeys(facts)).not.toContain('ATTENDED person:gabor-toth → session:test');
    expect(relationKeys(facts)).toHaveLength(2);
    expect(applied).toEqual([{ fact: 'person:gabor-toth', action: 'REJECT', note: 'a guest', kind: 'Person' }]);
  });

  it('REJECT of a relation removes only that relation', () => {
    const key = 'ATTENDED person:ana-kos → session:test';
    const { facts } = apply([{ fact: key, action: 'REJECT' }]);
    expect(relationKeys(facts)).not.toContain(key);
    expect(node(facts, 'person:ana-kos')).toBeDefined();
  });

  it('CORRECT renames the entity, keeps its quote as evidence and drops the mark', () => {
    const { facts } = apply([{ fact: 'org:iskrauraltel', action: 'CORRECT', name: '  IskraUralTEL d.o.o. ' }]);
    const company = node(facts, 'org:iskrauraltel');
    expect(company?.name).toBe('IskraUralTEL d.o.o.');
    expect(company?.evidence).toEqual([at('IskraUralTEL')]);
    expect(company?.review).toBeUndefined();
  });

  it('CHOOSE_CANDIDATE re-points the node and its relations to the chosen entity, with its name', () => {
    const { facts, applied } = apply([
      { fact: 'person:petra-novak', action: 'CHOOSE_CANDIDATE', candidateId: 'person:peter-novak' },
    ]);
    expect(node(facts, 'person:petra-novak')).toBeUndefined();
    const peter = node(facts, 'person:peter-novak');
    expect(peter).toMatchObject({ name: 'Peter Novak', type: 'Person', evidence: [at('Peter Novak')] });
    expect(peter?.review).toBeUndefined();
    expect(relationKeys(facts)).toContain('ATTENDED person:peter-novak → session:test');
    expect(relationKeys(facts)).not.toContain('ATTENDED person:petra-novak → session:test');
    expect(applied[0]?.resultId).toBe('person:peter-novak');
  });

  it('CHOOSE_CANDIDATE of the entity already linked just confirms it', () => {
    const { facts } = apply([
      { fact: 'person:petra-novak', action: 'CHOOSE_CANDIDATE', candidateId: 'person:petra-novak' },
    ]);
    expect(node(facts, 'person:petra-novak')).toMatchObject({ name: 'Petra Novak' });
    expect(node(facts, 'person:petra-novak')?.review).toBeUndefined();
  });

  it('CHOOSE_CANDIDATE onto a node the draft states already makes one node with both passages', () => {
    const doc = draft();
    const petra = doc.nodes[2]!;
    petra.review!.candidates!.push({ id: 'person:ana-kos', name: 'Ana Kos', score: 0.5 });
    const { facts } = applyReviewDecisions(doc, [
      { fact: 'person:petra-novak', action: 'CHOOSE_CANDIDATE', candidateId: 'person:ana-kos' },
    ]);
    expect(facts.nodes.filter((n) => n.id === 'person:ana-kos')).toHaveLength(1);
    expect(node(facts, 'person:ana-kos')?.evidence).toEqual([at('Ana Kos'), at('Peter Novak')]);
    // Both drafted ATTENDED relations are now the same relation: stated once.
    expect(relationKeys(facts).filter((k) => k === 'ATTENDED person:ana-kos → session:test')).toHaveLength(1);
  });

  it('CREATE_NEW gives a name linked to an existing entity a fresh id, relations with it', () => {
    const { facts, applied } = apply(
      [{ fact: 'person:petra-novak', action: 'CREATE_NEW', name: 'Peter Novak' }],
      new Set(['person:petra-novak', 'person:peter-novak-2']),
    );
    // person:peter-novak is a candidate, person:peter-novak-2 is in the graph: the next free one.
    expect(node(facts, 'person:peter-novak-3')).toMatchObject({ name: 'Peter Novak', evidence: [at('Peter Novak')] });
    expect(node(facts, 'person:peter-novak-3')?.review).toBeUndefined();
    expect(node(facts, 'person:petra-novak')).toBeUndefined();
    expect(relationKeys(facts)).toContain('ATTENDED person:peter-novak-3 → session:test');
    expect(applied[0]?.resultId).toBe('person:peter-novak-3');
  });

  it('CREATE_NEW keeps a new name under its drafted id', () => {
    const { facts } = apply([{ fact: 'org:iskrauraltel', action: 'CREATE_NEW' }]);
    expect(node(facts, 'org:iskrauraltel')).toMatchObject({ name: 'IskraUralTEL' });
    expect(node(facts, 'org:iskrauraltel')?.review).toBeUndefined();
  });

  it('refuses unknown facts and impossible combinations, naming each, and applies nothing', () => {
    const bad: [ReviewDecision, RegExp][] = [
      [{ fact: 'person:nobody', action: 'ACCEPT' }, /"person:nobody" \(ACCEPT\): no fact of this draft/],
      [{ fact: 'person:ana-kos', action: 'CORRECT' }, /CORRECT needs the corrected name/],
      [{ fact: 'person:ana-kos', action: 'CORRECT', name: '   ' }, /CORRECT needs the corrected name/],
      [{ fact: 'person:petra-novak', action: 'CHOOSE_CANDIDATE' }, /needs candidateId/],
      [
        { fact: 'person:petra-novak', action: 'CHOOSE_CANDIDATE', candidateId: 'person:someone' },
        /"person:someone" is not a candidate of this fact \(its candidates: person:petra-novak, person:peter-novak\)/,
      ],
      [{ fact: 'person:ana-kos', action: 'ACCEPT', candidateId: 'person:x' }, /candidateId goes only with/],
      [{ fact: 'person:ana-kos', action: 'REJECT', name: 'X' }, /a name goes only with CORRECT or CREATE_NEW/],
      [{ fact: 'session:test', action: 'CORRECT', name: 'X' }, /a Session has no name/],
      [
        { fact: 'ATTENDED person:ana-kos → session:test', action: 'CREATE_NEW' },
        /a relation can only be accepted or rejected/,
      ],
      [{ fact: 'person:ana-kos', action: 'MAYBE' as never }, /unknown action/],
    ];
    for (const [decision, message] of bad) {
      expect(() => apply([decision]), JSON.stringify(decision)).toThrow(message);
      expect(() => apply([decision])).toThrow(ReviewDecisionError);
    }
    const twice = () =>
      apply([
        { fact: 'person:gabor-toth', action: 'ACCEPT' },
        { fact: 'person:gabor-toth', action: 'REJECT' },
      ]);
    expect(twice).toThrow(/more than one decision/);
    try {
      apply([
        { fact: 'person:nobody', action: 'ACCEPT' },
        { fact: 'org:iskrauraltel', action: 'CORRECT' },
      ]);
    } catch (error) {
      expect((error as ReviewDecisionError).problems).toHaveLength(2);
    }
  });
});

describe('draftProposals', () => {
  it('lists every node and relation with a label, its passage in code points, and its doubt', () => {
    const proposals = draftProposals(
      draft(),
      new Map([['person:peter-novak', { type: 'Person', name: 'Peter Novak (graph)' }]]),
    );
    expect(proposals).toHaveLength(8);
    const gabor = proposals.find((p) => p.fact === 'person:gabor-toth');
    expect(gabor).toMatchObject({
      kind: 'Person',
      label: 'Gábor Tóth',
      quote: 'Gábor Tóth',
      review: '"Gábor Tóth" is not in the graph',
    });
    expect(Array.from(TEXT).slice(gabor!.start, gabor!.end).join('')).toBe('Gábor Tóth');
    expect(proposals.find((p) => p.fact === 'person:ana-kos')?.review).toBeNull();
    expect(proposals.find((p) => p.fact === 'person:petra-novak')?.candidates).toEqual([
      { id: 'person:petra-novak', type: 'Person', name: 'Petra Novak' },
      { id: 'person:peter-novak', type: 'Person', name: 'Peter Novak (graph)' },
    ]);
    const rel = proposals.find((p) => p.fact === 'ATTENDED person:ana-kos → session:test');
    expect(rel).toMatchObject({ kind: 'ATTENDED', label: 'Ana Kos → ATTENDED → 2024-09-12', quote: 'Ana Kos' });
  });
});
