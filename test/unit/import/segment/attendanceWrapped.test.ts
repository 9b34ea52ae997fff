import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';

// A paragraph of about 85 characters a line, as a word processor prints an A4 page.
const PROSE =
  'Seja je bila sklicana na podlagi 20. člena Poslovnika mestnega sveta, vabilo z gradivom\n' +
  'je bilo članom poslano po elektronski pošti sedem dni pred sejo, skupaj s predlogom\n' +
  'dnevnega reda in zapisnikom prejšnje seje, ki ga je pripravila strokovna služba.\n';

function byName(text: string) {
  return new Map(parseAttendance(text).attendance.map((e) => [e.name, e]));
}

describe('attendance lists wrapped over lines', () => {
  it('joins a first name at a line end to the surname on the next line, with exact spans', () => {
    const text =
      PROSE +
      '\nPrisotni člani mestnega sveta: Mojca Lešnik, Andrej Brglez, Tanja Cvetko, Boris Fras,\n' +
      'Alenka Gojkovič, Dejan Klasinc, Janko Petrovič, Barbara\n' +
      'Pučko, Tomaž Rajh, Irena\n' +
      'Vrbnjak, Aleš Zorec\n' +
      'Odsotni: Marko Zelenik (opravičeno)\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual([
      'Mojca Lešnik',
      'Andrej Brglez',
      'Tanja Cvetko',
      'Boris Fras',
      'Alenka Gojkovič',
      'Dejan Klasinc',
      'Janko Petrovič',
      'Barbara Pučko',
      'Tomaž Rajh',
      'Irena Vrbnjak',
      'Aleš Zorec',
      'Marko Zelenik',
    ]);
    const barbara = attendance.find((e) => e.name === 'Barbara Pučko');
    expect(text.slice(barbara?.nameSpan.start, barbara?.nameSpan.end)).toBe('Barbara\nPučko');
    expect(barbara?.roleOriginal).toBeUndefined();
    expect(attendance.find((e) => e.name === 'Janko Petrovič')?.roleOriginal).toBeUndefined();
    expect(attendance.at(-1)?.status).toBe('EXCUSED');
  });

  it('keeps a role whole when it runs on in lower case or after a dash', () => {
    const text =
      'PRISOTNI: Boštjan Trilar – predsednik komisije, Neven Polajnar – podpredsednik\n' +
      'komisije, Albin Traven, Kristina Camaj, Jure Kristan – člani komisije, Katja Štruc – vodja\n' +
      'Kabineta župana, Mojca Finc – tajnica komisije.\n\nSejo komisije je vodil predsednik Boštjan Trilar.\n';
    const people = byName(text);
    expect(people.get('Neven Polajnar')?.roleOriginal).toBe('podpredsednik komisije');
    expect(people.get('Katja Štruc')).toMatchObject({ roleOriginal: 'vodja Kabineta župana', group: 'STAFF' });
    expect(people.get('Jure Kristan')?.roleOriginal).toBe('člani komisije');
    expect(people.get('Mojca Finc')?.roleOriginal).toBe('tajnica komisije');
    expect(people.size).toBe(7);
  });

  it('joins a line the page width wrapped even when the next line starts with a capital', () => {
    const text =
      PROSE +
      '\nOstali prisotni: Vladimir Janžek – direktor občinske uprave, Damjan Kos – predstavnik\n' +
      'Radia Ptuj, Metka Petrovič – vodja Kabineta županje\n\nSejo je vodila županja.\n';
    const people = byName(text);
    expect(people.get('Damjan Kos')).toMatchObject({ roleOriginal: 'predstavnik Radia Ptuj', group: 'PRESS' });
    expect(people.has('Radia Ptuj')).toBe(false);
    expect(people.get('Metka Petrovič')?.roleOriginal).toBe('vodja Kabineta županje');
  });

  it('reads an open bracket and an organisation cut at the line end as one entry', () => {
    const text =
      'Prisotni člani: dr. Andreja Kos (predsednica), Gregor Mlakar (podpred-\n' +
      'sednik), Tjaša Rogina\n' +
      'Ostali prisotni: Urška Vrhovnik, Kabinet župana; Blaž Pirc, Zavod za turizem Slovenj\n' +
      'Gradec\n';
    const people = byName(text);
    expect([...people.keys()]).toEqual(['Andreja Kos', 'Gregor Mlakar', 'Tjaša Rogina', 'Urška Vrhovnik', 'Blaž Pirc']);
    expect(people.get('Blaž Pirc')?.organisation).toBe('Zavod za turizem Slovenj Gradec');
  });

  it('does not join a list written one person a line', () => {
    const text =
      PROSE +
      '\nPrisotni člani odbora:\nJože Artnak, predsednik\nSimona Gajšek, podpredsednica\nRok Jazbinšek\nTadeja Ratej, članica\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => [e.name, e.roleOriginal])).toEqual([
      ['Jože Artnak', 'predsednik'],
      ['Simona Gajšek', 'podpredsednica'],
      ['Rok Jazbinšek', undefined],
      ['Tadeja Ratej', 'članica'],
    ]);
  });

  it('does not join a bulleted or numbered line, nor one after a blank line', () => {
    const text =
      'Prisotni: Ana Novak, Janez Kos – člana sveta\n' +
      '- Peter Zupan, svetnik\n' +
      '2. Maja Lah\n\n' +
      'Luka Horvat\n';
    expect(parseAttendance(text).attendance.map((e) => [e.name, e.roleOriginal])).toEqual([
      ['Ana Novak', 'člana sveta'],
      ['Janez Kos', 'člana sveta'],
      ['Peter Zupan', 'svetnik'],
      ['Maja Lah', undefined],
      ['Luka Horvat', undefined],
    ]);
  });

  it('stops at the sentence that follows a list without a blank line', () => {
    const text =
      PROSE +
      '\nPrisotni: Ana Novak, Janez Kos, Peter Zupan, Maja Lah, Luka Horvat, Eva Kralj, Rok Golob\n' +
      'Sejo je vodil predsednik sveta Janez Kos, ki je ugotovil sklepčnost.\n';
    const { attendance } = parseAttendance(text);
    expect(attendance.map((e) => e.name)).toEqual([
      'Ana Novak',
      'Janez Kos',
      'Peter Zupan',
      'Maja Lah',
      'Luka Horvat',
      'Eva Kralj',
      'Rok Golob',
    ]);
    expect(attendance.at(-1)?.roleOriginal).toBeUndefined();
  });

  it('joins the lines of a text file hard-wrapped at 72 characters', () => {
    const text =
      'Zapisnik 3. seje Sveta Krajevne skupnosti Šmarje, ki je bila v torek,\n' +
      '7. marca 2023, ob 19. uri v sejni sobi doma krajanov v Šmarju ob cesti.\n' +
      '\nPrisotni člani sveta: Franci Rozman, predsednik, Helena Kotnik, Igor\n' +
      'Vidmar, Špela Turk, Žiga Hribar\n';
    expect(parseAttendance(text).attendance.map((e) => e.name)).toEqual([
      'Franci Rozman',
      'Helena Kotnik',
      'Igor Vidmar',
      'Špela Turk',
      'Žiga Hribar',
    ]);
  });
});

describe('attendance remarks and organisations', () => {
  it('reads an excuse in brackets after the role as the status', () => {
    const text =
      'ODSOTNI ČLANI ODBORA: Marjan Kunej, član (opravičil odsotnost)\n' +
      'Odsotni: Marko Zelenik (opravičeno), Tina Bezjak (neopravičeno), Nina Rus, svetnica (opravičila)\n';
    const people = byName(text);
    expect(people.get('Marjan Kunej')).toMatchObject({ status: 'EXCUSED', roleOriginal: 'član' });
    expect(people.get('Marko Zelenik')).toMatchObject({ status: 'EXCUSED' });
    expect(people.get('Marko Zelenik')?.roleOriginal).toBeUndefined();
    expect(people.get('Tina Bezjak')?.status).toBe('ABSENT');
    expect(people.get('Tina Bezjak')?.roleOriginal).toBeUndefined();
    expect(people.get('Nina Rus')).toMatchObject({ status: 'EXCUSED', roleOriginal: 'svetnica' });
  });

  it('does not read an excused late arrival as an absence', () => {
    const text = 'Prisotni: Janez Kos, član (prispel ob 18.10, opravičil zamudo), Ana Lah\n';
    const people = byName(text);
    expect(people.get('Janez Kos')).toMatchObject({ status: 'PRESENT', arrivedAt: '18:10' });
  });

  it('reads what follows the first comma of a ";"-separated entry as role or organisation', () => {
    const text =
      'Ostali prisotni: Urška Vrhovnik, Kabinet župana; Blaž Pirc, Zavod za turizem Slovenj Gradec; ' +
      'Nika Gorenc, Slovenj Gradec\n';
    const people = byName(text);
    expect([...people.keys()]).toEqual(['Urška Vrhovnik', 'Blaž Pirc', 'Nika Gorenc']);
    expect(people.get('Urška Vrhovnik')).toMatchObject({ group: 'STAFF', organisation: 'Kabinet župana' });
    expect(people.get('Blaž Pirc')?.organisation).toBe('Zavod za turizem Slovenj Gradec');
    expect(people.get('Nika Gorenc')?.organisation).toBe('Slovenj Gradec');
  });

  it('still lists several names before a plural role inside a ";"-separated entry', () => {
    const text = 'Prisotni: Ana Novak, Janez Kos – člana sveta; Maja Lah – predsednica\n';
    expect(parseAttendance(text).attendance.map((e) => [e.name, e.roleOriginal])).toEqual([
      ['Ana Novak', 'člana sveta'],
      ['Janez Kos', 'člana sveta'],
      ['Maja Lah', 'predsednica'],
    ]);
  });

  it('does not take a place at the end of an organisation for a person', () => {
    const text = 'Vabljeni: Andrej Kos, Zavod za turizem Slovenj Gradec, Luka Novak, Delo – Ana Hartman\n';
    const people = byName(text);
    expect([...people.keys()]).toEqual(['Andrej Kos', 'Luka Novak', 'Ana Hartman']);
    expect(people.get('Andrej Kos')?.organisation).toBe('Zavod za turizem Slovenj Gradec');
  });
});

describe('attendance tables', () => {
  it('does not join table rows, however long', () => {
    const role = 'predsednica Komisije za mandatna vprašanja, volitve in imenovanja';
    const text =
      PROSE +
      `\nPrisotni:\nAna Novak\t${role}\tprisotna\nJanez Kos\tčlan Komisije za mandatna vprašanja\topravičeno odsoten\n`;
    expect(parseAttendance(text).attendance.map((e) => [e.name, e.status])).toEqual([
      ['Ana Novak', 'PRESENT'],
      ['Janez Kos', 'EXCUSED'],
    ]);
  });
});
