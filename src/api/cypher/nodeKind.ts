import { NODE_TYPES } from '../../facts/vocabulary.js';

/** Every label that names a node's kind (the others, Entity, Actor, Named, Organization, are groupings). */
export const NODE_KINDS: readonly string[] = [...NODE_TYPES, 'Document', 'Passage', 'Finding'];

/**
 * Cypher expressions for a node's kind and its human-readable label, for a
 * node bound to `variable`. The variable is always a name chosen in our code,
 * never input; the kinds list is passed as the parameter `$kinds`.
 */
export function nodeKindExpression(variable: string): string {
  return `[l IN labels(${variable}) WHERE l IN $kinds][0]`;
}

export function nodeLabelExpression(variable: string): string {
  const v = variable;
  return `coalesce(${v}.nameEn, ${v}.name, ${v}.titleEn, ${v}.title, ${v}.summaryEn, ${v}.summary, ${v}.textEn, ${v}.text, ${v}.capacity,
    CASE WHEN ${v}.status IS NOT NULL THEN ${v}.status + coalesce(' ' + ${v}.date, '') END,
    CASE WHEN ${v}.present IS NOT NULL THEN 'Vote ' + ${v}.for + '/' + ${v}.present END,
    ${v}.quote, ${v}.message, ${v}.id)`;
}
