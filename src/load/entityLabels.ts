import { ACTOR_TYPES, ORGANIZATION_TYPES, type NodeType } from '../facts/vocabulary.js';

/** A node's labels: its kind, Entity on all (the unique id), and Actor, Organization, Named by kind. */
export function entityLabels(type: NodeType): string[] {
  const labels: string[] = [type, 'Entity'];
  if ((ACTOR_TYPES as readonly string[]).includes(type)) labels.push('Actor', 'Named');
  if ((ORGANIZATION_TYPES as readonly string[]).includes(type)) labels.push('Organization');
  if (type === 'Twinning' || type === 'Event') labels.push('Named');
  return labels;
}
