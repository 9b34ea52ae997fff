import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FactsError, validateFacts } from '../../../src/facts/validateFacts.js';
import { ODD_CHARACTERS } from './arbitraries.js';
import { fuzzRuns } from '../../helpers/fuzzRuns.js';

/**
 * Property: validateFacts on the seed facts file with random damage (wrong
 * types, offsets out of range, unknown kinds, missing or unknown ends,
 * duplicate ids, huge strings, odd Unicode, a changed text) either accepts it
 * or throws a FactsError that lists its problems; never anything else.
 */
const SEED_TEXT = readFileSync('seed/documents/kranj-kmms-2021-12-14-seja-2.txt', 'utf8');
const SEED = parseYaml(readFileSync('seed/facts/kranj-kmms-2021-12-14-seja-2.facts.yaml', 'utf8')) as {
  document: Record<string, unknown>;
  nodes: Record<string, unknown>[];
  relations: Record<string, unknown>[];
};
const ids = SEED.nodes.map((n) => String(n.id));

/** Values a careless or hostile writer might put anywhere. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1.5, Number.NaN, Infinity, -0),
  fc.constantFrom(null, undefined, true, [], {}, '', 'Planet', 'MARRIAGE', 'PARTNER', '2021-13-45', '0000'),
  fc.constantFrom(...ids),
  fc.constantFrom(...ODD_CHARACTERS),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }).map((s) => ({ start: 5, quote: s })),
  fc.array(fc.record({ start: fc.integer({ min: -5, max: 5000 }), quote: fc.string({ maxLength: 20 }) }), {
    maxLength: 3,
  }),
);

const NODE_FIELDS = [
  'id',
  'type',
  'name',
  'evidence',
  'review',
  'date',
  'aliases',
  'kind',
  'description',
  '__proto__',
  'constructor',
];
const RELATION_FIELDS = ['id', 'type', 'from', 'to', 'evidence', 'properties', 'review'];
const DOCUMENT_FIELDS = ['id', 'file', 'title', 'titleEn', 'kind', 'language', 'date', 'publisher', 'originalSha256'];

type FactsMutation =
  | { kind: 'set'; target: 'node' | 'relation' | 'document'; index: number; field: string; value: unknown }
  | { kind: 'evidence'; target: 'node' | 'relation'; index: number; field: 'start' | 'quote'; value: unknown }
  | { kind: 'duplicate' | 'remove'; target: 'node' | 'relation'; index: number }
  | { kind: 'root'; field: 'document' | 'nodes' | 'relations' | 'extra'; value: unknown };

const factsMutation: fc.Arbitrary<FactsMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    target: fc.constantFrom('node' as const, 'relation' as const, 'document' as const),
    index: fc.nat(),
    field: fc.oneof(
      fc.constantFrom(...NODE_FIELDS, ...RELATION_FIELDS, ...DOCUMENT_FIELDS),
      fc.string({ maxLength: 12 }),
    ),
    value: wrongValue,
  }),
  fc.record({
    kind: fc.constant('evidence' as const),
    target: fc.constantFrom('node' as const, 'relation' as const),
    index: fc.nat(),
    field: fc.constantFrom('start' as const, 'quote' as const),
    value: wrongValue,
  }),
  fc.record({
    kind: fc.constantFrom('duplicate' as const, 'remove' as const),
    target: fc.constantFrom('node' as const, 'relation' as const),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('root' as const),
    field: fc.constantFrom('document' as const, 'nodes' as const, 'relations' as const, 'extra' as const),
    value: wrongValue,
  }),
);

function damaged(mutations: readonly FactsMutation[]): unknown {
  const facts = structuredClone(SEED) as Record<string, unknown> & typeof SEED;
  const assign = (target: unknown, field: string, value: unknown) => {
    if (target === null || typeof target !== 'object') return;
    // defineProperty, so that "__proto__" becomes an own key as JSON.parse or a YAML reader would make it.
    if (value === undefined) delete (target as Record<string, unknown>)[field];
    else Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const m of mutations) {
    if (m.kind === 'root') {
      assign(facts, m.field, m.value);
      continue;
    }
    if (m.target === 'document') {
      assign(facts.document, m.field, m.value);
      continue;
    }
    const list = m.target === 'node' ? facts.nodes : facts.relations;
    if (!Array.isArray(list) || list.length === 0) continue;
    const i = m.index % list.length;
    if (m.kind === 'duplicate') list.push(structuredClone(list[i]!));
    else if (m.kind === 'remove') list.splice(i, 1);
    else if (m.kind === 'set') assign(list[i], m.field, m.value);
    else if (m.kind === 'evidence') {
      // An earlier mutation may have left a non-object (undefined, a number) in the list.
      const item = list[i] as unknown;
      if (item === null || typeof item !== 'object') continue;
      const evidence = (item as { evidence?: unknown }).evidence;
      assign(Array.isArray(evidence) ? evidence[0] : evidence, m.field, m.value);
    }
  }
  return facts;
}

function validatesOrListsProblems(raw: unknown, text: string): void {
  try {
    validateFacts('fuzz.facts.yaml', raw, text);
  } catch (error) {
    if (!(error instanceof FactsError)) {
      throw new Error(`validateFacts threw ${String(error)} instead of a FactsError`, { cause: error });
    }
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) {
      expect(typeof p.fact).toBe('string');
      expect(typeof p.problem).toBe('string');
      expect(p.problem.length).toBeGreaterThan(0);
    }
    expect(error.message).toContain('fuzz.facts.yaml');
  }
}

describe('fuzz: validateFacts on damaged facts files', () => {
  it('accepts the seed as it is (the base the mutations start from)', () => {
    expect(validateFacts('seed', SEED, SEED_TEXT).nodes.length).toBeGreaterThan(50);
  });

  it('accepts or lists the problems of the seed facts with random damage', () => {
    fc.assert(
      fc.property(fc.array(factsMutation, { minLength: 1, maxLength: 5 }), (mutations) =>
        validatesOrListsProblems(damaged(mutations), SEED_TEXT),
      ),
      { numRuns: fuzzRuns(400) },
    );
  });

  it('accepts or lists the problems of the seed facts against a changed text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat().map((n) => SEED_TEXT.slice(0, n % SEED_TEXT.length)),
          fc.tuple(fc.nat(), fc.constantFrom(...ODD_CHARACTERS)).map(([n, odd]) => {
            const at = n % SEED_TEXT.length;
            return SEED_TEXT.slice(0, at) + odd + SEED_TEXT.slice(at);
          }),
          fc.string({ unit: 'binary', maxLength: 200 }),
        ),
        (text) => validatesOrListsProblems(SEED, text),
      ),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('lists the problems of any JSON value given as a facts file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (raw) => validatesOrListsProblems(raw, SEED_TEXT)),
      { numRuns: fuzzRuns(300) },
    );
  });
});
