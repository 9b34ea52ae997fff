import { describe, expect, it } from 'vitest';
import { parseClosing } from '../../../../src/import/segment/parseClosing.js';
import { fixtureText } from './headerFixtureText.js';

describe('parseClosing', () => {
  it('reads the seed chair, end time, the one who prepared and the signatory from two columns', () => {
    const { text, quote } = fixtureText('seed');
    const closing = parseClosing(text);
    expect(closing.chair?.name).toBe('Boštjan Trilar');
    expect(quote(closing.chair?.span)).toBe('Sejo komisije je vodil predsednik Boštjan Trilar');
    expect(closing.chair?.roleOriginal).toBe('predsednik');
    expect(closing.endTime?.time).toBe('17:18');
    expect(closing.preparedBy?.name).toBe('Mojca Finc');
    expect(quote(closing.preparedBy?.span)).toBe('Pripravila:  \nMojca Finc');
    expect(closing.preparedBy?.roleOriginal).toBe('Kabinet župana');
    expect(closing.signedBy).toHaveLength(1);
    expect(closing.signedBy[0]).toMatchObject({ name: 'Boštjan Trilar', roleOriginal: 'Predsednik' });
    expect(quote(closing.signedBy[0]?.span)).toBe('Boštjan Trilar, l.r.');
  });

  it('reads who convened and chaired in one sentence, and a signature under its role', () => {
    const { text, quote } = fixtureText('header-obcinski-svet-izredna.txt');
    const closing = parseClosing(text);
    expect(closing.chair).toMatchObject({ name: 'Franc Kramar', roleOriginal: 'župan' });
    expect(closing.convenedBy?.name).toBe('Franc Kramar');
    expect(closing.endTime?.time).toBe('18:40');
    expect(closing.preparedBy).toMatchObject({ name: 'Marjeta Odar', roleOriginal: 'višja svetovalka' });
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Franc Kramar', 'Župan']]);
    expect(quote(closing.signedBy[0]?.span)).toBe('Župan\nFranc Kramar');
  });

  it('reads a signature block in capitals in the second column', () => {
    const { text, quote } = fixtureText('header-mestni-svet-redna.txt');
    const closing = parseClosing(text);
    expect(closing.endTime?.time).toBe('20:15');
    expect(quote(closing.endTime?.span)).toBe('Seja je bila zaključena ob 20.15 uri');
    expect(closing.preparedBy?.name).toBe('Petra Jereb');
    expect(quote(closing.preparedBy?.span)).toBe('Petra Jereb');
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Zoran Janković', 'ŽUPAN']]);
    expect(closing.chair).toMatchObject({ name: 'Zoran Janković', roleOriginal: 'župan' });
  });

  it('reads the role after the chair name and "Zaključek seje ob"', () => {
    const { text } = fixtureText('header-odbor.txt');
    const closing = parseClosing(text);
    expect(closing.chair).toMatchObject({ name: 'Andrej Kos', roleOriginal: 'predsednik odbora' });
    expect(closing.endTime?.time).toBe('18:05');
    expect(closing.preparedBy?.name).toBe('Matej Kern');
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Andrej Kos', 'Predsednik odbora']]);
  });

  it('reads a signature "mag. Name, l. r." under a role label with a colon', () => {
    const { text } = fixtureText('header-komisija-dopisna.txt');
    const closing = parseClosing(text);
    expect(closing.preparedBy?.name).toBe('Nina Zupan');
    expect(closing.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Irena Dolenc', 'Predsednica komisije']]);
    expect(closing.endTime?.time).toBe('12:00');
  });

  it('reads "Predsedujoči:" as the chair and a note when nothing is signed', () => {
    const closing = parseClosing('Seja je bila končana ob 19.05.\n\nZapisnikar: Rok Kern\nPredsedujoči: Janez Novak\n');
    expect(closing.chair?.name).toBe('Janez Novak');
    expect(closing.preparedBy?.name).toBe('Rok Kern');
    expect(closing.endTime?.time).toBe('19:05');
    const unsigned = parseClosing('Sejo je vodila županja mag. Ana Novak.\n');
    expect(unsigned.chair).toMatchObject({ name: 'Ana Novak', roleOriginal: 'županja' });
    expect(unsigned.signedBy).toEqual([]);
    expect(unsigned.notes.length).toBeGreaterThan(0);
  });

  it('reads an indented single-column signature and a deputy mayor chairing by authorisation', () => {
    const indented = parseClosing(
      'Seja je bila zaključena ob 21.10 uri.\n\nZapisnik sestavila:\nSandra Kos\n\n\t\t\t\tPredsednik Odbora za gospodarstvo\n\t\t\t\tAndrej Kos, l. r.\n',
    );
    expect(indented.preparedBy?.name).toBe('Sandra Kos');
    expect(indented.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([
      ['Andrej Kos', 'Predsednik Odbora za gospodarstvo'],
    ]);
    const deputy = parseClosing(
      'Sejo je vodil podžupan Janez Kos, ki ga je za to pooblastil župan.\nSeja je končana ob 19:45.\nZapisal: Miha Novak\t\t\tŽupanja:\n\t\t\t\tdr. Ana Marija Novak\n',
    );
    expect(deputy.chair).toMatchObject({ name: 'Janez Kos', roleOriginal: 'podžupan' });
    expect(deputy.endTime?.time).toBe('19:45');
    expect(deputy.preparedBy?.name).toBe('Miha Novak');
    expect(deputy.signedBy.map((s) => [s.name, s.roleOriginal])).toEqual([['Ana Marija Novak', 'Županja']]);
  });
});
