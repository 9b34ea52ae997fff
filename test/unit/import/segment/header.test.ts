import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../../src/import/segment/parseHeader.js';
import { fixtureText } from './headerFixtureText.js';

describe('parseHeader', () => {
  it('reads the seed commission session held on Zoom', () => {
    const { text, quote } = fixtureText('seed');
    const { header } = parseHeader(text);
    expect(header.body?.kind).toBe('COMMISSION');
    expect(header.body?.name).toBe('Komisija za medobčinsko in mednarodno sodelovanje');
    expect(quote(header.body?.span)).toBe('Komisije za medobčinsko in mednarodno sodelovanje');
    expect(header.number).toBe(2);
    expect(header.date).toBe('2021-12-14');
    expect(quote(header.dateSpan)).toBe('14. 12. 2021');
    expect(header.startTime).toBe('17:00');
    expect(quote(header.startTimeSpan)).toBe('ob 17. uri');
    expect(header.platform).toBe('Zoom');
    expect(header.mode).toBe('ONLINE');
    expect(header.municipality).toBeUndefined();
    expect(quote(header.span)).toMatch(/^2\. seje Komisije .* platformi Zoom\.$/u);
  });

  it('reads a city council regular session in a hall and skips the document date above the title', () => {
    const { text, quote } = fixtureText('header-mestni-svet-redna.txt');
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'COUNCIL', name: 'Mestni svet Mestne občine Ljubljana' });
    expect(header.municipality?.name).toBe('Mestna občina Ljubljana');
    expect(header.number).toBe(15);
    expect(header.kind).toBe('REGULAR');
    expect(header.date).toBe('2022-05-09');
    expect(quote(header.dateSpan)).toBe('9. maja 2022');
    expect(header.startTime).toBe('15:30');
    expect(header.place).toBe('veliki sejni dvorani Mestne hiše');
    expect(header.mode).toBe('IN_PERSON');
    expect(header.platform).toBeUndefined();
  });

  it('reads an extraordinary municipal council session and puts the body name in the nominative', () => {
    const { text, quote } = fixtureText('header-obcinski-svet-izredna.txt');
    const { header } = parseHeader(text);
    expect(header.body?.name).toBe('Občinski svet Občine Bohinj');
    expect(quote(header.body?.span)).toBe('Občinskega sveta Občine Bohinj');
    expect(header.municipality?.name).toBe('Občina Bohinj');
    expect(header.kind).toBe('EXTRAORDINARY');
    expect(header.number).toBe(3);
    expect(header.date).toBe('2017-03-09');
    expect(header.startTime).toBe('17:00');
    expect(header.place).toBe('sejni sobi Občine Bohinj');
  });

  it('reads a correspondence session over several days, its municipality from the letterhead in capitals', () => {
    const { text } = fixtureText('header-komisija-dopisna.txt');
    const { header, notes } = parseHeader(text);
    expect(header.kind).toBe('CORRESPONDENCE');
    expect(header.number).toBe(5);
    expect(header.body?.name).toBe('Komisija za mandatna vprašanja, volitve in imenovanja');
    expect(header.municipality?.name).toBe('Mestna občina Kranj');
    expect(header.date).toBe('2021-05-12');
    expect(header.place).toBeUndefined();
    expect(header.mode).toBeUndefined();
    expect(notes.some((n) => /several days/u.test(n.message))).toBe(true);
  });

  it('reads a committee session with a compact date and a comma in the time', () => {
    const { text } = fixtureText('header-odbor.txt');
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'COMMITTEE', name: 'Odbor za gospodarstvo' });
    expect(header.date).toBe('2019-06-03');
    expect(header.startTime).toBe('16:15');
    expect(header.place).toBe('prostorih Občine Škofja Loka');
    expect(header.kind).toBeUndefined();
  });

  it('reads a local community council session held in a room and on MS Teams as hybrid', () => {
    const { text } = fixtureText('header-svet-ks.txt');
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'LOCAL_COMMUNITY_COUNCIL', name: 'Svet Krajevne skupnosti Stražišče' });
    expect(header.date).toBe('2023-11-07');
    expect(header.startTime).toBe('19:00');
    expect(header.platform).toBe('MS Teams');
    expect(header.mode).toBe('HYBRID');
  });

  it("reads a mayor's collegium without a number, its platform and time from the sentence after the title", () => {
    const { text } = fixtureText('header-kolegij.txt');
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'MAYORS_COLLEGIUM', name: 'Kolegij župana' });
    expect(header.number).toBeUndefined();
    expect(header.date).toBe('2022-02-14');
    expect(header.startTime).toBe('08:00');
    expect(header.platform).toBe('Zoom');
    expect(header.mode).toBe('ONLINE');
  });

  it('reads a school board session from labelled lines, not the end time', () => {
    const { text } = fixtureText('header-svet-zavoda.txt');
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'BOARD', name: 'Svet zavoda Osnovna šola Simona Jenka Kranj' });
    expect(header.date).toBe('2024-03-22');
    expect(header.startTime).toBe('17:00');
    expect(header.place).toBe('zbornica šole');
    expect(header.mode).toBe('IN_PERSON');
  });

  it('takes the body from a letterhead line when the title does not name it', () => {
    const text =
      'OBČINA ŠKOFJA LOKA\nOBČINSKI SVET\nDatum: 20. 12. 2021\n\nZAPISNIK\n12. redne seje, ki je bila v sredo, 15. 12. 2021, ob 17. uri v sejni dvorani.\n';
    const { header } = parseHeader(text);
    expect(header.body).toMatchObject({ kind: 'COUNCIL', name: 'Občinski svet Občine Škofja Loka' });
    expect(header.municipality?.name).toBe('Občina Škofja Loka');
    expect(header.date).toBe('2021-12-15');
  });

  it('leaves the session date out and says so when only the document date is given', () => {
    const text = 'Kranj, 15. 12. 2021\n\nZAPISNIK 4. seje Odbora za šport\n\nPRISOTNI: Ana Novak, Janez Kos\n';
    const { header, notes } = parseHeader(text);
    expect(header.date).toBeUndefined();
    expect(notes.some((n) => /document date/u.test(n.message))).toBe(true);
  });

  it('reads an upravni odbor as a board and nominalises feminine adjectives of commissions', () => {
    expect(
      parseHeader('Zapisnik 1. seje Upravnega odbora Zavoda za turizem Kranj, ki je bila 3. 3. 2020').header.body,
    ).toMatchObject({
      kind: 'BOARD',
      name: 'Upravni odbor Zavoda za turizem Kranj',
    });
    expect(
      parseHeader('ZAPISNIK 4. seje Statutarno-pravne komisije, ki je bila dne 1. 2. 2020').header.body?.name,
    ).toBe('Statutarno-pravna komisija');
  });

  it('reads a body on the line after the number and a room with "št." in it', () => {
    const text =
      'ZAPISNIK\n\n5. seje\nKomisije za kmetijstvo in razvoj podeželja,\nki je bila v sredo, 14. decembra 2021, ob 18. uri v sejni sobi št. 15 Občine Medvode.\n';
    const { header } = parseHeader(text);
    expect(header.body?.name).toBe('Komisija za kmetijstvo in razvoj podeželja');
    expect(header.date).toBe('2021-12-14');
    expect(header.startTime).toBe('18:00');
    expect(header.place).toBe('sejni sobi št. 15 Občine Medvode');
  });

  it('reads the date range of a correspondence session from the sentence after a spaced-out title', () => {
    const text =
      'Z A P I S N I K\n8. korespondenčne seje Nadzornega odbora Občine Kamnik\n\nSeja je potekala od 3. 3. 2022 od 8. ure do 4. 3. 2022 do 12. ure po elektronski pošti.\n';
    const { header } = parseHeader(text);
    expect(header.kind).toBe('CORRESPONDENCE');
    expect(header.body).toMatchObject({ kind: 'COMMITTEE', name: 'Nadzorni odbor Občine Kamnik' });
    expect(header.municipality?.name).toBe('Občina Kamnik');
    expect(header.date).toBe('2022-03-04');
  });

  it('reads ceremonial and constitutive sessions, a "Datum:" line after the title with a note', () => {
    const ceremonial = parseHeader(
      'ZAPISNIK\n4. slavnostne seje Mestnega sveta Mestne občine Koper\nDatum: 15. 5. 2023\n',
    );
    expect(ceremonial.header.kind).toBe('CEREMONIAL');
    expect(ceremonial.header.date).toBe('2023-05-15');
    expect(ceremonial.notes.length).toBeGreaterThan(0);
    const constitutive = parseHeader(
      'OBČINA RADLJE OB DRAVI\n\nZAPISNIK 1. ustanovne seje Občinskega sveta Občine Radlje ob Dravi, ki je bila 7. 12. 2022 ob 17.00 uri.\n',
    );
    expect(constitutive.header.kind).toBe('CONSTITUTIVE');
    expect(constitutive.header.municipality?.name).toBe('Občina Radlje ob Dravi');
  });
});
