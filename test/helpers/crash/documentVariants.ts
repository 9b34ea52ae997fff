import type { NodeFact, Passage, RelationFact, ValidatedFacts } from '../../../src/facts/validateFacts.js';

/** Node kinds that recur across documents (people, places, bodies, companies, the twinning): variants share them. */
const SHARED_KINDS = new Set([
  'Person',
  'Country',
  'City',
  'Municipality',
  'Company',
  'GovernmentBody',
  'PublicAgency',
  'Office',
  'Commission',
  'Twinning',
]);

/**
 * A variant `k` of a validated document, rewritten in memory: its own
 * document id (`doc:crash-<tag>-<k>`), passages and date; its own sessions,
 * items, resolutions, votes, statements, events and memberships; a quarter of
 * its people its own too, the others (and the places, bodies, companies and
 * the twinning) shared with every other variant, so imports overlap. Odd
 * variants describe the shared people differently, so documents disagree and
 * PROPERTY_CONFLICT findings span documents.
 */
export function documentVariant(base: ValidatedFacts, tag: string, k: number): ValidatedFacts {
  const oldDoc = base.document.id;
  const doc = `doc:crash-${tag}-${k}`;
  const suffix = `~crash-${tag}-${k}`;
  const people = base.nodes.filter((n) => n.type === 'Person').map((n) => n.id);
  const renamed = new Set(
    base.nodes
      .filter((n) => !SHARED_KINDS.has(n.type) || (n.type === 'Person' && people.indexOf(n.id) % 4 === k % 4))
      .map((n) => n.id),
  );
  const entity = (id: string): string => (id === oldDoc ? doc : renamed.has(id) ? `${id}${suffix}` : id);
  const passage = (id: string): string => (id.startsWith(`${oldDoc}@`) ? `${doc}${id.slice(oldDoc.length)}` : id);

  const passages: Passage[] = base.passages.map((p) => ({ ...p, id: passage(p.id), documentId: doc }));
  const nodes: NodeFact[] = base.nodes.map((n) => {
    const properties: Record<string, unknown> = { ...n.properties };
    if (n.type === 'Person' && k % 2 === 1 && !renamed.has(n.id)) properties['description'] = `As variant ${k} has it.`;
    return { ...n, id: entity(n.id), properties, passageIds: n.passageIds.map(passage) };
  });
  const relations: RelationFact[] = base.relations.map((r) => {
    const own = entity(r.from) !== r.from || entity(r.to) !== r.to;
    return {
      ...r,
      id: own ? `${r.id}${suffix}` : r.id,
      from: entity(r.from),
      to: entity(r.to),
      properties: { ...r.properties, documentId: doc, passageId: passage(String(r.properties['passageId'])) },
    };
  });
  return {
    ...base,
    source: `${base.source}#variant-${k}`,
    document: {
      ...base.document,
      id: doc,
      date: `${2010 + (k % 15)}-${String(1 + (k % 9)).padStart(2, '0')}-15`,
      title: `${base.document.title} (crash-test variant ${k})`,
    },
    passages,
    nodes,
    relations,
  };
}
