import { describe, expect, it } from 'vitest';
import { checkWellFormed } from './parseXml';

describe('checkWellFormed (the export tests’ XML check)', () => {
  it('accepts well-formed documents and refuses broken ones', () => {
    expect(() => checkWellFormed('<?xml version="1.0"?>\n<a x="1 &amp; 2"><b/>t &lt; u</a>\n')).not.toThrow();
    for (const bad of ['<a><b></a>', '<a>x & y</a>', '<a b="1" b="2"/>', '<a/><c/>', '<a x=1/>', '<a>x < y</a>', '<a>'])
      expect(() => checkWellFormed(bad), bad).toThrow();
  });
});
