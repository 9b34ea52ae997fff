import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';
import { fixtureText } from './headerFixtureText.js';

describe('parseAttendance', () => {
  it('reads the seed list with a role shared by three members', () => {
    const { text, quote } = fixtureText('seed');
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual([
      'Boštjan Trilar',
      'Neven Polajnar',
      'Albin Traven',
      'Kristina Camaj',
      'Jure Kristan',
      'Katja Štruc',
      'Mojca Finc',
    ]);
    expect(attendance.every((e) => e.status === 'PRESENT')).toBe(true);
    expect(attendance.every((e) => quote(e.nameSpan) === e.name)).toBe(true);
    expect(quote(attendance[0]?.span)).toBe('Boštjan Trilar – predsednik komisije');
    expect(attendance[0]?.roleOriginal).toBe('predsednik komisije');
    for (const member of attendance.slice(2, 5)) {
      expect(quote(member.span)).toBe('Albin Traven, Kristina Camaj, Jure Kristan – člani komisije');
      expect(member.roleOriginal).toBe('člani komisije');
      expect(member.group).toBe('MEMBER');
    }
    expect(attendance[5]).toMatchObject({ roleOriginal: 'vodja Kabineta župana', group: 'STAFF' });
    expect(attendance[6]).toMatchObject({ roleOriginal: 'tajnica komisije', group: 'STAFF' });
  });

  it('does not read the vote "(4 PRISOTNI: 4 ZA)" as a list or a count', () => {
    const { text } = fixtureText('seed');
    const result = parseAttendance(text);
    expect(result.attendance).toHaveLength(7);
    expect(result.attendanceCount).toBeUndefined();
  });

  it('reads present, excused and absent councillors with titles and late arrivals', () => {
    const { text } = fixtureText('header-mestni-svet-redna.txt');
    const { attendance } = parseAttendance(text);
    const byName = new Map(attendance.map((e) => [e.name, e]));
    expect(byName.get('Ana Marija Kovač')).toMatchObject({ titles: ['mag.'], status: 'PRESENT', group: 'MEMBER' });
    expect(byName.get('Peter Zupan')?.titles).toEqual(['dr.']);
    expect(byName.get('Jožef Kozjek Kranjc')?.status).toBe('PRESENT');
    expect(byName.get('Marija Horvat Novak')?.arrivedAt).toBe('16:10');
    expect(byName.get('Marija Horvat Novak')?.roleOriginal).toBeUndefined();
    expect(byName.get('Tomaž Lah')?.leftAt).toBe('18:45');
    expect(byName.get('Mojca Kranjc')?.status).toBe('EXCUSED');
    expect(byName.get('Boris Vidmar')?.status).toBe('EXCUSED');
    expect(byName.get('Luka Golob')?.status).toBe('ABSENT');
  });

  it('reads staff with their offices, guests with organisations and the press', () => {
    const { text, quote } = fixtureText('header-mestni-svet-redna.txt');
    const byName = new Map(parseAttendance(text).attendance.map((e) => [e.name, e]));
    const ana = byName.get('Ana Novak');
    expect(ana).toMatchObject({ group: 'STAFF', organisation: 'Urad za finance in računovodstvo', titles: ['mag.'] });
    expect(quote(ana?.span)).toBe('mag. Ana Novak, Urad za finance in računovodstvo');
    expect(byName.get('Irena Mlakar')).toMatchObject({ group: 'STAFF', organisation: 'Kabinet župana' });
    expect(byName.get('Janez Kos')).toMatchObject({
      group: 'GUEST',
      roleOriginal: 'direktor Zavoda za turizem Ljubljana',
    });
    expect(byName.get('Ana Hartman')).toMatchObject({ group: 'PRESS', organisation: 'Delo' });
    expect(byName.get('Blaž Zorko')).toMatchObject({ group: 'PRESS', organisation: 'RTV Slovenija' });
  });

  it('adds a councillor who arrived later from a sentence outside the lists', () => {
    const { text } = fixtureText('header-mestni-svet-redna.txt');
    const marko = parseAttendance(text).attendance.find((e) => e.name === 'Marko Bizjak');
    expect(marko).toMatchObject({ arrivedAt: '17:10', group: 'MEMBER', status: 'PRESENT' });
  });

  it('updates a listed person from a sentence that says when they left', () => {
    const text = 'Prisotni: Ana Novak, Janez Kos\n\nSvetnik Janez Kos je sejo zapustil ob 19.30.\n';
    const janez = parseAttendance(text).attendance.find((e) => e.name === 'Janez Kos');
    expect(janez?.leftAt).toBe('19:30');
  });

  it('reads bulleted and numbered lists on separate lines, with an excused list in between', () => {
    const { text } = fixtureText('header-odbor.txt');
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.status])).toEqual([
      ['Andrej Kos', 'PRESENT'],
      ['Barbara Pintar', 'PRESENT'],
      ['Dušan Sever', 'PRESENT'],
      ['Gregor Lipar', 'EXCUSED'],
      ['Nataša Bergant', 'PRESENT'],
      ['Jure Stare', 'PRESENT'],
    ]);
    expect(attendance[0]?.roleOriginal).toBe('predsednik odbora');
    expect(attendance[4]).toMatchObject({ group: 'STAFF', roleOriginal: 'vodja Oddelka za gospodarstvo' });
    expect(attendance[5]).toMatchObject({ group: 'GUEST', roleOriginal: 'direktor Razvojne agencije Sora' });
  });

  it('reads titles after the name, an excuse in brackets and the "Seje so se udeležili še" list', () => {
    const { text } = fixtureText('header-svet-zavoda.txt');
    const byName = new Map(parseAttendance(text).attendance.map((e) => [e.name, e]));
    expect(byName.get('Irena Bernik')?.titles).toEqual(['univ. dipl. inž.']);
    expect(byName.get('Tadej Kos')).toMatchObject({ status: 'EXCUSED' });
    expect(byName.get('Tadej Kos')?.roleOriginal).toBeUndefined();
    expect(byName.get('Vesna Rupar')).toMatchObject({ group: 'GUEST', roleOriginal: 'ravnateljica' });
    expect(byName.get('Rok Prevc')).toMatchObject({ group: 'GUEST', roleOriginal: 'predstavnik sveta staršev' });
  });

  it('reads roles in brackets and the mayor as not a member', () => {
    const { text } = fixtureText('header-kolegij.txt');
    const byName = new Map(parseAttendance(text).attendance.map((e) => [e.name, e]));
    expect(byName.get('Matjaž Rakovec')).toMatchObject({ roleOriginal: 'župan', titles: ['mag.'], group: 'OTHER' });
    expect(byName.get('Janez Černe')).toMatchObject({ group: 'STAFF', roleOriginal: 'direktor občinske uprave' });
  });

  it('reads attendance stated only as a count', () => {
    const { text, quote } = fixtureText('header-obcinski-svet-izredna.txt');
    const result = parseAttendance(text);
    expect(result.attendance).toEqual([]);
    expect(result.attendanceCount?.count).toBe(12);
    expect(quote(result.attendanceCount?.span)).toBe(
      'Seji je prisostvovalo 12 članov občinskega sveta, zato je bil svet sklepčen.',
    );
    expect(parseAttendance('Prisotnih je bilo 20 svetnikov.').attendanceCount?.count).toBe(20);
    expect(parseAttendance('Na seji je bilo prisotnih 15 od 17 svetnic in svetnikov.').attendanceCount?.count).toBe(15);
  });

  it('reads a table row with a status cell', () => {
    const text = 'Prisotni člani:\nAna Novak | predsednica | prisotna\nJanez Kos | član | opravičeno odsoten\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.roleOriginal, e.status])).toEqual([
      ['Ana Novak', 'predsednica', 'PRESENT'],
      ['Janez Kos', 'član', 'EXCUSED'],
    ]);
  });

  it('keeps a temporary absence as a note', () => {
    const text = 'Prisotni: Ana Novak (od 18.20 do 18.40 odsotna), Janez Kos\n';
    const { attendance, notes } = parseAttendance(text);
    expect(attendance[0]?.note).toBe('od 18.20 do 18.40 odsotna');
    expect(attendance[0]?.arrivedAt).toBeUndefined();
    expect(notes.some((n) => /Ana Novak/u.test(n.message))).toBe(true);
  });

  it('reads "role Name" entries and a list wrapped onto the next line', () => {
    const text = 'Prisotni: podžupan Igor Velov, svetnica Mojca Kranjc,\nPeter Zupan, Ana Lah\nDnevni red:\n1. Razno\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual(['Igor Velov', 'Mojca Kranjc', 'Peter Zupan', 'Ana Lah']);
    expect(attendance[1]?.roleOriginal).toBe('svetnica');
  });

  it('shares a role in brackets, keeps "dalje" out of the role and takes "/" as nobody', () => {
    const shared = parseAttendance('Navzoči: Ana Novak, Janez Kos, Peter Zupan (vsi člani odbora)\n').attendance;
    expect(shared.map((e) => e.roleOriginal)).toEqual(['vsi člani odbora', 'vsi člani odbora', 'vsi člani odbora']);
    const { attendance, notes } = parseAttendance(
      'Prisotni člani komisije:\n1. Ana Novak, univ. dipl. ekon., predsednica\n2. mag. Janez Kos\n3. Peter Zupan – od 18.15 dalje\n\nOdsotni: /\n',
    );
    expect(attendance[0]).toMatchObject({ titles: ['univ. dipl. ekon.'], roleOriginal: 'predsednica' });
    expect(attendance[2]?.arrivedAt).toBe('18:15');
    expect(attendance[2]?.roleOriginal).toBeUndefined();
    expect(notes).toEqual([]);
  });
});
