import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  bytesToBase64,
  decisionsReducer,
  groupProposals,
  isTokenProblem,
  readyToLoad,
  textRuns,
  toDecisionInputs,
  undecidedDoubts,
  type Decisions,
  type Proposal,
} from '../../src/review/reviewState';

const TEXT = 'Prisotni: Ana Kos. Gost 😀 Gábor Tóth. Podjetje IskraUralTEL.';
const cp = (s: string) => Array.from(s).length;
function at(quote: string): { start: number; end: number; quote: string } {
  const start = cp(TEXT.slice(0, TEXT.indexOf(quote)));
  return { start, end: start + cp(quote), quote };
}

const P: Proposal[] = [
  { fact: 'person:ana-kos', kind: 'Person', label: 'Ana Kos', ...at('Ana Kos'), review: null, candidates: [] },
  {
    fact: 'person:gabor-toth',
    kind: 'Person',
    label: 'Gábor Tóth',
    ...at('Gábor Tóth'),
    review: 'not in the graph',
    candidates: [],
  },
  {
    fact: 'org:iskratel',
    kind: 'Company',
    label: 'Iskratel',
    ...at('IskraUralTEL'),
    review: 'resembles Iskratel',
    candidates: [
      { id: 'org:iskratel', type: 'Company', name: 'Iskratel' },
      { id: 'org:iskrauraltel', type: 'Company', name: 'IskraUralTEL' },
    ],
  },
  {
    fact: 'ATTENDED person:gabor-toth → session:x',
    kind: 'ATTENDED',
    label: 'Gábor Tóth → ATTENDED → 2024-09-12',
    ...at('Gost 😀 Gábor Tóth'),
    review: 'a guest?',
    candidates: [],
  },
  { fact: 'session:x', kind: 'Session', label: '2024-09-12', ...at('Prisotni'), review: null, candidates: [] },
];

describe('the decisions reducer and readiness to load', () => {
  it('records, replaces and undoes decisions, and counts the doubts still undecided', () => {
    let d: Decisions = {};
    expect(undecidedDoubts(P, d)).toBe(3);
    d = decisionsReducer(d, { type: 'decide', fact: 'person:gabor-toth', decision: { action: 'ACCEPT' } });
    d = decisionsReducer(d, { type: 'decide', fact: 'person:gabor-toth', decision: { action: 'REJECT' } });
    expect(d).toEqual({ 'person:gabor-toth': { action: 'REJECT' } });
    expect(undecidedDoubts(P, d)).toBe(2);
    d = decisionsReducer(d, { type: 'undo', fact: 'person:gabor-toth' });
    expect(d).toEqual({});
    d = decisionsReducer({ x: { action: 'ACCEPT' } }, { type: 'reset' });
    expect(d).toEqual({});
  });

  it('is ready to load only when every doubtful fact has a complete decision', () => {
    let d: Decisions = {
      'person:gabor-toth': { action: 'CORRECT', name: '  ' },
      'org:iskratel': { action: 'CHOOSE_CANDIDATE' },
      'ATTENDED person:gabor-toth → session:x': { action: 'ACCEPT' },
    };
    expect(readyToLoad(P, d)).toBe(false);
    expect(undecidedDoubts(P, d)).toBe(2);
    d = decisionsReducer(d, {
      type: 'decide',
      fact: 'org:iskratel',
      decision: { action: 'CHOOSE_CANDIDATE', candidateId: 'org:nope' },
    });
    expect(readyToLoad(P, d)).toBe(false);
    d = decisionsReducer(d, {
      type: 'decide',
      fact: 'org:iskratel',
      decision: { action: 'CHOOSE_CANDIDATE', candidateId: 'org:iskrauraltel' },
    });
    d = decisionsReducer(d, {
      type: 'decide',
      fact: 'person:gabor-toth',
      decision: { action: 'CORRECT', name: 'Gábor Tóth ml.' },
    });
    expect(undecidedDoubts(P, d)).toBe(0);
    expect(readyToLoad(P, d)).toBe(true);
    // An incomplete decision on a sure fact blocks the load too.
    expect(readyToLoad(P, { ...d, 'person:ana-kos': { action: 'CORRECT', name: '' } })).toBe(false);
    expect(readyToLoad([], {})).toBe(false);
    // A draft without doubts is ready at once.
    expect(readyToLoad([P[0]!, P[4]!], {})).toBe(true);
  });

  it('offers naming actions only for named entities, and candidates only when there are some', () => {
    expect(actionsFor(P[3]!)).toEqual(['ACCEPT', 'REJECT']);
    expect(actionsFor(P[4]!)).toEqual(['ACCEPT', 'REJECT']);
    expect(actionsFor(P[1]!)).toEqual(['ACCEPT', 'REJECT', 'CORRECT', 'CREATE_NEW']);
    expect(actionsFor(P[2]!)).toContain('CHOOSE_CANDIDATE');
  });
});

describe('decisions as the mutation takes them', () => {
  it('gives each decided fact in the proposals order, with only the fields its action takes', () => {
    const d: Decisions = {
      'ATTENDED person:gabor-toth → session:x': { action: 'REJECT', note: '  ' },
      'org:iskratel': { action: 'CHOOSE_CANDIDATE', candidateId: 'org:iskrauraltel', name: 'ignored' },
      'person:gabor-toth': { action: 'CORRECT', name: ' Gábor Tóth ml. ', note: ' guest ', candidateId: 'x' },
      'person:ana-kos': { action: 'CREATE_NEW', name: '' },
      'not:in-draft': { action: 'ACCEPT' },
    };
    expect(toDecisionInputs(P, d)).toEqual([
      { fact: 'person:ana-kos', action: 'CREATE_NEW' },
      { fact: 'person:gabor-toth', action: 'CORRECT', name: 'Gábor Tóth ml.', note: 'guest' },
      { fact: 'org:iskratel', action: 'CHOOSE_CANDIDATE', candidateId: 'org:iskrauraltel' },
      { fact: 'ATTENDED person:gabor-toth → session:x', action: 'REJECT' },
    ]);
  });
});

describe('the proposals list and the highlighted text', () => {
  it('groups the doubtful first, then sure entities, then sure relations', () => {
    const groups = groupProposals(P);
    expect(groups.map((g) => [g.key, g.proposals.map((p) => p.fact)])).toEqual([
      ['review', ['person:gabor-toth', 'org:iskratel', 'ATTENDED person:gabor-toth → session:x']],
      ['entities', ['person:ana-kos', 'session:x']],
    ]);
  });

  it('cuts the text at code point offsets into runs, each covered by the same facts', () => {
    const runs = textRuns(TEXT, P);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    const covered = (s: string) => runs.find((r) => r.text === s)?.facts;
    expect(covered('Ana Kos')).toEqual(['person:ana-kos']);
    // The guest's name lies inside the relation's passage (after an emoji: two UTF-16 units, one code point).
    expect(covered('Gábor Tóth')).toEqual(['person:gabor-toth', 'ATTENDED person:gabor-toth → session:x']);
    expect(covered('Gost 😀 ')).toEqual(['ATTENDED person:gabor-toth → session:x']);
    expect(covered('IskraUralTEL')).toEqual(['org:iskratel']);
    expect(covered('. Podjetje ')).toEqual([]);
    // Passages outside the text are ignored rather than breaking the pane.
    expect(textRuns('abc', [{ fact: 'x', start: 2, end: 9 }])).toEqual([{ text: 'abc', start: 0, facts: [] }]);
  });
});

describe('helpers', () => {
  it('encodes bytes as base64 in chunks', () => {
    const bytes = new Uint8Array(70000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('Občina'))).toBe(Buffer.from('Občina').toString('base64'));
  });

  it('tells a token problem from other errors', () => {
    expect(isTokenProblem('FORBIDDEN')).toBe(true);
    expect(isTokenProblem('UNAUTHENTICATED')).toBe(true);
    expect(isTokenProblem('HTTP_401')).toBe(true);
    expect(isTokenProblem('BAD_USER_INPUT')).toBe(false);
    expect(isTokenProblem(undefined)).toBe(false);
  });
});
