import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';

describe('attendance tables, bilingual labels and absence reasons', () => {
  it('skips the header row of a tab-separated attendance table and reads the rows', () => {
    const text = [
      'PRISOTNI ČLANI SVETA KS:',
      'Ime in priimek\tFunkcija\tPodpis',
      'Vesna Oblak\tpredsednica sveta\t',
      'Jožef Kranjc\tčlan',
      '',
      'ODSOTNI: Alenka Rozman',
    ].join('\n');
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.status, e.roleOriginal])).toEqual([
      ['Vesna Oblak', 'PRESENT', 'predsednica sveta'],
      ['Jožef Kranjc', 'PRESENT', 'član'],
      ['Alenka Rozman', 'ABSENT', undefined],
    ]);
  });

  it('reads bilingual labels followed by bulleted "- Name, role" lines', () => {
    const text = [
      'Prisotni / Presenti:',
      '- Marjan Babič, župan',
      '- Tea Lorenzutti, podžupanja',
      '',
      'Odsotni / Assenti: Damir Ivančič, svetovalec župana (dopust)',
      '',
      'Dnevni red / Ordine del giorno:',
      '1. Pregled sklepov',
    ].join('\n');
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.status, e.roleOriginal])).toEqual([
      ['Marjan Babič', 'PRESENT', 'župan'],
      ['Tea Lorenzutti', 'PRESENT', 'podžupanja'],
      ['Damir Ivančič', 'EXCUSED', 'svetovalec župana'],
    ]);
  });

  it('lists those who did not return their ballots as absent, the last two joined by "in"', () => {
    const text =
      'Do roka je glasovnice vrnilo 14 od 17 svetnikov. Glasovnic niso vrnili: Simon Gorjup, Nataša Remic in Blaž Urh.';
    const { attendance, attendanceCount } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.status])).toEqual([
      ['Simon Gorjup', 'ABSENT'],
      ['Nataša Remic', 'ABSENT'],
      ['Blaž Urh', 'ABSENT'],
    ]);
    expect(attendanceCount?.count).toBe(14);
  });

  it('reads a guest written "Office – role" as the organisation and the role after the dash', () => {
    const text = 'Ostali prisotni: ga. Lidija Repe, Zdravstveni dom Celje – vodja patronažne službe\n';
    const [guest] = parseAttendance(text).attendance;
    expect(guest?.name).toBe('Lidija Repe');
    expect(guest?.organisation).toBe('Zdravstveni dom Celje');
    expect(guest?.roleOriginal).toBe('vodja patronažne službe');
  });
});
