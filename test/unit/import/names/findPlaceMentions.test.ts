import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../../../src/import/names/findPlaceMentions.js';
import { INFLECTION_TABLE } from './inflectionTable.js';

const seed = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);

function found(text: string): { surface: string; id: string; viaAdjective: boolean }[] {
  return findPlaceMentions(text).map((m) => ({ surface: m.surface, id: m.place.id, viaAdjective: m.viaAdjective }));
}

function surfacesOf(text: string, id: string): string[] {
  return found(text)
    .filter((m) => m.id === id)
    .map((m) => m.surface);
}

describe('findPlaceMentions on the seed minutes', () => {
  const mentions = findPlaceMentions(seed);

  it('gives spans that cover exactly the surface', () => {
    for (const m of mentions) expect(seed.slice(m.span.start, m.span.end)).toBe(m.surface);
  });

  it('finds Jekaterinburg in several case forms', () => {
    const forms = new Set(surfacesOf(seed, 'city:yekaterinburg'));
    expect(forms).toEqual(new Set(['Jekaterinburg', 'Jekaterinburgom', 'Jekaterinburgu']));
  });

  it('finds the City Municipality of Kranj as a whole before the city', () => {
    expect(new Set(surfacesOf(seed, 'org:mestna-obcina-kranj'))).toEqual(
      new Set(['Mestne občine Kranj', 'Mestna občina Kranj', 'Mestno občino Kranj']),
    );
    expect(surfacesOf(seed, 'city:kranj')).toEqual(['Kranj', 'Kranju']);
  });

  it('finds Russia by name and by the adjective "ruske"', () => {
    const russia = mentions.filter((m) => m.place.id === 'country:russia');
    expect(russia.filter((m) => !m.viaAdjective).map((m) => m.surface)).toContain('Rusija');
    expect(russia.find((m) => m.viaAdjective)?.surface).toBe('ruske');
    expect(russia.find((m) => m.viaAdjective)?.span.start).toBe(seed.indexOf('ruske ali kranjske'));
  });

  it('finds Zhangjiakou, and China through "kitajskim"', () => {
    expect(surfacesOf(seed, 'city:zhangjiakou')).toEqual(['Zhangjiakou', 'Zhangjiakou']);
    const china = mentions.filter((m) => m.place.id === 'country:china');
    expect(china.map((m) => [m.surface, m.viaAdjective])).toContainEqual(['kitajskim', true]);
  });

  it('finds Slovenia through "Republike Slovenije" and "slovensko"', () => {
    const slovenia = found(seed).filter((m) => m.id === 'country:slovenia');
    expect(slovenia).toContainEqual({ surface: 'Republike Slovenije', id: 'country:slovenia', viaAdjective: false });
    expect(slovenia).toContainEqual({ surface: 'slovensko', id: 'country:slovenia', viaAdjective: true });
  });

  it('does not take "kranjske" (a city adjective), the names of people or vote words for places', () => {
    const surfaces = mentions.map((m) => m.surface);
    for (const word of ['kranjske', 'Trilar', 'Štruc', 'Kristan', 'Finc', 'ZA', 'PRISOTNI', 'IskraUralTEL'])
      expect(surfaces).not.toContain(word);
  });
});

describe('findPlaceMentions on minutes of other municipalities', () => {
  const bohinj = `ZAPISNIK 12. redne seje Občinskega sveta Občine Bohinj, ki je bila v četrtek, 9. 3. 2023, ob 17. uri v sejni sobi
Občine Bohinj. Župan je poročal o obisku delegacije iz Gradca in Celovca ter o srečanju županov v Beljaku (Avstrija).
Svetnik je vprašal, ali bo občina Bohinj sodelovala s francosko občino na projektu. Pobratenje z občino Trbiž (Italija)
je bilo podpisano že leta 2005. Predstavniki Mestne občine Novo mesto so v Novem mestu gostili partnerje iz Münchna in Bruslja.`;

  it('finds municipalities with a lower-case "občina" and foreign cities in the genitive and locative', () => {
    const f = found(bohinj);
    expect(f.filter((m) => m.id === 'org:obcina-bohinj').map((m) => m.surface)).toEqual([
      'Občine Bohinj',
      'Občine Bohinj',
      'občina Bohinj',
    ]);
    expect(f).toContainEqual({ surface: 'Gradca', id: 'city:graz', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Celovca', id: 'city:klagenfurt', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Beljaku', id: 'city:villach', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Avstrija', id: 'country:austria', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Trbiž', id: 'city:tarvisio', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'francosko', id: 'country:france', viaAdjective: true });
    expect(f).toContainEqual({
      surface: 'Mestne občine Novo mesto',
      id: 'org:mestna-obcina-novo-mesto',
      viaAdjective: false,
    });
    expect(f).toContainEqual({ surface: 'Novem mestu', id: 'city:novo-mesto', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Münchna', id: 'city:munich', viaAdjective: false });
    expect(f).toContainEqual({ surface: 'Bruslja', id: 'city:brussels', viaAdjective: false });
  });

  const maribor = `Mestni svet Mestne občine Maribor je sprejel sklep o sodelovanju z Mestom Szombathely (Madžarska). Na seji so
sodelovali tudi predstavniki Združenih držav Amerike, Bosne in Hercegovine in Severne Makedonije. Delegacija je obiskala
Skopje, Sarajevo in Beograd; obisk v Sankt Peterburgu je bil odpovedan. Nemški in avstrijski partnerji so predlagali
srečanje v Vidmu, Trstu ali Benetkah. Gostje iz ZDA so prispeli na Jesenice, nato v Slovenj Gradec.`;

  it('finds multi-word countries and cities, exonyms and plural place names', () => {
    const f = found(maribor);
    const ids = f.map((m) => m.id);
    expect(f[0]).toEqual({ surface: 'Mestne občine Maribor', id: 'org:mestna-obcina-maribor', viaAdjective: false });
    for (const id of [
      'city:szombathely',
      'country:hungary',
      'country:united-states',
      'country:bosnia-and-herzegovina',
      'country:north-macedonia',
      'city:skopje',
      'city:sarajevo',
      'city:belgrade',
      'city:saint-petersburg',
      'city:udine',
      'city:trieste',
      'city:venice',
      'city:jesenice',
      'city:slovenj-gradec',
    ])
      expect(ids).toContain(id);
    expect(f).toContainEqual({ surface: 'Nemški', id: 'country:germany', viaAdjective: true });
    expect(f).toContainEqual({ surface: 'ZDA', id: 'country:united-states', viaAdjective: false });
    expect(ids).not.toContain('city:graz');
  });

  it('skips place names that are common words opening a sentence, nationality nouns and first names', () => {
    const text = `Tišina je trajala kratko. Rusi so predlagali sodelovanje. Lenart Kos je vprašal. Za: 5, proti: 0. V Tišini je bil sprejem.`;
    const f = found(text);
    expect(f.map((m) => m.surface)).toEqual(['Tišini']);
  });

  it('does not find places inside other words or in lower-case common words', () => {
    expect(found('Kranjčani so obiskali kranjsko goro; rimski most in reka Sava.')).toEqual([]);
  });

  it('scans a 200-page document quickly', () => {
    const big = (seed + '\n' + bohinj + '\n' + maribor + '\n').repeat(150);
    const started = performance.now();
    const mentions = findPlaceMentions(big);
    expect(mentions.length).toBeGreaterThan(150 * 40);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  const placeOfEntity: Readonly<Record<string, string>> = {
    Kranj: 'city:kranj',
    Jekaterinburg: 'city:yekaterinburg',
    Celje: 'city:celje',
    Koper: 'city:koper',
    Gradec: 'city:graz',
    'Slovenj Gradec': 'city:slovenj-gradec',
    'Novo mesto': 'city:novo-mesto',
    'Murska Sobota': 'city:murska-sobota',
    'Mestna občina Kranj': 'org:mestna-obcina-kranj',
    'Občina Bohinj': 'org:obcina-bohinj',
    Rusija: 'country:russia',
    Kitajska: 'country:china',
    Nemčija: 'country:germany',
    Ljubljana: 'city:ljubljana',
    Dunaj: 'city:vienna',
    Videm: 'city:udine',
    Benetke: 'city:venice',
    Jesenice: 'city:jesenice',
    Šenčur: 'city:sencur',
    Mengeš: 'city:menges',
    Bruselj: 'city:brussels',
    'Bosna in Hercegovina': 'country:bosnia-and-herzegovina',
  };
  const placeForms = Object.entries(placeOfEntity).flatMap(([entity, id]) =>
    (INFLECTION_TABLE[entity] ?? []).map((form) => ({ form, id })),
  );

  it.each(placeForms)('finds "$form" in a sentence as $id and nothing else', ({ form, id }) => {
    const text = `Delegacija je obiskala ${form} in se vrnila.`;
    expect(found(text)).toEqual([{ surface: form, id, viaAdjective: false }]);
  });

  it('finds no place in the names of people from the table', () => {
    const people = Object.keys(INFLECTION_TABLE).filter(
      (e) => /^[A-ZČŠŽ]\S+ [A-ZČŠŽ]\S+$/u.test(e) && !(e in placeOfEntity),
    );
    expect(people.length).toBeGreaterThan(5);
    for (const person of people)
      for (const form of INFLECTION_TABLE[person] ?? []) expect(found(`Besedo je dobil ${form}.`), form).toEqual([]);
  });
});

describe('findPlaceMentions and words that only look like places', () => {
  it('does not take the polite "Vas" or a castle name for a place', () => {
    expect(found('Vljudno Vas vabimo na ogled, kjer je Grad Snežnik.')).toEqual([]);
  });

  it('does not take "Gora" for Gorje nor the adjective "mali" for the country Mali', () => {
    expect(found('Obiskali so Trško Goro, Mali Lošinj in Malo vas.')).toEqual([]);
    expect(found('Delegacija je obiskala Gorje.').map((m) => m.id)).toEqual(['org:obcina-gorje']);
  });

  it('still finds the municipality of such a place by its full name', () => {
    expect(found('Župan Občine Kostel in župan Občine Grad.').map((m) => m.id)).toEqual([
      'org:obcina-kostel',
      'org:obcina-grad',
    ]);
  });
});
