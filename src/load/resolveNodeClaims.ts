import { rankClaims, type StoredClaim } from './storedClaim.js';

/** Two documents stating different values for one property of one node. */
export interface PropertyConflict {
  readonly id: string;
  readonly property: string;
  /** The document whose value the node shows. */
  readonly documentId: string;
  /** Every document that states the property, in rank order. */
  readonly documentIds: readonly string[];
  readonly message: string;
}

export interface ResolvedNode {
  /** The properties to set: the winning value per property, null for those no claim states any more. */
  readonly props: Record<string, unknown>;
  readonly documentIds: string[];
  readonly conflicts: PropertyConflict[];
}

/** Properties whose differences are not findings: aliases are a union, descriptions are prose. */
const NOT_CONFLICTS = new Set(['aliases', 'description']);
/** Days derived from a date property follow it; its own conflict says it all. */
const DERIVED = /^(date|start|end)(From|To)$/;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * One node's properties from every document's claim: per property, the value
 * of the highest-ranked claim that states it (the most recent document);
 * aliases the union of all claims' aliases and names, plus the names an editor
 * merged into it (`acceptedNames`). Where claims disagree on a property (other
 * than aliases and description; a name another claim lists as an alias or an
 * editor accepted is a variant, not a disagreement), a conflict. Pure.
 */
export function resolveNodeClaims(
  nodeId: string,
  claims: readonly StoredClaim[],
  acceptedNames: readonly string[],
  previousKeys: Iterable<string>,
): ResolvedNode {
  const ranked = rankClaims(claims);
  const accepted = new Set(acceptedNames);
  const props: Record<string, unknown> = {};
  for (const key of previousKeys) props[key] = null;
  for (const claim of [...ranked].reverse()) for (const [key, value] of Object.entries(claim.props)) props[key] = value;

  const names = ranked.map((c) => c.props['name']).filter((n): n is string => typeof n === 'string');
  const preferred = names.find((n) => !accepted.has(n)) ?? names[0];
  if (preferred !== undefined) props['name'] = preferred;

  const named = ranked.some((c) => Array.isArray(c.props['aliases']));
  const variants = new Set<string>(acceptedNames);
  for (const c of ranked) for (const a of (c.props['aliases'] as unknown[] | undefined) ?? []) variants.add(String(a));
  if (named) {
    const aliases = [...variants, ...names].filter((a) => a !== preferred);
    props['aliases'] = [...new Set(aliases)];
  }

  const conflicts: PropertyConflict[] = [];
  const keys = new Set(ranked.flatMap((c) => Object.keys(c.props)));
  for (const key of keys) {
    if (NOT_CONFLICTS.has(key) || DERIVED.test(key)) continue;
    const stating = ranked.filter((c) => key in c.props && c.props[key] !== undefined);
    const shown = props[key];
    const differing = stating.filter(
      (c) => !same(c.props[key], shown) && !(key === 'name' && variants.has(String(c.props[key]))),
    );
    if (differing.length === 0) continue;
    const winner = stating.find((c) => same(c.props[key], shown)) ?? stating[0];
    if (!winner) continue;
    const values = stating.map((c) => `${show(c.props[key])} (${c.documentId})`);
    conflicts.push({
      id: `finding:conflict:${nodeId}:${key}`,
      property: key,
      documentId: winner.documentId,
      documentIds: stating.map((c) => c.documentId),
      message:
        `Documents disagree on the ${key} of ${nodeId}: ${values.join(', ')}. ` +
        `The graph shows ${show(shown)}, from ${winner.documentId}, the most recent of them.`,
    });
  }
  return { props, documentIds: [...new Set(ranked.map((c) => c.documentId))].sort(), conflicts };
}
