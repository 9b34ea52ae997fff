import { describe, expect, it } from 'vitest';
import { parseVote } from '../../../../src/import/segment/parseVote.js';
import { spanText } from '../../../../src/import/span.js';

function read(text: string) {
  return parseVote(text, { start: 0, end: text.length });
}

describe('parseVote', () => {
  it.each([
    ['(4 PRISOTNI: 4 ZA)', { present: 4, for: 4 }, '(4 PRISOTNI: 4 ZA)'],
    ['ZA: 12, PROTI: 3', { for: 12, against: 3 }, 'ZA: 12, PROTI: 3'],
    ['Glasovanje: ZA: 9, proti: /, vzdržani: 1.', { for: 9, against: 0, abstained: 1 }, 'ZA: 9, proti: /, vzdržani: 1'],
    ['ZA: 7\nPROTI: –\nVZDRŽAN: 1', { for: 7, against: 0, abstained: 1 }, 'ZA: 7\nPROTI: –\nVZDRŽAN: 1'],
    ['Glasovanje: 15 ZA, 2 PROTI', { for: 15, against: 2 }, '15 ZA, 2 PROTI'],
    [
      'Prisotnih 17 svetnikov, glasovalo 16, za 15, proti 1.',
      { present: 17, voted: 16, for: 15, against: 1 },
      'Prisotnih 17 svetnikov, glasovalo 16, za 15, proti 1',
    ],
    [
      'Sklep je bil sprejet z 18 glasovi ZA, 3 PROTI in 1 VZDRŽANIM.',
      { for: 18, against: 3, abstained: 1 },
      '18 glasovi ZA, 3 PROTI in 1 VZDRŽANIM',
    ],
    ['Prisotnih 15. Za 15, proti 0.', { present: 15, for: 15, against: 0 }, 'Prisotnih 15. Za 15, proti 0'],
    [
      'Sklep je bil sprejet s 14 glasovi za in 1 glasom proti.',
      { for: 14, against: 1 },
      '14 glasovi za in 1 glasom proti',
    ],
    [
      'ZA je glasovalo 8 članov, PROTI 2 člana, vzdržal se je 1 član.',
      { for: 8, against: 2, abstained: 1 },
      'ZA je glasovalo 8 članov, PROTI 2 člana, vzdržal se je 1 član',
    ],
    ['Za je glasovalo 19 svetnikov, proti 1.', { for: 19, against: 1 }, 'Za je glasovalo 19 svetnikov, proti 1'],
    ['(prisotnih: 20, za: 20, proti: 0)', { present: 20, for: 20, against: 0 }, '(prisotnih: 20, za: 20, proti: 0)'],
    [
      'Za sklep so glasovali: 5 članov. Proti ni glasoval nihče.',
      { for: 5, against: 0 },
      'Za sklep so glasovali: 5 članov. Proti ni glasoval nihče',
    ],
    [
      'Prisotnih je bilo 11 članov, vzdržanih ni bilo, za je glasovalo 11 članov.',
      { present: 11, abstained: 0, for: 11 },
      'Prisotnih je bilo 11 članov, vzdržanih ni bilo, za je glasovalo 11 članov',
    ],
    [
      'Od 21 prisotnih svetnikov je 20 glasovalo za, eden se je vzdržal.',
      { present: 21, for: 20, abstained: 1 },
      '21 prisotnih svetnikov je 20 glasovalo za, eden se je vzdržal',
    ],
  ])('reads the counts in %j', (text, counts, passage) => {
    const vote = read(text);
    expect(vote).toBeDefined();
    const { span, unanimous: _u, outcome: _o, ...rest } = vote!;
    expect(rest).toEqual(counts);
    expect(spanText(text, span)).toBe(passage);
  });

  it('reads "soglasno" as a unanimous vote with its span when no counts are written', () => {
    const text = 'Svetniki so dnevni red soglasno potrdili.';
    const vote = read(text);
    expect(vote?.unanimous).toBe(true);
    expect(vote?.for).toBeUndefined();
    expect(spanText(text, vote!.span)).toBe('soglasno');
    expect(vote?.outcome).toBe('ADOPTED');
  });

  it('reads "za: soglasno" as unanimous without inventing a count', () => {
    const vote = read('Glasovanje – za: soglasno');
    expect(vote).toMatchObject({ unanimous: true });
    expect(vote?.for).toBeUndefined();
  });

  it('takes the counts, not the outcome words, as the span of the seed adoption sentence', () => {
    const text = 'Dnevni red je bil soglasno sprejet (4 PRISOTNI: 4 ZA). ';
    const vote = read(text)!;
    expect(vote).toMatchObject({ present: 4, for: 4, unanimous: true, outcome: 'ADOPTED' });
    expect(spanText(text, vote.span)).toBe('(4 PRISOTNI: 4 ZA)');
  });

  it('offsets the span by the start of the passage it was given', () => {
    const text = 'Uvod. Komisija je soglasno (4 PRISOTNI: 4 ZA) sprejela naslednji SKLEP:';
    const vote = parseVote(text, { start: 6, end: text.length })!;
    expect(spanText(text, vote.span)).toBe('(4 PRISOTNI: 4 ZA)');
    expect(vote.outcome).toBe('ADOPTED');
  });

  it.each([
    ['Sklep ni bil sprejet (ZA: 8, PROTI: 12).', 'REJECTED'],
    ['Predlog sklepa ni bil izglasovan.', 'REJECTED'],
    ['Amandma je bil zavrnjen z 10 glasovi proti.', 'REJECTED'],
    ['Sklep je bil sprejet.', 'ADOPTED'],
    ['Sklepi so bili sprejeti z 12 glasovi za.', 'ADOPTED'],
  ])('reads the outcome of %j as %s', (text, outcome) => {
    expect(read(text)?.outcome).toBe(outcome);
  });

  it('leaves the outcome to the draft when the text only gives counts', () => {
    expect(read('ZA: 5, PROTI: 4')?.outcome).toBeUndefined();
  });

  it('counts a vote as unanimous when nobody voted against or abstained', () => {
    expect(read('ZA: 20, PROTI: 0, VZDRŽANI: 0')?.unanimous).toBe(true);
    expect(read('(prisotnih: 20, za: 20, proti: 0)')?.unanimous).toBe(true);
    expect(read('ZA: 12, PROTI: 3')?.unanimous).toBe(false);
    expect(read('(15 PRISOTNI: 12 ZA)')?.unanimous).toBe(false);
  });

  it('stops at the first vote when a passage holds two', () => {
    const text = 'Glasovanje o amandmaju: 5 ZA, 10 PROTI. Glasovanje o sklepu: 14 ZA, 1 PROTI.';
    expect(read(text)).toMatchObject({ for: 5, against: 10 });
  });

  it.each([
    'Sejo je prekinil za 15 minut.',
    'Komisija za medobčinsko in mednarodno sodelovanje je obravnavala predlog.',
    'Odlok velja od 1. 1. 2022, proti 2. točki ni bilo pripomb.',
    'Razprava o 2. točki je trajala dve uri.',
  ])('finds no vote in %j', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
