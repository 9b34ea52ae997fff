import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../src/import/names/slugify.js';

describe('slugify', () => {
  it('makes folded ASCII slugs joined by hyphens', () => {
    expect(slugify('Katja Štruc')).toBe('katja-struc');
    expect(slugify('Jekaterinburg')).toBe('jekaterinburg');
    expect(slugify('Mestna občina Kranj')).toBe('mestna-obcina-kranj');
    expect(slugify('Washington, D.C.')).toBe('washington-d-c');
    expect(slugify('Екатеринбург')).toBe('ekaterinburg');
  });

  it('never returns an empty slug for a name in a script without a table', () => {
    expect(slugify('张家口')).toMatch(/^u[0-9a-f-]+$/);
  });
});
