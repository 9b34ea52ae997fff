import { createHash } from 'node:crypto';
import { CodePointText, codePointLength } from './codePoints.js';
import { factsFileSchema, type DocumentFact, type Evidence } from './factsSchema.js';
import { parsePartialDate } from './partialDate.js';
import { NODE_PROPERTIES, RELATION_RULES, type EndpointType, type NodeType, type RelationType } from './vocabulary.js';

/** A passage of a document, the unit every fact points back to. */
export interface Passage {
  readonly id: string;
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface NodeFact {
  readonly id: string;
  readonly type: NodeType;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly passageIds: readonly string[];
}

export interface RelationFact {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly fromType: EndpointType;
  readonly toType: EndpointType;
  /** The relation's own properties plus its evidence (documentId, quote, start, end, passageId). */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A fact that awaits a reviewer: validated, but not loaded. */
export interface PendingFact {
  readonly fact: string;
  readonly reason: string;
}

export interface ValidatedFacts {
  readonly source: string;
  readonly document: DocumentFact & { readonly text: string; readonly sha256: string };
  /** The passages that the facts to load point to. */
  readonly passages: readonly Passage[];
  /** The facts to load: those no reviewer still has to accept, and relations whose ends are loaded too. */
  readonly nodes: readonly NodeFact[];
  readonly relations: readonly RelationFact[];
  /** Facts marked for review (and relations to them), left out of `nodes` and `relations`. */
  readonly pending: readonly PendingFact[];
}

/** One thing wrong with a facts file: where (the fact) and what. */
export interface FactsProblem {
  readonly fact: string;
  readonly problem: string;
}

/** A facts file that cannot be loaded; the message lists every problem found. */
export class FactsError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly FactsProblem[],
  ) {
    const shown = problems.slice(0, 25).map((p) => `  - ${p.fact}: ${p.problem}`);
    const more = problems.length > 25 ? [`  … and ${problems.length - 25} more`] : [];
    super([`${source}: ${problems.length} problem(s), nothing was loaded:`, ...shown, ...more].join('\n'));
    this.name = 'FactsError';
  }
}

function isNodeType(t: string): t is NodeType {
  return Object.hasOwn(NODE_PROPERTIES, t);
}

function isRelationType(t: string): t is RelationType {
  return Object.hasOwn(RELATION_RULES, t);
}

function zodProblems(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
}

/** Date-valued properties get `<name>From` / `<name>To` days derived for sorting and timelines. */
const DATE_PROPERTIES = ['date', 'start', 'end'] as const;

/**
 * Checks a parsed facts file against its document's text: shape, vocabulary,
 * unique ids, known references, endpoint kinds, dates, and every quote at its
 * stated offset. Returns the facts ready to load, or throws a FactsError that
 * names each bad fact and what is wrong with it.
 */
export function validateFacts(source: string, raw: unknown, documentText: string): ValidatedFacts {
  const parsed = factsFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FactsError(
      source,
      zodProblems(parsed.error).map((p) => ({ fact: 'file', problem: p })),
    );
  }
  const file = parsed.data;
  const docId = file.document.id;
  const text = new CodePointText(documentText);
  const problems: FactsProblem[] = [];
  const passages = new Map<string, Passage>();

  const passageFor = (fact: string, ev: Evidence): string | undefined => {
    const end = ev.start + codePointLength(ev.quote);
    const actual = text.slice(ev.start, end);
    if (actual !== ev.quote) {
      const found = text.occurrences(ev.quote);
      const hint =
        found.length === 0
          ? 'the quote does not occur anywhere in the document'
          : `the quote occurs at offset ${found.join(', ')}`;
      problems.push({
        fact,
        problem: `quote "${ev.quote}" is not at offset ${ev.start} (the text there is "${actual}"); ${hint}`,
      });
      return undefined;
    }
    const id = `${docId}@${ev.start}-${end}`;
    passages.set(id, { id, documentId: docId, start: ev.start, end, quote: ev.quote });
    return id;
  };

  const docDate = parsePartialDate(file.document.date);
  if (typeof docDate === 'string') problems.push({ fact: docId, problem: `date: ${docDate}` });

  const types = new Map<string, EndpointType>([[docId, 'Document']]);
  const nodes: NodeFact[] = [];
  const pending: PendingFact[] = [];
  const pendingIds = new Set<string>();
  for (const [index, node] of file.nodes.entries()) {
    const label = `${node.id} (nodes[${index}])`;
    if (types.has(node.id)) {
      problems.push({ fact: label, problem: `duplicate id "${node.id}"` });
      continue;
    }
    if (!isNodeType(node.type)) {
      problems.push({
        fact: label,
        problem: `unknown type "${node.type}"; known: ${Object.keys(NODE_PROPERTIES).join(', ')}`,
      });
      continue;
    }
    types.set(node.id, node.type);
    const { id, type, evidence, review, ...rest } = node;
    const props = NODE_PROPERTIES[node.type].safeParse(rest);
    if (!props.success) {
      for (const p of zodProblems(props.error)) problems.push({ fact: label, problem: `${type} ${p}` });
      continue;
    }
    const properties: Record<string, unknown> = { ...props.data };
    for (const key of DATE_PROPERTIES) {
      const value = properties[key];
      if (typeof value !== 'string') continue;
      const range = parsePartialDate(value);
      if (typeof range === 'string') {
        problems.push({ fact: label, problem: `${key}: ${range}` });
        continue;
      }
      properties[`${key}From`] = range.from;
      properties[`${key}To`] = range.to;
    }
    const passageIds = evidence.map((ev) => passageFor(label, ev)).filter((p): p is string => p !== undefined);
    if (review) {
      pending.push({ fact: id, reason: review.reason });
      pendingIds.add(id);
      continue;
    }
    nodes.push({ id, type, properties, passageIds });
  }

  const relations: RelationFact[] = [];
  const relationIds = new Set<string>();
  for (const [index, rel] of file.relations.entries()) {
    const label = `${rel.type} ${rel.from} → ${rel.to} (relations[${index}])`;
    if (!isRelationType(rel.type)) {
      problems.push({
        fact: label,
        problem: `unknown relation type "${rel.type}"; known: ${Object.keys(RELATION_RULES).join(', ')}`,
      });
      continue;
    }
    const rule = RELATION_RULES[rel.type];
    const fromType = types.get(rel.from);
    const toType = types.get(rel.to);
    if (fromType === undefined) problems.push({ fact: label, problem: `"from" names unknown entity "${rel.from}"` });
    if (toType === undefined) problems.push({ fact: label, problem: `"to" names unknown entity "${rel.to}"` });
    if (fromType === undefined || toType === undefined) continue;
    if (!(rule.from as readonly EndpointType[]).includes(fromType)) {
      problems.push({
        fact: label,
        problem: `${rel.type} cannot start at a ${fromType}; it starts at ${rule.from.join(', ')}`,
      });
    }
    if (!(rule.to as readonly EndpointType[]).includes(toType)) {
      problems.push({
        fact: label,
        problem: `${rel.type} cannot end at a ${toType}; it ends at ${rule.to.join(', ')}`,
      });
    }
    const props = rule.properties.safeParse(rel.properties);
    if (!props.success) {
      for (const p of zodProblems(props.error)) problems.push({ fact: label, problem: `properties.${p}` });
      continue;
    }
    const distinctBy: string | undefined = 'distinctBy' in rule ? rule.distinctBy : undefined;
    const distinct = distinctBy === undefined ? '' : `:${String(props.data[distinctBy])}`;
    const id = rel.id ?? `${rel.type.toLowerCase()}:${rel.from}>${rel.to}${distinct.toLowerCase()}`;
    if (relationIds.has(id)) {
      problems.push({ fact: label, problem: `duplicate relation "${id}" (the same relation is stated twice)` });
      continue;
    }
    relationIds.add(id);
    const passageId = passageFor(label, rel.evidence);
    if (passageId === undefined) continue;
    const waitingFor = [rel.from, rel.to].filter((end) => pendingIds.has(end));
    if (rel.review || waitingFor.length > 0) {
      const reason = rel.review?.reason ?? `waits for ${waitingFor.join(' and ')} to be reviewed`;
      pending.push({ fact: id, reason });
      continue;
    }
    relations.push({
      id,
      type: rel.type,
      from: rel.from,
      to: rel.to,
      fromType,
      toType,
      properties: {
        ...props.data,
        documentId: docId,
        passageId,
        quote: rel.evidence.quote,
        start: rel.evidence.start,
        end: rel.evidence.start + codePointLength(rel.evidence.quote),
      },
    });
  }

  if (problems.length > 0) throw new FactsError(source, problems);
  const used = new Set([
    ...nodes.flatMap((n) => n.passageIds),
    ...relations.map((r) => String(r.properties.passageId)),
  ]);
  return {
    source,
    document: {
      ...file.document,
      text: documentText,
      sha256: createHash('sha256').update(documentText, 'utf8').digest('hex'),
    },
    passages: [...passages.values()].filter((p) => used.has(p.id)),
    nodes,
    relations,
    pending,
  };
}
