import { describe, expect, it } from 'vitest';
import { foldName } from '../../../../src/import/names/foldName.js';

describe('foldName', () => {
  it('strips diacritics and lower-cases', () => {
    expect(foldName('Štruc')).toBe('struc');
    expect(foldName('Mestna občina Kranj')).toBe('mestna obcina kranj');
    expect(foldName('Düsseldorf')).toBe('dusseldorf');
  });

  it('turns punctuation and runs of white space into one space', () => {
    expect(foldName('  Dobrova-Polhov   Gradec ')).toBe('dobrova polhov gradec');
    expect(foldName('Hoče – Slivnica')).toBe('hoce slivnica');
    expect(foldName("Xi'an")).toBe('xi an');
    expect(foldName('Katja\u00a0Štruc,')).toBe('katja struc');
  });

  it('transliterates Cyrillic so the original script meets the Latin spelling', () => {
    expect(foldName('Екатеринбург')).toBe('ekaterinburg');
    expect(foldName('Београд')).toBe('beograd');
    expect(foldName('Љубљана')).toBe('ljubljana');
    expect(foldName('Київ')).toBe('kiyiv');
  });

  it('folds letters NFD leaves whole', () => {
    expect(foldName('Đakovo')).toBe('djakovo');
    expect(foldName('Łódź')).toBe('lodz');
  });

  it('keeps scripts it has no table for', () => {
    expect(foldName('张家口')).toBe('张家口');
  });
});
