import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';
import { parseVote } from '../../../../src/import/segment/parseVote.js';
import { resolutionKind } from '../../../../src/import/segment/resolutionKind.js';

const whole = (text: string) => parseVote(text, { start: 0, end: text.length });

describe('votes without the number present, named votes and agenda votes', () => {
  const text = [
    'ZAPISNIK 12. seje Sveta Krajevne skupnosti Dol, ki je bila 4. 3. 2025 ob 19. uri.',
    '',
    'Prisotnih je 5 članov sveta, svet je sklepčen.',
    '',
    'Dnevni red:',
    '1. Potrditev zapisnika 11. seje',
    '2. Ureditev avtobusne postaje',
    '',
    'Glasovanje o dnevnem redu: 5 ZA, 0 PROTI.',
    'Dnevni red je bil sprejet.',
    '',
    'K 1. točki',
    '',
    'SKLEP 1:',
    'Svet KS Dol potrjuje zapisnik 11. seje.',
    'Sklep je bil soglasno sprejet.',
    '',
    'K 2. točki',
    '',
    'SKLEP 2:',
    'Svet KS Dol nasprotuje ukinitvi avtobusne postaje v Dolu.',
    'Glasovanje: ZA 3, PROTI 1, VZDRŽAN 1.',
  ].join('\n');
  const minutes = parseMinutes(text);

  it('counts everyone present for a unanimous vote that gives no numbers', () => {
    const vote = minutes.resolutions[0]?.vote;
    expect(vote).toMatchObject({ present: 5, for: 5, unanimous: true, outcome: 'ADOPTED' });
  });

  it('adds the number present to a vote that counts for and against only', () => {
    expect(minutes.resolutions[1]?.vote).toMatchObject({
      present: 5,
      for: 3,
      against: 1,
      abstained: 1,
      unanimous: false,
    });
  });

  it('reads "Glasovanje o dnevnem redu: 5 ZA, 0 PROTI." as the agenda adoption vote, everyone for', () => {
    expect(minutes.agendaAdoption?.vote).toMatchObject({ present: 5, for: 5, against: 0, unanimous: true });
  });

  it('tells minutes approval ("potrjuje zapisnik") and a position ("nasprotuje") apart', () => {
    expect(minutes.resolutions.map((r) => r.kind)).toEqual(['MINUTES_APPROVAL', 'POSITION']);
  });

  it('leaves the number present unset when no count was stated before the vote', () => {
    const alone = parseMinutes('SKLEP 1:\nSvet sprejme letni program dela.\nSklep je bil soglasno sprejet.');
    expect(alone.resolutions[0]?.vote?.present).toBeUndefined();
    expect(alone.resolutions[0]?.vote?.for).toBeUndefined();
  });

  it('counts a named vote from the numbers in brackets, the voters listed after them', () => {
    const named = [
      'Poimensko glasovanje:',
      'ZA (11): Jana Lah, Peter Bohinc, Mira Glavan, Tone Koren, Sara Debeljak, Ivan Hočevar, Zala Mlakar, Igor Kern, Ema Pirc, Nejc Uršič, Lara Dolenc',
      'PROTI (3): Matej Gorenc, Anja Kobal, Rok Šinkovec',
      'VZDRŽAN (0):',
      'Sklep je bil sprejet.',
    ].join('\n');
    expect(whole(named)).toMatchObject({ for: 11, against: 3, abstained: 0, outcome: 'ADOPTED' });
  });
});

describe('resolution kinds of positions and minutes approval', () => {
  it.each([
    ['Se potrdi zapisnik 3. seje odbora.', 'MINUTES_APPROVAL'],
    ['Odbor potrjuje zapisnik 3. seje v predloženem besedilu.', 'MINUTES_APPROVAL'],
    ['Svet ČS Golovec se ne strinja s predlagano zaporo Pot na Fužine.', 'POSITION'],
    ['Občinski svet se strinja s prodajo zemljišča parc. št. 88/2.', 'DECISION'],
    ['Komisija nasprotuje prodaji zemljišča parc. št. 112/4.', 'POSITION'],
    ['Odbor se seznani s poročilom o delu za leto 2024.', 'POSITION'],
    ['Odbor priporoča občinskemu svetu, da sprejme odlok.', 'POSITION'],
  ])('reads "%s" as %s', (wording, kind) => {
    expect(resolutionKind(wording)).toBe(kind);
  });
});
