import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../../../src/import/segment/parseAgenda.js';
import { spanText } from '../../../../src/import/span.js';
import { agendaFixture } from './agendaFixture.js';

const seed = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);

function titles(text: string) {
  return parseAgenda(text).agenda.map((e) => [e.number, e.title]);
}

describe('parseAgenda', () => {
  it('reads the seed agenda that ends a sentence ("… in dal v potrditev naslednji DNEVNI RED:")', () => {
    const { agenda } = parseAgenda(seed);
    expect(agenda.map((e) => [e.number, e.title])).toEqual([
      [1, 'Potrditev zapisnika 1. seje'],
      [2, 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija)'],
      [3, 'Razno'],
    ]);
    expect(agenda.map((e) => [e.span.start, spanText(seed, e.span)])).toEqual([
      [463, '1. Potrditev zapisnika 1. seje.'],
      [495, '2. Pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).'],
      [562, '3. Razno.'],
    ]);
  });

  it('reads the seed adoption sentence with its unanimous 4 of 4 vote', () => {
    const { agendaAdoption, notes } = parseAgenda(seed);
    expect(agendaAdoption && spanText(seed, agendaAdoption.span)).toBe(
      'Dnevni red je bil soglasno sprejet (4 PRISOTNI: 4 ZA).',
    );
    expect(agendaAdoption?.span.start).toBe(572);
    expect(agendaAdoption?.vote).toMatchObject({ present: 4, for: 4, unanimous: true, outcome: 'ADOPTED' });
    expect(notes).toEqual([]);
  });

  it('prefers the adopted list of a city council whose agenda was extended to 8 items, and notes the change', () => {
    const text = agendaFixture('minutes-mestni-svet-8-tock.txt');
    const { agenda, agendaAdoption, notes } = parseAgenda(text);
    expect(agenda).toHaveLength(8);
    expect(agenda[6]?.title).toBe('Seznanitev s poročilom o obisku delegacije iz mesta Esslingen am Neckar');
    expect(agenda[7]).toMatchObject({ number: 8, title: 'Vprašanja in pobude svetnikov' });
    expect(agenda[2]?.title).toBe(
      'Predlog Odloka o spremembah in dopolnitvah Odloka o proračunu Mestne občine Velenje za leto 2022 – skrajšani postopek',
    );
    expect(agendaAdoption && spanText(text, agendaAdoption.span)).toBe(
      'Dnevni red je bil sprejet z 27 glasovi ZA, 0 PROTI in 1 VZDRŽANIM.',
    );
    expect(agendaAdoption?.vote).toMatchObject({ for: 27, against: 0, abstained: 1, outcome: 'ADOPTED' });
    expect(notes.some((n) => /listed twice/.test(n.message))).toBe(true);
    const change = notes.find(
      (n) => n.span && spanText(text, n.span).startsWith('Župan je predlagal, da se dnevni red razširi'),
    );
    expect(change?.message).toMatch(/changed/);
  });

  it('reads numbers the PDF put on their own line, with a title that runs over two lines', () => {
    const text = agendaFixture('minutes-obcinski-svet-pdf.txt');
    const { agenda, agendaAdoption } = parseAgenda(text);
    expect(agenda.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    expect(agenda[2]?.title).toBe(
      'Predlog Odloka o spremembah in dopolnitvah Odloka o proračunu Občine Šentjur za leto 2023 – skrajšani postopek',
    );
    expect(spanText(text, agenda[0]!.span)).toBe('1.\nPotrditev zapisnika 4. redne seje');
    expect(agenda[3]?.title).toBe('Predlog za sklenitev dogovora o sodelovanju z Občino Kuršumlija (Srbija)');
    expect(agendaAdoption && spanText(text, agendaAdoption.span)).toBe('Dnevni red je bil sprejet.');
    // The vote stands on the line before the adoption sentence.
    expect(agendaAdoption?.vote).toMatchObject({ for: 14, against: 0, outcome: 'ADOPTED' });
  });

  it('reads "1) …" items after "Za sejo je bil predlagan naslednji dnevni red:" and a bracketed count', () => {
    const text = agendaFixture('minutes-komisija-ad.txt');
    const { agenda, agendaAdoption } = parseAgenda(text);
    expect(agenda.map((e) => e.title)).toEqual([
      'Potrditev zapisnika 6. seje',
      'Obravnava kandidatur za člane sveta javnega zavoda Radovljiška knjižnica',
      'Mnenje k imenovanju ravnateljice OŠ Antona Tomaža Linharta Radovljica',
      'Razno',
    ]);
    expect(agendaAdoption?.vote).toMatchObject({ present: 5, for: 5, against: 0, unanimous: true });
    expect(agendaAdoption && spanText(text, agendaAdoption.vote!.span)).toBe('(prisotnih: 5, za: 5, proti: 0)');
  });

  it('reads "1 …" items without a period under a bare "Dnevni red" line', () => {
    const text = agendaFixture('minutes-svet-ks-k-tocki.txt');
    expect(titles(text)).toEqual([
      [1, 'Pregled in potrditev zapisnika 11. seje'],
      [2, 'Pregled izvedenih investicij v letu 2022'],
      [3, 'Obisk delegacije pobratene vasi Kals am Großglockner'],
      [4, 'Razno'],
    ]);
    expect(parseAgenda(text).agendaAdoption?.vote).toMatchObject({ unanimous: true, outcome: 'ADOPTED' });
  });

  it('reads an agenda listed inside the resolution that adopts it', () => {
    const text = agendaFixture('agenda-inline-sklep.txt');
    const { agenda, agendaAdoption } = parseAgenda(text);
    expect(agenda.map((e) => [e.number, e.title])).toEqual([
      [1, 'Potrditev zapisnika 2. redne seje'],
      [2, 'Predlog proračuna Občine Bled za leto 2024 – prva obravnava'],
      [3, 'Sodelovanje z občino Bad Hofgastein (Avstrija)'],
      [4, 'Razno'],
    ]);
    expect(spanText(text, agenda[1]!.span)).toBe('2. Predlog proračuna Občine Bled za leto 2024 – prva obravnava');
    expect(agendaAdoption && spanText(text, agendaAdoption.span)).toMatch(
      /^SKLEP št\. 21: Sprejme se naslednji dnevni red: 1\./,
    );
    expect(agendaAdoption?.vote).toMatchObject({ for: 15, against: 0 });
  });

  it('numbers items whose Word numbering the extraction lost, and says so', () => {
    const text = agendaFixture('agenda-unnumbered.txt');
    const { agenda, agendaAdoption, notes } = parseAgenda(text);
    expect(agenda.map((e) => [e.number, e.title])).toEqual([
      [1, 'Potrditev zapisnika 7. seje'],
      [2, 'Poročilo o delu Turistične zveze Brda'],
      [3, 'Pobuda za partnerstvo z mestom Cividale del Friuli (Italija)'],
      [4, 'Razno'],
    ]);
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/no numbers/)]);
    expect(agendaAdoption && spanText(text, agendaAdoption.span)).toBe('SKLEP: Sprejme se predlagani dnevni red.');
    expect(agendaAdoption?.vote).toMatchObject({ for: 9, against: 0 });
  });

  it('skips reporter lines and blank lines between items and joins a lower-case continuation', () => {
    const text = agendaFixture('agenda-reporters-blank-lines.txt');
    const { agenda, agendaAdoption, notes } = parseAgenda(text);
    expect(agenda.map((e) => e.title)).toEqual([
      'Potrditev zapisnika 20. redne seje',
      'Predlog Odloka o občinskih taksah v Občini Piran – druga obravnava',
      'Predlog Sklepa o sklenitvi sporazuma o prijateljstvu in sodelovanju med Občino Piran in mestom Vodice (Hrvaška)',
      'Vprašanja in pobude svetnikov',
    ]);
    expect(agendaAdoption && spanText(text, agendaAdoption.span)).toBe(
      'Svetniki so dnevni red z razširitvijo soglasno potrdili.',
    );
    expect(agendaAdoption?.vote).toMatchObject({ unanimous: true, outcome: 'ADOPTED' });
    expect(
      notes.some((n) => n.span && spanText(text, n.span).startsWith('Na predlog župana se dnevni red razširi')),
    ).toBe(true);
  });

  it.each([
    [
      'Dnevni red:\n1. Otvoritev seje\n2. Razno\n',
      [
        [1, 'Otvoritev seje'],
        [2, 'Razno'],
      ],
    ],
    [
      'PREDLOG DNEVNEGA REDA\nI. Potrditev zapisnika\nII. Poročilo predsednika\nIII. Razno\n',
      [
        [1, 'Potrditev zapisnika'],
        [2, 'Poročilo predsednika'],
        [3, 'Razno'],
      ],
    ],
    [
      'Predlagan dnevni red:\nAd 1 Potrditev zapisnika 3. seje\nAd 2 Razno\n',
      [
        [1, 'Potrditev zapisnika 3. seje'],
        [2, 'Razno'],
      ],
    ],
    [
      'Dnevni red je bil soglasno sprejet v naslednji obliki:\n1.\tPregled sklepov\n2.\tRazno\n',
      [
        [1, 'Pregled sklepov'],
        [2, 'Razno'],
      ],
    ],
  ])('reads the agenda in %j', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('does not take "Dnevni red je bil sprejet." for a heading, and notes a missing agenda', () => {
    const { agenda, notes } = parseAgenda('Dnevni red je bil sprejet.\n1. Potrditev zapisnika\n');
    expect(agenda).toEqual([]);
    expect(notes).toEqual([{ message: expect.stringMatching(/No agenda/) }]);
  });

  it('ends the list at the first line that is not an item, a sub-item or a title continuation', () => {
    const text =
      'DNEVNI RED:\n1. Potrditev zapisnika\n2. Razno\nPredsedujoči je ugotovil, da je prisotnih 9 članov.\n3. točka je bila umaknjena.';
    expect(titles(text)).toEqual([
      [1, 'Potrditev zapisnika'],
      [2, 'Razno'],
    ]);
  });
});
