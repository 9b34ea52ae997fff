import { buildSchema, graphql, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { breaksNonNull, retryStaleReads } from '../../src/api/retryStaleReads.js';

const SDL = `
  interface Actor { id: ID! name: String! }
  type Person implements Actor { id: ID! name: String! nickname: String friends: [Person!]! }
  type City implements Actor { id: ID! name: String! }
  union Thing = Person | City
  type Query { people: [Person!]! actors: [Actor!]! things: [Thing!]! }
`;
const schema = buildSchema(SDL);

/** `breaksNonNull` for the answer of the query's first root field. */
function check(query: string, answer: unknown): boolean {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
  );
  const type = schema.getQueryType()!.getFields()[root.name.value]!.type;
  return breaksNonNull(answer, type, [root], { schema, fragments });
}

describe('breaksNonNull: a null where the selection promises a value', () => {
  it('finds a vanished node in a list, and passes a whole one and a null optional field', () => {
    expect(check('{ people { id name nickname } }', [{ id: 'a', name: 'A', nickname: null }])).toBe(false);
    expect(
      check('{ people { id name } }', [
        { id: 'a', name: 'A' },
        { id: null, name: null },
      ]),
    ).toBe(true);
  });

  it('reads aliased fields under their alias, as the generated projection writes them', () => {
    expect(check('{ people { key: id } }', [{ key: 'a' }])).toBe(false);
    expect(check('{ people { key: id } }', [{ key: null }])).toBe(true);
  });

  it('looks into nested lists and through fragments, inline or named, that apply to the type', () => {
    const nested = '{ people { id friends { ...F } } } fragment F on Person { name }';
    expect(check(nested, [{ id: 'a', friends: [{ name: 'B' }] }])).toBe(false);
    expect(check(nested, [{ id: 'a', friends: [{ name: null }] }])).toBe(true);
    const typed = '{ actors { ... on City { name } } }';
    expect(check(typed, [{ __resolveType: 'City', name: null }])).toBe(true);
    // The fragment is for cities: a person's fields are not selected by it.
    expect(check(typed, [{ __resolveType: 'Person', name: null }])).toBe(false);
    expect(check('{ things { ... on Actor { id } } }', [{ __resolveType: 'City', id: null }])).toBe(true);
  });

  it('treats a null non-null list itself as broken, and an empty one as whole', () => {
    expect(check('{ people { id } }', null)).toBe(true);
    expect(check('{ people { id } }', [])).toBe(false);
  });
});

describe('retryStaleReads', () => {
  it('reads again while the answer holds a vanished node, and gives the consistent answer', async () => {
    const wrapped = buildSchema(SDL);
    const answers = [[{ id: null, name: null }], [{ id: 'p', name: 'P' }]];
    let calls = 0;
    wrapped.getQueryType()!.getFields()['people']!.resolve = () => answers[calls++];
    retryStaleReads(wrapped);
    const result = await graphql({ schema: wrapped, source: '{ people { id name } }' });
    expect(result).toEqual({ data: { people: [{ id: 'p', name: 'P' }] } });
    expect(calls).toBe(2);
  });

  it('gives up after three reads, so a lasting null is the error it always was', async () => {
    const wrapped = buildSchema(SDL);
    let calls = 0;
    wrapped.getQueryType()!.getFields()['people']!.resolve = () => {
      calls++;
      return [{ id: null, name: 'X' }];
    };
    retryStaleReads(wrapped);
    const result = await graphql({ schema: wrapped, source: '{ people { id } }' });
    expect(result.errors?.[0]?.message).toMatch(/Cannot return null for non-nullable field Person\.id/);
    expect(calls).toBe(3);
  });
});
