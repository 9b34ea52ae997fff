import {
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** Attempts of one read before its answer, stale or not, is given as it is. */
const ATTEMPTS = 3;

/**
 * Makes every query field (generated, and the analysts' own) read again when
 * its answer holds a node that another transaction deleted while the read ran.
 *
 * Neo4j reads at read-committed isolation: a query that has matched a node
 * reads its properties a moment later, and if a concurrent
 * `removeDocument` (or a generated delete) committed in between, they read as
 * null. A non-null field (`Person.id: ID!`) then failed the whole answer with
 * a 500, although nothing was wrong but the timing. The answer is checked
 * against the selection's types before GraphQL completes it; a null where the
 * schema promises a value means a node vanished mid-read, and reading again
 * (a new transaction, after the delete) gives a consistent answer. Changes
 * `schema` in place and returns it.
 */
export function retryStaleReads(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const field of Object.values(query.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, object> | undefined;
    if (!resolve) continue;
    field.resolve = async (root, args, context, info) => {
      let answer: unknown;
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        // A fresh context per attempt: the library writes into it.
        answer = await resolve(root, args, { ...context }, info);
        if (!breaksNonNull(answer, info.returnType, info.fieldNodes, info)) break;
      }
      return answer;
    };
  }
  return schema;
}

/**
 * Whether `value`, as a resolver returned it for `fieldNodes`, has a null
 * where `type` or a selected field's type is non-null (what GraphQL would
 * turn into an error).
 */
export function breaksNonNull(
  value: unknown,
  type: GraphQLOutputType,
  fieldNodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments'>,
): boolean {
  if (isNonNullType(type))
    return value === null || value === undefined || breaksNonNull(value, type.ofType, fieldNodes, info);
  if (value === null || value === undefined) return false;
  if (isListType(type)) {
    return Array.isArray(value) && value.some((item) => breaksNonNull(item, type.ofType, fieldNodes, info));
  }
  if (!isCompositeType(type) || typeof value !== 'object') return false;
  const concrete = isAbstractType(type) ? concreteType(value as Record<string, unknown>, info.schema) : type;
  if (!concrete || !isObjectType(concrete)) return false;
  const record = value as Record<string, unknown>;
  for (const field of selectionOf(concrete, fieldNodes, info)) {
    // As @neo4j/graphql's field resolver reads it: under the alias when the projection used it.
    const own = field.key in record ? record[field.key] : record[field.name];
    if (breaksNonNull(own, field.type, field.nodes, info)) return true;
  }
  return false;
}

/** One field selected on an object type: its response key, name, type, and its node (as fieldNodes of its own). */
interface SelectedField {
  readonly key: string;
  readonly name: string;
  readonly type: GraphQLOutputType;
  readonly nodes: readonly [FieldNode];
}

/**
 * The selections of a field, per object type, kept for as long as the parsed
 * document is (Apollo keeps a document it has parsed and validated, so the same
 * query's nodes come back on every request): an answer's items, and every
 * answer to the same query, walk the same list instead of the document.
 */
const selections = new WeakMap<FieldNode, Map<GraphQLObjectType, readonly SelectedField[]>>();

/** The fields selected on `type` under `fieldNodes` (see selectedFields), with their definitions' types. */
function selectionOf(
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments'>,
): readonly SelectedField[] {
  // A field's node belongs to one document, and so do the fragments it spreads: the node is the key.
  const single = fieldNodes.length === 1 ? fieldNodes[0] : undefined;
  const known = single && selections.get(single)?.get(type);
  if (known) return known;
  const definitions = type.getFields();
  const found: SelectedField[] = [];
  for (const [node, key] of selectedFields(type, fieldNodes, info)) {
    const definition = definitions[node.name.value];
    if (definition) found.push({ key, name: node.name.value, type: definition.type, nodes: [node] });
  }
  if (single) {
    const byType = selections.get(single) ?? new Map<GraphQLObjectType, readonly SelectedField[]>();
    byType.set(type, found);
    selections.set(single, byType);
  }
  return found;
}

/** The object type of a value of an interface or union, as @neo4j/graphql tags it. */
function concreteType(value: Record<string, unknown>, schema: GraphQLSchema): GraphQLObjectType | undefined {
  const name = value['__resolveType'] ?? value['__typename'];
  const type = typeof name === 'string' ? schema.getType(name) : undefined;
  return type && isObjectType(type) ? type : undefined;
}

/** The fields selected on `type` under `fieldNodes`, through fragments that apply to it, with their response keys. */
function* selectedFields(
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments'>,
): Generator<[FieldNode, string]> {
  const visit = function* (selectionSet: SelectionSetNode | undefined): Generator<[FieldNode, string]> {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        yield [selection, selection.alias?.value ?? selection.name.value];
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        if (condition === undefined || condition === type.name || isSubtypeOf(type, condition, info.schema)) {
          yield* visit(fragment.selectionSet);
        }
      }
    }
  };
  for (const node of fieldNodes) yield* visit(node.selectionSet);
}

/** Whether `type` implements the interface, or belongs to the union, named `name`. */
function isSubtypeOf(type: GraphQLObjectType, name: string, schema: GraphQLSchema): boolean {
  const named = schema.getType(name);
  return named !== undefined && isAbstractType(named) && schema.isSubType(named, type);
}
