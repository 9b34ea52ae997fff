import { describe, expect, it } from 'vitest';
import { escapeLucene, foldLatin, fulltextQuery } from '../../src/api/cypher/fulltextQuery.js';

describe('fulltextQuery', () => {
  it('escapes every Lucene special character', () => {
    const special = '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /';
    expect(escapeLucene(special)).toBe(
      '\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/',
    );
  });

  it('searches each word as written, as a prefix and with one typo, folded for the unanalysed forms', () => {
    expect(fulltextQuery('Katja Štruc')).toEqual({
      lucene: '(Katja OR katja* OR katja~1) (Štruc OR struc* OR struc~1)',
      terms: ['katja', 'struc'],
    });
    expect(fulltextQuery('  Екатеринбург ').lucene).toBe('(Екатеринбург OR екатеринбург* OR екатеринбург~1)');
  });

  it('leaves no operator or syntax in what the user typed', () => {
    const { lucene, terms } = fulltextQuery('Štruc") OR 1=1 //');
    expect(lucene).toBe('(Štruc\\"\\) OR struc* OR struc~1) (or) (1=1) (\\/\\/)');
    expect(terms).toEqual(['struc', 'or', '1']);
    expect(fulltextQuery('AND NOT *').lucene).toBe('(and OR and*) (not OR not*) (\\*)');
  });

  it('folds Latin accents as the index does, and leaves other scripts alone', () => {
    expect(foldLatin('ŠTRUČ Đurđa Łódź Ærø straße')).toBe('struc durda lodz aero strasse');
    expect(foldLatin('Свердловский 张家口')).toBe('свердловский 张家口');
  });
});
