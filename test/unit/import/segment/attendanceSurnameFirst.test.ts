import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';
import { personNameParts } from '../../../../src/import/segment/personNameParts.js';

const quote = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('attendance written surname first', () => {
  it('turns a list written "Priimek Ime" to given name first when the signature writes one of them the other way', () => {
    const text = [
      'ZAPISNIK 5. seje Odbora za gospodarstvo Občine Škofja Loka, ki je bila 3. 6. 2024 ob 16. uri.',
      '',
      'PRISOTNI ČLANI ODBORA:',
      'Žagar Mojca – predsednica',
      'Bizjak Tomaž – član',
      'Kralj Urška – članica',
      '',
      'Seja je bila zaključena ob 17.30.',
      '',
      'Zapisal:',
      'Gregor Pintar',
      '',
      'Predsednica odbora:',
      'Mojca Žagar',
    ].join('\n');
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual(['Mojca Žagar', 'Tomaž Bizjak', 'Urška Kralj']);
    expect(quote(text, attendance[0]!.nameSpan)).toBe('Žagar Mojca');
    expect(attendance[1]?.roleOriginal).toBe('član');
  });

  it('reads a surname in capitals as the surname: "PODGORNIK Marta"', () => {
    const text = 'Prisotni: PODGORNIK Marta, svetnica; VIDIC Aleš, svetnik\n\nSeja se je začela ob 18. uri.';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual(['Marta Podgornik', 'Aleš Vidic']);
    expect(quote(text, attendance[0]!.nameSpan)).toBe('PODGORNIK Marta');
  });

  it('keeps names as written when the text itself writes them given name first', () => {
    const text = [
      'Prisotni:',
      '- Marko Zupan, predsednik',
      '- Nina Logar, članica',
      '',
      'Marko Zupan je pozdravil navzoče.',
    ].join('\n');
    const { attendance, notes } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual(['Marko Zupan', 'Nina Logar']);
    expect(notes.filter((n) => /surname/u.test(n.message))).toEqual([]);
  });

  it('keeps a name as written with a note when the other names disagree about the order', () => {
    const text = [
      'Prisotni:',
      '- Hribar Katja, članica',
      '- Luka Mrak, član',
      '- Petra Sever, članica',
      '',
      'Katja Hribar je predstavila poročilo. Luka Mrak se je strinjal.',
    ].join('\n');
    const { attendance, notes } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual(['Katja Hribar', 'Luka Mrak', 'Petra Sever']);
    expect(notes.some((n) => n.message.startsWith('Petra Sever: could not tell'))).toBe(true);
  });

  it('gives the signature and the chair the same given-name-first person as the list', () => {
    const text = [
      'ZAPISNIK 2. seje Komisije za šport Občine Vrhnika, ki je bila 9. 9. 2024 ob 17. uri.',
      '',
      'PRISOTNI ČLANI KOMISIJE:',
      'Rupnik Boštjan – predsednik',
      'Jereb Maja – članica',
      '',
      'Predsednik komisije je ugotovil, da je komisija sklepčna.',
      '',
      'Seja je bila zaključena ob 18.00.',
      '',
      'Predsednik komisije:',
      'Boštjan Rupnik',
    ].join('\n');
    const minutes = parseMinutes(text);
    expect(minutes.attendance.map((e) => e.name)).toEqual(['Boštjan Rupnik', 'Maja Jereb']);
    expect(minutes.chair?.name).toBe('Boštjan Rupnik');
  });

  it('never reads a two-letter abbreviation before a place as a surname: "KS Vič", "ČS Šiška"', () => {
    for (const line of ['Predsednica sveta KS Vič:', 'Svet ČS Šiška']) {
      expect(personNameParts(line, { start: 0, end: line.length })).toBeUndefined();
    }
    const line = 'URBANČIČ Nika, članica';
    expect(personNameParts(line, { start: 0, end: line.length })?.name).toBe('URBANČIČ Nika');
  });
});
