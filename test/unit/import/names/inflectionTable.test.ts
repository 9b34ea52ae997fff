import { describe, expect, it } from 'vitest';
import { nameMatchScore, namesMatch } from '../../../../src/import/names/namesMatch.js';
import { INFLECTION_TABLE } from './inflectionTable.js';

const entities = Object.entries(INFLECTION_TABLE);
const allForms = entities.flatMap(([entity, forms]) => forms.map((form) => ({ entity, form })));

describe('the inflection table', () => {
  it('has at least 60 real forms', () => {
    expect(allForms.length).toBeGreaterThanOrEqual(60);
  });

  it.each(allForms)('"$form" is a form of $entity', ({ entity, form }) => {
    expect(nameMatchScore(form, entity)).toBe(1);
  });

  it('every form matches every other form of its own entity', () => {
    const misses: string[] = [];
    for (const [, forms] of entities)
      for (const a of forms) for (const b of forms) if (!namesMatch(a, b)) misses.push(`${a} / ${b}`);
    expect(misses).toEqual([]);
  });

  it('no form matches any form of another entity (0 false matches)', () => {
    const falseMatches: string[] = [];
    for (const { entity, form } of allForms)
      for (const [other, otherForms] of entities)
        if (other !== entity)
          for (const otherForm of otherForms)
            if (namesMatch(form, otherForm)) falseMatches.push(`${form} ~ ${otherForm}`);
    expect(falseMatches).toEqual([]);
  });
});
