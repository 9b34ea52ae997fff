import { allKeys } from './propertyMap.js';

/**
 * What one document states about one fact (a node or a relationship), kept as
 * a `:Claim` node beside the graph: `{id, documentId, factId, kind, type,
 * from, to, date, props, passageIds}`. The node or relationship itself shows
 * one value per property; its claims say which document stated which value,
 * so that reloading or removing one document can recompute the fact from what
 * the others still state. Claims hang on no edge: they are looked up by the
 * indexed `factId` and `documentId`, so they never show up as neighbours.
 */
export interface StoredClaim {
  readonly id: string;
  readonly documentId: string;
  /** The node's or the relationship's id. */
  readonly factId: string;
  readonly kind: 'node' | 'relation';
  /** The node kind or the relationship type. */
  readonly type: string;
  /** A relationship's end points (ids); empty for a node. */
  readonly from: string;
  readonly to: string;
  /** The stating document's date, which ranks claims: the most recent document's value is shown. */
  readonly date: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly passageIds: readonly string[];
}

/** The fields of a claim, each once (a field added to StoredClaim and not here does not compile). */
export const CLAIM_FIELDS = allKeys<StoredClaim>()(
  'id',
  'documentId',
  'factId',
  'kind',
  'type',
  'from',
  'to',
  'date',
  'props',
  'passageIds',
);

/** The claim id: one claim per document and fact. */
export function claimId(documentId: string, factId: string): string {
  return `claim:${documentId}|${factId}`;
}

/** A claim as Neo4j stores it: `props` as a JSON string (properties cannot hold maps). */
export function storedClaim(claim: StoredClaim): Record<string, unknown> {
  return { ...claim, props: JSON.stringify(claim.props) };
}

/** A claim read back from `c {.*}`. */
export function parseClaim(row: Record<string, unknown>): StoredClaim {
  return {
    id: String(row['id']),
    documentId: String(row['documentId']),
    factId: String(row['factId']),
    kind: row['kind'] === 'relation' ? 'relation' : 'node',
    type: String(row['type']),
    from: String(row['from'] ?? ''),
    to: String(row['to'] ?? ''),
    date: String(row['date'] ?? ''),
    props: JSON.parse(String(row['props'] ?? '{}')) as Record<string, unknown>,
    passageIds: (row['passageIds'] as string[] | null) ?? [],
  };
}

/**
 * Claims in the order their values win: the most recent document first (by
 * its date, a partial ISO date, so string order is date order), then by
 * document id so that the result never depends on the order of loading.
 */
export function rankClaims(claims: readonly StoredClaim[]): StoredClaim[] {
  return [...claims].sort((a, b) =>
    a.date === b.date ? (a.documentId < b.documentId ? 1 : -1) : a.date < b.date ? 1 : -1,
  );
}
