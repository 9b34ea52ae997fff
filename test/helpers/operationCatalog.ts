import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { stringify } from 'yaml';
import { FIXTURE_TEXT, factsFixture } from './factsFixture.js';

/** One root field of the API, as a ready-to-send operation with harmless arguments. */
export interface Operation {
  /** The root field, e.g. `createCountries` or `twinnings`. */
  readonly field: string;
  readonly kind: 'query' | 'mutation';
  /** `custom`: a type-graphql resolver in src/api/resolvers/; `generated`: @neo4j/graphql's. */
  readonly origin: 'custom' | 'generated';
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** The document ids the catalog's custom writes load (their `tag`-derived ids), for cleaning up. */
export function catalogDocumentIds(tag: string): string[] {
  return [`doc:test-${tag}-import`, `doc:test-${tag}-review`];
}

/**
 * Harmless, valid arguments for each custom field that needs some, built for
 * a test's unique `tag`. Reads point at the seed graph; `importFacts` and
 * `loadReviewedDraft` load a small fixture document (ids containing `tag`:
 * remove it afterwards); `removeDocument` and `mergeEntities` name ids that
 * do not exist, so they are refused by validation inside their transaction.
 * A custom field missing here makes `operationCatalog` throw, naming it.
 */
function customArguments(tag: string): Record<string, Record<string, unknown>> {
  const [imported, reviewed] = catalogDocumentIds(tag).map((id) => id.replace(/^doc:test-/, ''));
  return {
    twinnings: { municipality: 'org:mestna-obcina-kranj' },
    partnerNetwork: { of: 'org:mestna-obcina-kranj' },
    graph: { focus: 'org:mestna-obcina-kranj', maxNodes: 10 },
    search: { text: 'kranj' },
    connection: { from: 'org:iskratel', to: 'city:yekaterinburg' },
    entity: { id: 'person:katja-struc' },
    factOrigin: { id: 'person:katja-struc' },
    findings: {},
    graphStats: {},
    importFacts: { facts: stringify(factsFixture(imported)), documentText: FIXTURE_TEXT },
    loadReviewedDraft: { facts: stringify(factsFixture(reviewed)), documentText: FIXTURE_TEXT, decisions: [] },
    draftImport: { fileName: 'zapisnik.txt', text: FIXTURE_TEXT },
    removeDocument: { id: `doc:${tag}-does-not-exist` },
    mergeEntities: { keep: `person:${tag}-keep`, merge: `person:${tag}-merge`, reason: 'access test' },
  };
}

/**
 * A generated field's harmless arguments: `where` matches one id that does
 * not exist, `input` is an empty list (a create of nothing), lists are paged
 * to one item. Any other required argument is unknown: throws, naming it.
 */
function generatedArgument(field: string, arg: GraphQLArgument, tag: string): unknown {
  const named = getNamedType(arg.type);
  if (arg.name === 'where' && isInputObjectType(named) && named.getFields()['id']) {
    return { id: { eq: `${tag}:no-such-node` } };
  }
  if (arg.name === 'input' && isListType(getNullableType(arg.type))) return [];
  if (arg.name === 'limit' || arg.name === 'first') return 1;
  if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
    throw new Error(`no harmless value for ${field}(${arg.name}: ${String(arg.type)}): add one to operationCatalog`);
  }
  return undefined;
}

/** `{ __typename }` for any object, interface or union; nothing for a scalar or enum. */
function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function toOperation(
  field: GraphQLField<unknown, unknown>,
  kind: Operation['kind'],
  origin: Operation['origin'],
  values: Record<string, unknown>,
): Operation {
  const used = field.args.filter((a) => values[a.name] !== undefined);
  const declarations = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query =
    `${kind} Access_${field.name}${declarations ? `(${declarations})` : ''} ` +
    `{ ${field.name}${args ? `(${args})` : ''}${selection(field)} }`;
  return {
    field: field.name,
    kind,
    origin,
    query,
    variables: Object.fromEntries(used.map((a) => [a.name, values[a.name]])),
  };
}

/**
 * Every root field of the built schema, queries and mutations, each as an
 * operation with harmless arguments: the custom ones (known from
 * type-graphql's metadata, i.e. src/api/resolvers/*.resolver.ts) with the
 * values above, the generated ones (every create…, update…, delete… and
 * every list, connection and aggregate) with arguments derived from their
 * types. Nothing is listed by hand except the custom fields' values.
 */
export function operationCatalog(schema: GraphQLSchema, tag: string): Operation[] {
  const storage = getMetadataStorage();
  const custom = new Set([...storage.queries, ...storage.mutations].map((r) => r.schemaName));
  const values = customArguments(tag);
  const roots: [Operation['kind'], ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  const operations: Operation[] = [];
  for (const [kind, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (custom.has(field.name)) {
        const known = values[field.name];
        if (!known)
          throw new Error(`no harmless arguments for the custom field ${field.name}: add them to operationCatalog`);
        const missing = field.args.filter(
          (a) => isNonNullType(a.type) && a.defaultValue === undefined && known[a.name] === undefined,
        );
        if (missing.length) throw new Error(`${field.name}: no value for ${missing.map((a) => a.name).join(', ')}`);
        operations.push(toOperation(field, kind, 'custom', known));
      } else {
        const generated = Object.fromEntries(field.args.map((a) => [a.name, generatedArgument(field.name, a, tag)]));
        operations.push(toOperation(field, kind, 'generated', generated));
      }
    }
  }
  return operations;
}
