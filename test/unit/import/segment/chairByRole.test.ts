import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';

const LIST = ['Prisotni:', '- Barbara Lenart, podpredsednica', '- Tadej Fras, predsednik', '- Rok Bezjak, član', ''];

describe('the chair named only by role', () => {
  it('takes the attendee listed as predsednik when "Predsednik je ugotovil sklepčnost" names nobody', () => {
    const text = [...LIST, 'Predsednik je ugotovil sklepčnost in predlagal dnevni red.'].join('\n');
    const minutes = parseMinutes(text);
    expect(minutes.chair?.name).toBe('Tadej Fras');
    expect(minutes.chair?.roleOriginal).toBe('predsednik');
  });

  it('matches predsednica of the body and never the podpredsednica', () => {
    const text = [
      'Prisotni:',
      '- Barbara Lenart, podpredsednica',
      '- Klara Vovk, predsednica odbora',
      '',
      'Predsednica odbora je ugotovila, da je odbor sklepčen.',
    ].join('\n');
    expect(parseMinutes(text).chair?.name).toBe('Klara Vovk');
  });

  it('leaves the chair unknown when no attendee has the role', () => {
    const text = [
      'Prisotni:',
      '- Rok Bezjak, član',
      '- Eva Furlan, članica',
      '',
      'Predsednik je ugotovil sklepčnost.',
    ].join('\n');
    expect(parseMinutes(text).chair).toBeUndefined();
  });

  it('reads "Kolegij je vodil župan …" with the body as subject, and its end time', () => {
    const text = [
      'Prisotni: Andrej Rupar, župan; Mojca Vrh, direktorica občinske uprave',
      '',
      'Kolegij je vodil župan Andrej Rupar.',
      '',
      'Kolegij je bil zaključen ob 11.25.',
    ].join('\n');
    const minutes = parseMinutes(text);
    expect(minutes.chair?.name).toBe('Andrej Rupar');
    expect(minutes.chair?.roleOriginal).toBe('župan');
    expect(minutes.endTime?.time).toBe('11:25');
  });
});
