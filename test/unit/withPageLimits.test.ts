import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../src/api/readTypeDefs.js';
import { withPageLimits } from '../../src/api/withPageLimits.js';
import { NODE_TYPES } from '../../src/facts/vocabulary.js';

describe('withPageLimits', () => {
  it('limits every node type and interface of the model', () => {
    const sdl = withPageLimits(readTypeDefs(), 250);
    for (const t of [...NODE_TYPES, 'Document', 'Passage', 'Finding']) {
      expect(sdl).toContain(`extend type ${t} @limit(default: 100, max: 250)`);
    }
    expect(sdl).toContain('extend interface Actor @limit(default: 100, max: 250)');
  });

  it('never sets a default above the maximum', () => {
    expect(withPageLimits('type A @node { id: ID! }', 20)).toContain('extend type A @limit(default: 20, max: 20)');
  });
});
