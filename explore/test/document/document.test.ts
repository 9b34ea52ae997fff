import { describe, expect, it } from 'vitest';
import { DOCUMENT_QUERY, nextFocusIndex } from '../../src/document/document';
import { DOCUMENT_MESSAGES } from '../../src/document/document.messages';

describe('document viewer logic', () => {
  it('asks the generated API for one document by id through a variable', () => {
    expect(DOCUMENT_QUERY).toContain('documents(where: { id: { eq: $id } })');
    expect(DOCUMENT_QUERY).toMatch(/\btext\b/);
  });

  it('keeps Tab inside the dialog, wrapping around both ways', () => {
    expect(nextFocusIndex(3, 0, false)).toBe(1);
    expect(nextFocusIndex(3, 2, false)).toBe(0);
    expect(nextFocusIndex(3, 0, true)).toBe(2);
    expect(nextFocusIndex(3, -1, false)).toBe(0);
    expect(nextFocusIndex(3, -1, true)).toBe(2);
    expect(nextFocusIndex(0, -1, false)).toBe(-1);
  });

  it('has every string in Slovenian and English', () => {
    expect(Object.keys(DOCUMENT_MESSAGES.en).sort()).toEqual(Object.keys(DOCUMENT_MESSAGES.sl).sort());
    expect(DOCUMENT_MESSAGES.sl.passageAt(1, 2)).not.toBe(DOCUMENT_MESSAGES.en.passageAt(1, 2));
  });
});
