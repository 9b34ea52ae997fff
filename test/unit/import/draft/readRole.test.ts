import { describe, expect, it } from 'vitest';
import { nominativeOfOffice } from '../../../../src/import/draft/nominativeOfOffice.js';
import { readRole } from '../../../../src/import/draft/readRole.js';

describe('readRole', () => {
  it.each([
    ['predsednik komisije', 'CHAIR', 'BODY'],
    ['podpredsednica komisije', 'VICE_CHAIR', 'BODY'],
    ['člani komisije', 'MEMBER', 'BODY'],
    ['svetnica', 'MEMBER', 'BODY'],
    ['tajnica komisije', 'SECRETARY', 'BODY'],
    ['županja', 'MAYOR', 'MUNICIPALITY'],
    ['podžupan', 'DEPUTY_MAYOR', 'MUNICIPALITY'],
    ['vodja Kabineta župana', 'HEAD', 'OFFICE'],
    ['direktorica občinske uprave', 'DIRECTOR', 'OFFICE'],
  ])('reads "%s" as %s within the %s', (phrase, role, within) => {
    expect(readRole(phrase, ['komis'])).toMatchObject({ role, within });
  });

  it('reads no membership from words that are not roles, nor a role in another body', () => {
    expect(readRole('novinarka Gorenjskega glasa')).toBeUndefined();
    expect(readRole('vodja')).toBeUndefined();
    expect(readRole('predsednik sveta KS Primskovo', ['komis'])).toBeUndefined();
    expect(readRole('podpredsednica odbora', ['komis'])).toBeUndefined();
    expect(readRole('podpredsednica odbora', ['odbor'])).toMatchObject({ role: 'VICE_CHAIR' });
    expect(readRole('podpredsednica odbora')).toMatchObject({ role: 'VICE_CHAIR' });
  });
});

describe('nominativeOfOffice', () => {
  it.each([
    ['Kabineta župana', 'Kabinet župana'],
    ['občinske uprave', 'Občinska uprava'],
    ['Oddelka za finance', 'Oddelek za finance'],
    ['Službe za odnose z javnostmi', 'Služba za odnose z javnostmi'],
    ['Urada za gospodarstvo.', 'Urad za gospodarstvo'],
  ])('turns "%s" into "%s"', (genitive, nominative) => {
    expect(nominativeOfOffice(genitive)).toBe(nominative);
  });
});
