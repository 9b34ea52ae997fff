import type { RawFactsFile } from '../../facts/factsSchema.js';
import { RELATION_RULES, type RelationType } from '../../facts/vocabulary.js';

export type RawNode = RawFactsFile['nodes'][number];
export type RawRelation = RawFactsFile['relations'][number];

/**
 * How a reviewer names a relation of a draft: its id when the file gives one,
 * else "TYPE from → to", with the property that tells two such relations
 * apart when its type has one ("INVOLVED_IN org:x → twinning:y (PROPOSED)").
 */
export function relationKey(rel: Pick<RawRelation, 'id' | 'type' | 'from' | 'to' | 'properties'>): string {
  if (rel.id) return rel.id;
  const rule = Object.hasOwn(RELATION_RULES, rel.type) ? RELATION_RULES[rel.type as RelationType] : undefined;
  const distinctBy = rule && 'distinctBy' in rule ? rule.distinctBy : undefined;
  const distinct = distinctBy === undefined ? '' : ` (${String(rel.properties?.[distinctBy] ?? '')})`;
  return `${rel.type} ${rel.from} → ${rel.to}${distinct}`;
}
