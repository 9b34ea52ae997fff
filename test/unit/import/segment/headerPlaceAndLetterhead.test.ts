import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../../src/import/segment/parseHeader.js';

function header(text: string) {
  const h = parseHeader(text).header;
  return {
    municipality: h.municipality?.name,
    mode: h.mode,
    place: h.place,
    platform: h.platform,
    startTime: h.startTime,
  };
}

describe('header place, mode and letterhead conventions', () => {
  it('reads a wedding hall of a castle as an in-person place', () => {
    const text =
      'OBČINA ŽIROVNICA\nOdbor za kmetijstvo\n\nZAPISNIK 3. SEJE ODBORA ZA KMETIJSTVO,\n' +
      'ki je bila v sredo, 9. 4. 2025, ob 16. uri v poročni dvorani Gradu Kamen, Breg 4, Žirovnica\n\nPrisotni: Ana Kos\n';
    expect(header(text)).toMatchObject({
      municipality: 'Občina Žirovnica',
      mode: 'IN_PERSON',
      place: 'poročni dvorani Gradu Kamen',
      startTime: '16:00',
    });
  });

  it('reads a reading room as the place and a room with a platform as hybrid', () => {
    const room =
      'ZAPISNIK 3. seje Sveta zavoda, ki je bila v torek, 4. 3. 2025, ob 18.00 v čitalnici Glasbene šole Ptuj\n';
    expect(header(room)).toMatchObject({ mode: 'IN_PERSON', place: 'čitalnici Glasbene šole Ptuj' });
    const both =
      'ZAPISNIK 2. seje Odbora za šport, ki je bila 4. 3. 2025 ob 17. uri v veliki sejni dvorani Občine Ajdovščina ' +
      'in prek aplikacije Zoom.\n';
    expect(header(both)).toMatchObject({ mode: 'HYBRID', platform: 'Zoom' });
  });

  it('reads time and place from a "Čas in kraj seje:" line', () => {
    const text =
      'MESTNA OBČINA PTUJ\n\nZAPISNIK\n12. redne seje Mestnega sveta Mestne občine Ptuj\n\n' +
      'Čas in kraj seje: torek, 4. marca 2025, ob 17. uri, velika sejna dvorana Mestne občine Ptuj\n\nPrisotni: Ana Kos\n';
    expect(header(text)).toMatchObject({
      mode: 'IN_PERSON',
      place: 'velika sejna dvorana Mestne občine Ptuj',
      startTime: '17:00',
    });
  });

  it('stops the letterhead municipality before a street address', () => {
    const title = '\n\nZAPISNIK 3. seje Sveta zavoda, ki je bila 4. 3. 2025 ob 18.00 v knjižnici.\n';
    expect(header(`Mestna občina Kranj, Slovenski trg 1, 4000 Kranj${title}`).municipality).toBe('Mestna občina Kranj');
    expect(header(`Mestna občina Kranj Slovenski trg 1${title}`).municipality).toBe('Mestna občina Kranj');
    expect(
      header(`GLASBENA ŠOLA PTUJ\nJavni zavod, ustanoviteljica Mestna občina Ptuj\nDravska ulica 7, 2250 Ptuj${title}`)
        .municipality,
    ).toBe('Mestna občina Ptuj');
  });
});
