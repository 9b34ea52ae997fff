import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../../src/import/segment/parseHeader.js';

describe('the header of a correspondence (dopisna) session', () => {
  it('takes the closing day of voting as the session date, not the day the materials were sent', () => {
    const text = [
      'OBČINA LOGATEC',
      '',
      'ZAPISNIK 2. DOPISNE SEJE OBČINSKEGA SVETA OBČINE LOGATEC',
      '',
      'Gradivo je bilo svetnikom poslano po elektronski pošti 3. 3. 2025. Glasovanje je potekalo od 4. 3. 2025 od 9. ure do 6. 3. 2025 do 12. ure.',
    ].join('\n');
    const { header, notes } = parseHeader(text);
    expect(header.kind).toBe('CORRESPONDENCE');
    expect(header.date).toBe('2025-03-06');
    expect(header.body?.name).toBe('Občinski svet Občine Logatec');
    expect(notes.some((n) => /closing day of voting/u.test(n.message))).toBe(true);
  });

  it('reads the start time of "od 10. do 16. ure" and the deadline day', () => {
    const text = [
      'Zapisnik 7. dopisne seje Odbora za kmetijstvo Občine Ribnica',
      '',
      'Vabilo z gradivom je bilo poslano v petek, 7. 11. 2025. Dopisna seja je potekala v ponedeljek, 10. novembra 2025, od 10. do 16. ure.',
    ].join('\n');
    const { header } = parseHeader(text);
    expect(header.date).toBe('2025-11-10');
    expect(header.startTime).toBe('10:00');
    expect(text.slice(header.startTimeSpan?.start, header.startTimeSpan?.end)).toBe('10');
  });

  it('reads "rok za glasovanje" as the session date', () => {
    const text =
      'ZAPISNIK 3. korespondenčne seje Nadzornega odbora Občine Pivka\n\nGradivo je bilo poslano 12. 5. 2025, rok za glasovanje je bil 14. 5. 2025 ob 12.00.';
    const { header } = parseHeader(text);
    expect(header.date).toBe('2025-05-14');
    expect(header.startTime).toBe('12:00');
  });

  it('reads a body named in capitals in the genitive in the nominative and ordinary case', () => {
    const text = 'ZAPISNIK 14. REDNE SEJE MESTNEGA SVETA MESTNE OBČINE NOVO MESTO, ki je bila 6. 2. 2025 ob 16. uri';
    const { header } = parseHeader(text);
    expect(header.body?.name).toBe('Mestni svet Mestne občine Novo Mesto');
    expect(header.municipality?.name).toBe('Mestna občina Novo Mesto');
  });
});
