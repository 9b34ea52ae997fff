import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';

function rows(text: string) {
  return parseAttendance(text).attendance.map((e) => ({
    name: e.name,
    role: e.roleOriginal,
    status: e.status,
  }));
}

describe('attendance lines that name the role before the person', () => {
  it('reads one attendee a line, each with the role written before the name', () => {
    const text =
      'Seje so se udeležili:\n' +
      'predsednik odbora Gregor Mlakar\n' +
      'podpredsednica Nataša Kovačič\n' +
      'član Urban Hribar\n' +
      'članica Petra Zorman\n' +
      '\nOstali navzoči:\n' +
      'podžupan Janez Zakrajšek\n' +
      'svetovalka za kmetijstvo in razvoj podeželja Tanja Oblak\n';
    expect(rows(text)).toEqual([
      { name: 'Gregor Mlakar', role: 'predsednik odbora', status: 'PRESENT' },
      { name: 'Nataša Kovačič', role: 'podpredsednica', status: 'PRESENT' },
      { name: 'Urban Hribar', role: 'član', status: 'PRESENT' },
      { name: 'Petra Zorman', role: 'članica', status: 'PRESENT' },
      { name: 'Janez Zakrajšek', role: 'podžupan', status: 'PRESENT' },
      { name: 'Tanja Oblak', role: 'svetovalka za kmetijstvo in razvoj podeželja', status: 'PRESENT' },
    ]);
  });

  it('still joins a role wrapped onto the next line to the entry above', () => {
    const text = 'Prisotni: Ana Kos, predsednica odbora za\nkmetijstvo, Jure Bevc\n';
    expect(rows(text).map((r) => r.name)).toEqual(['Ana Kos', 'Jure Bevc']);
  });
});

describe('absence labels written with a comma or more words', () => {
  it('reads the status after a comma in the label', () => {
    const text =
      'Odsotna, opravičeno: Darja Pahor, članica\n' +
      'Odsoten – opravičeno: Igor Furlan\n' +
      'Odsoten, neopravičeno: Tine Bratina, član\n';
    expect(rows(text)).toEqual([
      { name: 'Darja Pahor', role: 'članica', status: 'EXCUSED' },
      { name: 'Igor Furlan', role: undefined, status: 'EXCUSED' },
      { name: 'Tine Bratina', role: 'član', status: 'ABSENT' },
    ]);
  });

  it('reads a label saying the absence was not excused as absent', () => {
    expect(
      rows('Svojega izostanka sta opravičila: Nika Žagar in Borut Lah.\nSvoje odsotnosti ni opravičil: Simon Kralj.\n'),
    ).toEqual([
      { name: 'Nika Žagar', role: undefined, status: 'EXCUSED' },
      { name: 'Borut Lah', role: undefined, status: 'EXCUSED' },
      { name: 'Simon Kralj', role: undefined, status: 'ABSENT' },
    ]);
  });

  it('applies "oba opravičeno" at the end of a line to both names', () => {
    const text =
      'Odsotni člani sveta: Vesna Hribar (predstavnica ustanovitelja) in Milan Rozman (predstavnik delavcev) – oba opravičeno\n';
    expect(rows(text)).toEqual([
      { name: 'Vesna Hribar', role: 'predstavnica ustanovitelja', status: 'EXCUSED' },
      { name: 'Milan Rozman', role: 'predstavnik delavcev', status: 'EXCUSED' },
    ]);
  });

  it('keeps where a member took part from out of the role', () => {
    const text =
      'Prisotni člani komisije:\n1. Mojca Zupančič, predsednica (v dvorani)\n2. Rok Bizjak, član (prek Zooma)\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.roleOriginal, e.note])).toEqual([
      ['Mojca Zupančič', 'predsednica', 'v dvorani'],
      ['Rok Bizjak', 'član', 'prek Zooma'],
    ]);
  });
});
