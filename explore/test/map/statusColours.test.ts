import { describe, expect, it } from 'vitest';
import { statusName, VOCABULARY } from '../../src/i18n/vocabulary';
import {
  HOME_COLOUR,
  legendStatuses,
  STATUS_COLOURS,
  statusColour,
  TWINNING_STATUSES,
  UNKNOWN_STATUS_COLOUR,
} from '../../src/map/statusColours';

describe('status colours', () => {
  it('gives every status its own colour, none the home city’s or the unknown one', () => {
    const colours = TWINNING_STATUSES.map((s) => STATUS_COLOURS[s]);
    expect(new Set(colours).size).toBe(TWINNING_STATUSES.length);
    expect(colours).not.toContain(HOME_COLOUR);
    expect(colours).not.toContain(UNKNOWN_STATUS_COLOUR);
  });

  it('colours an unknown or missing status as unknown', () => {
    expect(statusColour('SIGNED')).toBe(STATUS_COLOURS.SIGNED);
    expect(statusColour('MARRIED')).toBe(UNKNOWN_STATUS_COLOUR);
    expect(statusColour(null)).toBe(UNKNOWN_STATUS_COLOUR);
  });

  it('lists in the legend the statuses on the map in life order, unknown last', () => {
    expect(legendStatuses(['SIGNED', null, 'PROPOSED', 'SIGNED', 'BOGUS'])).toEqual(['PROPOSED', 'SIGNED', null]);
    expect(legendStatuses([])).toEqual([]);
  });

  it('names every status in both languages', () => {
    for (const lang of ['sl', 'en'] as const)
      for (const s of TWINNING_STATUSES) {
        expect(VOCABULARY[lang].statuses[s]).toMatch(/\S/);
        expect(statusName(s, lang)).toBe(VOCABULARY[lang].statuses[s]);
      }
  });
});
