import { describe, expect, it } from 'vitest';
import { parseClosing } from '../../../../src/import/segment/parseClosing.js';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';

const END = 'Seja je bila zaključena ob 18.35.\n\n';

function closing(block: string, names: readonly string[] = []) {
  const text = END + block;
  const read = parseClosing(text, names);
  const quote = (span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : '');
  return { ...read, quote };
}

describe('closing signature blocks whose columns lost their gap', () => {
  const blocks: [string, string, string, string][] = [
    ['a tab', 'Zapisala:\tŽupanja', 'Nataša Horvat, višja svetovalka\tMojca Lešnik, l.r.', 'Županja'],
    ['two spaces', 'Zapisala:  Županja', 'Nataša Horvat, višja svetovalka  Mojca Lešnik, l.r.', 'Županja'],
    [
      'one space',
      'Zapisala: Županja Mestne občine Ptuj',
      'Nataša Horvat, višja svetovalka Mojca Lešnik, l.r.',
      'Županja Mestne občine Ptuj',
    ],
  ];
  it.each(blocks)(
    'tells the preparer from the signatory when the columns are set apart by %s',
    (_, top, names, role) => {
      const read = closing(`${top}\n${names}\n`);
      expect(read.preparedBy).toMatchObject({ name: 'Nataša Horvat', roleOriginal: 'višja svetovalka' });
      expect(read.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Mojca Lešnik', role]]);
      expect(read.quote(read.signedBy[0]?.span)).toContain('Mojca Lešnik, l.r.');
    },
  );

  it('splits a name line at the title of the second name', () => {
    const read = closing('Zapisala: Predsednica komisije\nUrška Vrhovnik dr. Andreja Kos, l.r.\n');
    expect(read.preparedBy?.name).toBe('Urška Vrhovnik');
    expect(read.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Andreja Kos', 'Predsednica komisije']]);
  });

  it('splits four name words in two when one half is a known attendee', () => {
    const read = closing('Zapisnik pripravila: Predsednik odbora:\nPolona Krajnc Jože Artnak, l.r.\n', [
      'Jože Artnak',
      'Polona Krajnc',
    ]);
    expect(read.preparedBy?.name).toBe('Polona Krajnc');
    expect(read.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Jože Artnak', 'Predsednik odbora']]);
  });

  it('splits four signed name words under a lone "Pripravila:", and the role line below', () => {
    const read = closing('Pripravila:\nMojca Finc Boštjan Trilar, l.r.\nKabinet župana Predsednik\n');
    expect(read.preparedBy).toMatchObject({ name: 'Mojca Finc', roleOriginal: 'Kabinet župana' });
    expect(read.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Boštjan Trilar', 'Predsednik']]);
  });

  it('keeps a four-word name of one person whole when nothing says there are two columns', () => {
    const read = closing('Zapisala:\nAna Marija Kovač Novak\n\nŽupan\nJanez Koselj, l.r.\n');
    expect(read.preparedBy?.name).toBe('Ana Marija Kovač Novak');
    expect(read.signedBy.map((s) => s.name)).toEqual(['Janez Koselj']);
  });

  it('does not split a sentence that names two people', () => {
    const read = closing('Župan Janez Novak se je zahvalil Ani Kos za pomoč.\n\nŽupan\nJanez Novak, l.r.\n');
    expect(read.signedBy.map((s) => s.name)).toEqual(['Janez Novak']);
    expect(read.preparedBy).toBeUndefined();
  });

  it('reads the whole minutes with the attendees as known names', () => {
    const text =
      'Prisotni člani odbora: Jože Artnak, predsednik; Simona Gajšek, podpredsednica\n' +
      'Ostali prisotni: Polona Krajnc, vodja Oddelka za gospodarstvo\n\n' +
      'Seja je bila zaključena ob 18.50 uri.\n' +
      'Zapisnik pripravila: Predsednik odbora:\n' +
      'Polona Krajnc Jože Artnak, l.r.\n';
    const minutes = parseMinutes(text);
    expect(minutes.preparedBy?.name).toBe('Polona Krajnc');
    expect(minutes.signedBy.map((s) => s.name)).toEqual(['Jože Artnak']);
  });
});

describe('the chair read from what they did at the opening', () => {
  it.each([
    [
      'Predsednica komisije dr. Andreja Kos je pozdravila navzoče, ugotovila sklepčnost in\npredlagala naslednji dnevni red:',
      'Andreja Kos',
      'Predsednica komisije',
    ],
    ['Uvodoma je župan Janez Novak ugotovil, da je občinski svet sklepčen.', 'Janez Novak', 'župan'],
    ['Sejo je odprl podžupan Peter Kos ob 17. uri.', 'Peter Kos', 'podžupan'],
    ['Predsednik sveta KS Marko Lah je sejo začel ob 18.00.', 'Marko Lah', 'Predsednik sveta KS'],
    ['Predsednik odbora Rok Turk je pozdravil prisotne.', 'Rok Turk', 'Predsednik odbora'],
  ])('reads "%s"', (sentence, name, role) => {
    const text = `Prisotni: Ana Novak, Rok Turk\n\n${sentence}\n\n1. Razno\n`;
    const read = parseClosing(text);
    expect(read.chair).toMatchObject({ name, roleOriginal: role });
    expect(text.slice(read.chair?.span.start, read.chair?.span.end)).toContain(name);
  });

  it('prefers "Sejo je vodil" and reads nothing from an act without a name', () => {
    expect(parseClosing('Predsednik je pozdravil prisotne.\n').chair).toBeUndefined();
    const text = 'Janez Kos je pozdravil prisotne. Sejo je vodila predsednica Ana Novak.\n';
    expect(parseClosing(text).chair?.name).toBe('Ana Novak');
  });
});
