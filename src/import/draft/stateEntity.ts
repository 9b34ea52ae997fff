import type { Span } from '../span.js';
import type { ResolvedEntity } from '../resolve/createEntityResolver.js';
import type { DraftFacts } from './DraftFacts.js';

/**
 * States a resolved entity as a node of the draft with its passage: its name
 * (the graph's or the gazetteer's when known), and for a gazetteer place its
 * English name, aliases and ISO code. Returns the id, or undefined when the
 * span is empty.
 */
export function stateEntity(
  facts: DraftFacts,
  entity: ResolvedEntity,
  span: Span,
  rule: string,
  extra: Record<string, unknown> = {},
): string | undefined {
  const place = entity.place;
  const properties: Record<string, unknown> = { name: entity.name, ...extra };
  if (place && !entity.existing) {
    properties.nameEn = place.nameEn;
    const aliases = [...new Set([...place.aliases].filter((a) => a !== place.name))];
    if (aliases.length) properties.aliases = aliases;
    if (place.isoCode && entity.type === 'Country') properties.isoCode = place.isoCode;
  }
  return facts.addNode(entity.id, entity.type, properties, [span], rule, entity.review);
}
