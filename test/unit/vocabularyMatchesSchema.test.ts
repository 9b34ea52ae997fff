import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../src/api/readTypeDefs.js';
import { NODE_PROPERTIES, NODE_TYPES, RELATION_TYPES } from '../../src/facts/vocabulary.js';

// The facts vocabulary (what the loader writes) and schema/ (what the API reads) must describe the same graph.
const sdl = readTypeDefs();

function fieldsOf(type: string): string[] {
  const body = new RegExp(`^type ${type}\\b[^{]*\\{([^}]*)\\}`, 'm').exec(sdl)?.[1] ?? '';
  return [...body.matchAll(/^\s+(\w+)\s*:/gm)].map((m) => m[1] ?? '');
}

describe('the facts vocabulary and schema/', () => {
  it.each(NODE_TYPES)('%s is a node type with every property the facts may give it', (type) => {
    expect(sdl).toMatch(new RegExp(`^type ${type}\\b[^{]*@node`, 'm'));
    const shape = NODE_PROPERTIES[type].shape as Record<string, unknown>;
    expect(fieldsOf(type)).toEqual(expect.arrayContaining(['id', 'evidence', ...Object.keys(shape)]));
  });

  it.each(RELATION_TYPES)('%s is a relationship the API can traverse', (type) => {
    expect(sdl).toContain(`type: "${type}"`);
  });
});
