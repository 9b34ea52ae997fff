import { describe, expect, it } from 'vitest';
import { attendanceCount } from '../../../../src/import/segment/attendanceCount.js';
import { parseAgenda } from '../../../../src/import/segment/parseAgenda.js';
import { parseVote } from '../../../../src/import/segment/parseVote.js';

function vote(text: string) {
  const v = parseVote(text, { start: 0, end: text.length });
  return v && { present: v.present, for: v.for, against: v.against, abstained: v.abstained, unanimous: v.unanimous };
}

describe('counts written in words', () => {
  it('reads a quorum stated as "pet od sedmih članov"', () => {
    expect(
      attendanceCount('Predsednik je ugotovil, da je prisotnih šest od sedmih članov odbora in da je odbor sklepčen.')
        ?.count,
    ).toBe(6);
  });

  it('reads "so prisotni trije od petih članov"', () => {
    expect(
      attendanceCount('Ugotovila je, da so prisotni trije od petih članov sveta in je svet sklepčen.')?.count,
    ).toBe(3);
  });

  it('reads the count after the total: "od sedmih članov komisije navzočih šest"', () => {
    expect(attendanceCount('Ugotovil je, da je od sedmih članov komisije navzočih šest.')?.count).toBe(6);
  });

  it('reads votes in the instrumental: "s petimi glasovi za"', () => {
    expect(vote('Sklep je bil sprejet s petimi glasovi za.')).toMatchObject({ for: 5 });
  });

  it('reads "nihče proti" as no votes against', () => {
    expect(vote('Od 12 prisotnih članov jih je 12 glasovalo za, nihče proti.')).toEqual({
      present: 12,
      for: 12,
      against: 0,
      abstained: undefined,
      unanimous: true,
    });
  });

  it('reads abstentions written "3 so se glasovanja vzdržali" in a prose vote', () => {
    expect(vote('Od 21 prisotnih svetnikov jih je 16 glasovalo za, 2 proti, 3 so se glasovanja vzdržali.')).toEqual({
      present: 21,
      for: 16,
      against: 2,
      abstained: 3,
      unanimous: false,
    });
  });

  it('counts "sta se vzdržala" as two and "se je vzdržal" as one when no number is written', () => {
    expect(vote('Za je glasovalo 9 članov, sta se vzdržala.')).toMatchObject({ for: 9, abstained: 2 });
    expect(vote('Za je glasovalo 9 članov, proti 1, se je vzdržal.')).toMatchObject({
      for: 9,
      against: 1,
      abstained: 1,
    });
  });

  it('takes the agenda adoption vote from the prose sentence before "Dnevni red je bil sprejet"', () => {
    const text =
      'DNEVNI RED:\n1. Potrditev zapisnika 3. seje\n2. Razno\n\n' +
      'Predsednica je dala dnevni red na glasovanje. Od 9 prisotnih članov jih je 8 glasovalo za, 1 proti. ' +
      'Dnevni red je bil sprejet.\n\nAD 1\nPotrditev zapisnika 3. seje\n';
    const adoption = parseAgenda(text).agendaAdoption;
    expect(adoption?.vote).toMatchObject({ present: 9, for: 8, against: 1, outcome: 'ADOPTED' });
  });
});
