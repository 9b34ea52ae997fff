import { describe, expect, it } from 'vitest';
import { alignInferredYear } from '../../../../src/import/recognise/alignInferredYear.js';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { minutesFixture } from './minutesFixture.js';

describe('alignInferredYear', () => {
  it('moves a past month after the session into the year before', () => {
    expect(alignInferredYear('2022-12', '2022-02-10', 'past')).toBe('2021-12');
  });

  it('moves a planned month before the session into the next year', () => {
    expect(alignInferredYear('2023-03', '2023-11-20', 'future')).toBe('2024-03');
  });

  it('keeps dates that fit the tense and intervals as they are', () => {
    expect(alignInferredYear('2021-07', '2021-12-14', 'past')).toBe('2021-07');
    expect(alignInferredYear('2022-01-10/2022-01-16', '2021-12-14', 'past')).toBe('2022-01-10/2022-01-16');
  });
});

describe('findRelations with a month told at a session early in the year', () => {
  const text =
    'Župan je poročal, da so decembra podpisali listino o pobratenju z mestom Székesfehérvár. Marca bo v Celju obisk delegacije iz mesta Székesfehérvár.';
  const found = findRelations(text, minutesFixture(text, { date: '2023-02-07', municipality: 'Mestna občina Celje' }));

  it('dates a signing told in the past tense to the December before', () => {
    expect(found.twinnings[0]?.steps[0]).toMatchObject({ status: 'SIGNED', date: '2022-12', dateText: 'decembra' });
  });

  it('dates a planned visit to the coming March', () => {
    expect(found.events.find((e) => e.kind === 'VISIT')).toMatchObject({ status: 'PLANNED', date: '2023-03' });
  });
});
