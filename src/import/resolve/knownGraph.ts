import type { Driver } from 'neo4j-driver';
import { NODE_TYPES, type NodeType } from '../../facts/vocabulary.js';

/** A named thing the graph already holds, with every name it goes by. */
export interface KnownEntity {
  readonly id: string;
  readonly type: NodeType;
  readonly name: string;
  readonly names: readonly string[];
  /** For a body or office: the municipality it is part of. */
  readonly municipalityId?: string;
}

export interface KnownSession {
  readonly id: string;
  readonly bodyId: string;
  readonly date: string;
  readonly number?: number;
}

export interface KnownMembership {
  readonly id: string;
  readonly personId: string;
  readonly role: string;
  readonly organizationId: string;
}

/** What the importer needs to know of the graph to link a new document into it. */
export interface KnownGraph {
  readonly entities: readonly KnownEntity[];
  readonly sessions: readonly KnownSession[];
  /** Roles people hold, so a role a new document states again is the same membership. */
  readonly memberships: readonly KnownMembership[];
  /** Stored document text's SHA-256 → document id, to recognise a document imported before. */
  readonly documentsBySha256: ReadonlyMap<string, string>;
}

export const EMPTY_GRAPH: KnownGraph = { entities: [], sessions: [], memberships: [], documentsBySha256: new Map() };

const ENTITIES = `
MATCH (n:Named)
RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS type, n.name AS name,
       [x IN [n.name, n.nameEn, n.abbreviation] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS names,
       [(n)-[:PART_OF]->(m:Municipality) | m.id][0] AS municipalityId`;

const SESSIONS = `
MATCH (s:Session)-[:OF_BODY]->(b)
RETURN s.id AS id, b.id AS bodyId, s.date AS date, s.number AS number`;

const MEMBERSHIPS = `
MATCH (p:Person)-[:HOLDS]->(m:Membership)-[:MEMBERSHIP_IN]->(o)
RETURN m.id AS id, p.id AS personId, m.role AS role, o.id AS organizationId`;

const DOCUMENTS = `MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256`;

/** Reads the named entities, sessions and documents of the graph, in one read transaction. */
export async function readKnownGraph(driver: Driver, database: string): Promise<KnownGraph> {
  const session = driver.session({
    database,
    defaultAccessMode: 'READ',
    // Shared with executeQuery and the writes: sees what this process wrote, on a cluster's followers too.
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(async (tx) => {
      const entities = (await tx.run(ENTITIES, { kinds: NODE_TYPES })).records.flatMap((r) => {
        const type = r.get('type') as NodeType | null;
        const municipalityId = r.get('municipalityId') as string | null;
        if (!type) return [];
        const entity: KnownEntity = {
          id: String(r.get('id')),
          type,
          name: String(r.get('name')),
          names: r.get('names') as string[],
        };
        return [municipalityId ? { ...entity, municipalityId } : entity];
      });
      const sessions = (await tx.run(SESSIONS)).records.map((r) => {
        const number = r.get('number') as { toNumber(): number } | number | null;
        const s: KnownSession = {
          id: String(r.get('id')),
          bodyId: String(r.get('bodyId')),
          date: String(r.get('date')),
        };
        return number === null ? s : { ...s, number: typeof number === 'number' ? number : number.toNumber() };
      });
      const memberships = (await tx.run(MEMBERSHIPS)).records.map((r) => ({
        id: String(r.get('id')),
        personId: String(r.get('personId')),
        role: String(r.get('role')),
        organizationId: String(r.get('organizationId')),
      }));
      const documents = (await tx.run(DOCUMENTS)).records.map(
        (r) => [String(r.get('sha256')), String(r.get('id'))] as const,
      );
      return { entities, sessions, memberships, documentsBySha256: new Map(documents) };
    });
  } finally {
    await session.close();
  }
}
