import { describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/facts/readFactsFile.js';
import type { ValidatedFacts } from '../../src/facts/validateFacts.js';
import { findInconsistencies } from '../../src/load/findInconsistencies.js';
import { seedFiles } from '../../src/load/seedFiles.js';

async function seed(): Promise<ValidatedFacts> {
  const [file] = seedFiles();
  if (!file) throw new Error('no seed facts');
  return readFactsFile(file);
}

function withVote(facts: ValidatedFacts, id: string, counts: Record<string, number>): ValidatedFacts {
  return {
    ...facts,
    nodes: facts.nodes.map((n) => (n.id === id ? { ...n, properties: { ...n.properties, ...counts } } : n)),
  };
}

describe('findInconsistencies', () => {
  it('finds, in the seed, five voting members present against four present in each of the three votes', async () => {
    const findings = findInconsistencies(await seed());
    expect(findings.map((f) => f.kind)).toEqual([
      'VOTE_PRESENT_MISMATCH',
      'VOTE_PRESENT_MISMATCH',
      'VOTE_PRESENT_MISMATCH',
    ]);
    for (const f of findings) {
      expect(f.message).toMatch(
        /^Session 2: 5 voting members of the body are listed as present, but the vote on .* records 4 present\.$/,
      );
      expect(f.concerns).toContain('session:kmms-2021-12-14');
      expect(f.passageIds.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds nothing when the vote records as many present as voting members attended', async () => {
    const facts = await seed();
    const votes = facts.nodes.filter((n) => n.type === 'VoteEvent').map((n) => n.id);
    let fixed = facts;
    for (const v of votes) fixed = withVote(fixed, v, { present: 5, for: 5 });
    expect(findInconsistencies(fixed)).toEqual([]);
  });

  it('finds counts that add up to more than those present', async () => {
    const facts = withVote(await seed(), 'vote:kmms-2021-12-14-1', { present: 5, for: 4, against: 2 });
    const exceeding = findInconsistencies(facts).filter((f) => f.kind === 'VOTE_COUNT_EXCEEDS_PRESENT');
    expect(exceeding).toHaveLength(1);
    expect(exceeding[0]).toMatchObject({ severity: 'error', concerns: ['vote:kmms-2021-12-14-1'] });
    expect(exceeding[0]?.message).toMatch(/4 for \+ 2 against \+ 0 abstained is more than the 5 present/);
  });
});
