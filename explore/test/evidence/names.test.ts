import { describe, expect, it } from 'vitest';
import { displayName, displayNameText } from '../../src/evidence/names';
import { ACTOR_NAMES_QUERY } from '../../src/evidence/nameLookup';
import { EVIDENCE_MESSAGES } from '../../src/evidence/evidence.messages';

describe('displayName', () => {
  it('shows the original with the English beside it only when it differs', () => {
    expect(displayName({ name: 'Jekaterinburg', nameEn: 'Yekaterinburg' })).toEqual({
      original: 'Jekaterinburg',
      english: 'Yekaterinburg',
      abbreviation: null,
    });
    expect(displayName({ name: 'Iskratel', nameEn: 'Iskratel' }).english).toBeNull();
    expect(displayName({ name: 'Zhangjiakou', nameEn: ' zhangjiakou ' }).english).toBeNull();
  });

  it('keeps an abbreviation (SPIRIT Slovenija) and falls back to the label, then the id', () => {
    const spirit = displayName({
      name: 'Javna agencija Republike Slovenije za spodbujanje podjetništva',
      nameEn: 'Public Agency of the Republic of Slovenia',
      abbreviation: 'SPIRIT Slovenija',
    });
    expect(spirit.abbreviation).toBe('SPIRIT Slovenija');
    expect(displayNameText({ name: 'A', nameEn: 'B', abbreviation: 'C' })).toBe('A – C (B)');
    expect(displayName({ label: 'Vote 4/4' }).original).toBe('Vote 4/4');
    expect(displayName({ id: 'x:1' }).original).toBe('x:1');
  });

  it('asks for the abbreviation on every organisation kind, by ids in a variable', () => {
    expect(ACTOR_NAMES_QUERY).toContain('actors(where: { id: { in: $ids } })');
    expect(ACTOR_NAMES_QUERY).toContain('... on PublicAgency { abbreviation }');
    expect(ACTOR_NAMES_QUERY).toContain('... on Company { abbreviation }');
  });
});

describe('evidence messages', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(EVIDENCE_MESSAGES.en).sort()).toEqual(Object.keys(EVIDENCE_MESSAGES.sl).sort());
  });
});
