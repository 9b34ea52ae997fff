import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '../../../../src/import/parsedMinutes.js';
import { parseAgenda } from '../../../../src/import/segment/parseAgenda.js';
import { parseItems } from '../../../../src/import/segment/parseItems.js';
import { spanText } from '../../../../src/import/span.js';
import { agendaFixture } from './agendaFixture.js';

const seed = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);

function sections(text: string) {
  const items = parseItems(text, parseAgenda(text).agenda);
  return items.map((i) => ({
    number: i.number,
    heading: spanText(text, i.headingSpan),
    body: spanText(text, i.bodySpan),
  }));
}

/** An agenda as parseAgenda would give it for a list at the start of `text`. */
function agendaOf(text: string, titles: readonly string[]): AgendaEntry[] {
  return titles.map((title, i) => {
    const line = `${i + 1}. ${title}`;
    const start = text.indexOf(line);
    return { number: i + 1, title, span: { start, end: start + line.length } };
  });
}

describe('parseItems', () => {
  it('finds the three seed sections at the repeated agenda lines, not in the agenda list', () => {
    const found = sections(seed);
    expect(found.map((s) => [s.number, s.heading])).toEqual([
      [1, '1. Potrditev zapisnika 1. seje.'],
      [2, '2. Pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).'],
      [3, '3. Razno'],
    ]);
    const items = parseItems(seed, parseAgenda(seed).agenda);
    expect(items[0]?.headingSpan.start).toBe(630);
    expect(items[1]?.headingSpan.start).toBe(810);
    expect(found[0]?.body).toMatch(
      /^Komisija je soglasno \(4 PRISOTNI: 4 ZA\) sprejela naslednji {2}SKLEP: \nPotrdi se zapisnik/,
    );
    expect(found[1]?.body).toMatch(/^Član komisije Jure Kristan je vprašal.*\(Rusija\)\.$/s);
  });

  it('ends the last seed section before the end-time sentence and the signatures', () => {
    const last = sections(seed)[2];
    expect(last?.body).toMatch(/^Član komisije Jure Kristan je predlagal/);
    expect(last?.body).toMatch(/zimske olimpijske igre\.$/);
    expect(last?.body).not.toMatch(/končala|Pripravila/);
  });

  it('reads repeated agenda lines in capitals in a city council with 8 items', () => {
    const found = sections(agendaFixture('minutes-mestni-svet-8-tock.txt'));
    expect(found.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(found[0]?.heading).toBe('1. POTRDITEV ZAPISNIKA 13. REDNE SEJE');
    expect(found[3]?.body).toMatch(/^Svetnik Branko Žerjav je predlagal/);
    expect(found[3]?.body).toMatch(/SKLEP št\. 185:[\s\S]*Glasovanje: 24 ZA, 2 PROTI\.$/);
    expect(found[7]?.body).toBe(
      'Svetnik Tomaž Rotovnik je vprašal, kdaj bo obnovljena Kidričeva cesta. Odgovor bo podan pisno.',
    );
  });

  it('reads headings whose number the PDF put on the line before, with a title over two lines', () => {
    const text = agendaFixture('minutes-obcinski-svet-pdf.txt');
    const found = sections(text);
    expect(found.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(found[2]?.heading).toBe(
      '3.\nPredlog Odloka o spremembah in dopolnitvah Odloka o proračunu Občine Šentjur za\nleto 2023 – skrajšani postopek',
    );
    expect(found[2]?.body).toMatch(/^Predlog je obrazložila/);
    expect(found[4]?.body).toBe('Svetnik Matej Kovač je dal pobudo za ureditev pločnika ob regionalni cesti.');
  });

  it('reads "Ad 1)" headings of a commission with the title on the same line', () => {
    const found = sections(agendaFixture('minutes-komisija-ad.txt'));
    expect(found.map((s) => s.heading)).toEqual([
      'Ad 1) Potrditev zapisnika 6. seje',
      'Ad 2) Obravnava kandidatur za člane sveta javnega zavoda Radovljiška knjižnica',
      'Ad 3) Mnenje k imenovanju ravnateljice OŠ Antona Tomaža Linharta Radovljica',
      'Ad 4) Razno',
    ]);
    expect(found[3]?.body).toBe('Pod to točko ni bilo razprave.');
  });

  it('reads bare "Ad 1" headings of a correspondence session', () => {
    const found = sections(agendaFixture('minutes-dopisna-seja.txt'));
    expect(found.map((s) => [s.number, s.heading])).toEqual([
      [1, 'Ad 1'],
      [2, 'Ad 2'],
    ]);
    expect(found[1]?.body).not.toMatch(/zaključena|Zapisala/);
  });

  it('reads "K 1. točki" and "K 2. TOČKI DNEVNEGA REDA" headings', () => {
    const found = sections(agendaFixture('minutes-svet-ks-k-tocki.txt'));
    expect(found.map((s) => s.heading)).toEqual(['K 1. točki', 'K 2. TOČKI DNEVNEGA REDA', 'K 3. točki', 'K 4. točki']);
    expect(found[0]?.body).toMatch(/^Pripomb na zapisnik 11\. seje ni bilo\./);
    expect(found[3]?.body).toBe('Ni bilo razprave.');
  });

  it('includes a title on the line after "Ad 1" in the heading', () => {
    const found = sections(agendaFixture('agenda-inline-sklep.txt'));
    expect(found).toEqual([
      { number: 1, heading: 'Ad 1\nPotrditev zapisnika 2. redne seje', body: 'Pripomb ni bilo.' },
    ]);
  });

  it('reads a title alone in capitals as the heading', () => {
    const found = sections(agendaFixture('agenda-unnumbered.txt'));
    expect(found.map((s) => [s.number, s.heading])).toEqual([[1, 'POTRDITEV ZAPISNIKA 7. SEJE']]);
  });

  it.each([
    ['Ad. 1', 'Ad. 2'],
    ['AD/1', 'AD/2'],
    ['K točki 1', 'K točki 2'],
    ['1. točka', '2. točka'],
    ['Točka 1:', 'Točka 2:'],
    ['1. TOČKA DNEVNEGA REDA', '2. TOČKA DNEVNEGA REDA'],
  ])('reads headings written "%s"', (first, second) => {
    const text = `DNEVNI RED:\n1. Potrditev zapisnika\n2. Razno\n\n${first}\nZapisnik je bil potrjen.\n\n${second}\nRazprave ni bilo.\n\nSeja je bila zaključena ob 18.30.\n`;
    const items = parseItems(text, agendaOf(text, ['Potrditev zapisnika', 'Razno']));
    expect(items.map((i) => spanText(text, i.headingSpan))).toEqual([first, second]);
    expect(items.map((i) => spanText(text, i.bodySpan))).toEqual(['Zapisnik je bil potrjen.', 'Razprave ni bilo.']);
  });

  it('does not take "2. točka sklepa se spremeni …" inside a body for a heading', () => {
    const text =
      'DNEVNI RED:\n1. Sprememba sklepa\n2. Razno\n\n1. točka\nSvetniki so razpravljali.\n2. točka sklepa se spremeni tako, da se rok podaljša.\n\n2. točka\nRazprave ni bilo.\n';
    const items = parseItems(text, agendaOf(text, ['Sprememba sklepa', 'Razno']));
    expect(items.map((i) => [i.number, spanText(text, i.headingSpan)])).toEqual([
      [1, '1. točka'],
      [2, '2. točka'],
    ]);
    expect(spanText(text, items[0]!.bodySpan)).toMatch(/rok podaljša\.$/);
  });

  it('takes a numbered line set apart by blank lines as the heading when its wording differs from the agenda', () => {
    const text =
      'DNEVNI RED:\n1. Potrditev zapisnika 3. seje\n2. Predlog Odloka o proračunu Občine Kobarid za leto 2024 – druga obravnava\n3. Razno\n\n' +
      '1. Potrditev zapisnika 3. seje\nPotrjen.\n\n2. Odlok o proračunu 2024\n\nŽupan je predstavil proračun.\n\n1. Prihodki se povečajo.\n\n3. Razno\nNič.\n';
    const items = parseItems(text, parseAgenda(text).agenda);
    expect(items.map((i) => [i.number, spanText(text, i.headingSpan)])).toEqual([
      [1, '1. Potrditev zapisnika 3. seje'],
      [2, '2. Odlok o proračunu 2024'],
      [3, '3. Razno'],
    ]);
    expect(spanText(text, items[1]!.bodySpan)).toBe('Župan je predstavil proračun.\n\n1. Prihodki se povečajo.');
  });

  it('passes over a number alone on its line when the next line is not the title', () => {
    const text =
      'DNEVNI RED:\n1. Potrditev zapisnika\n2. Razno\n\n1. Potrditev zapisnika\nRazlogi:\n2.\nNekaj drugega\n\n2. Razno\nNič.\n';
    const items = parseItems(text, parseAgenda(text).agenda);
    expect(items.map((i) => spanText(text, i.headingSpan))).toEqual(['1. Potrditev zapisnika', '2. Razno']);
  });

  it('finds explicit headings even without an agenda', () => {
    const text = 'Ad 1) Potrditev zapisnika\nPotrjen.\n\nAd 2) Razno\nNič.\n';
    const items = parseItems(text, []);
    expect(items.map((i) => [i.number, spanText(text, i.headingSpan)])).toEqual([
      [1, 'Ad 1) Potrditev zapisnika'],
      [2, 'Ad 2) Razno'],
    ]);
  });
});
