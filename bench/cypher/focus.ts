import type { Driver } from 'neo4j-driver';

/** The ids and names the benchmarked questions ask about, taken from the graph itself. */
export interface Focus {
  /** The municipality with the most twinnings (through the cities it governs). */
  readonly municipality: string;
  /** A city that municipality governs, partner in the most of its twinnings. */
  readonly homeCity: string;
  /** The municipality's twinning with the most actors involved. */
  readonly twinning: string;
  /** That twinning's partner city (not one the municipality governs), and its name (searched for). */
  readonly partnerCity: string;
  readonly partnerName: string;
  /** An actor involved in that twinning, not a place (or the municipality when none is): a connection's start. */
  readonly actor: string;
  /** The person with the most relationships, and their name. */
  readonly person: string;
  readonly personName: string;
  /** The document with the most findings, or null when there are none. */
  readonly findingsDocument: string | null;
}

/** Each query answers one row; focused where it can, label scans only where the graph gives nothing smaller. */
const MUNICIPALITY = `
MATCH (m:Municipality)-[:GOVERNS]->(home:City)<-[:PARTNER]-(t:Twinning)
WITH m, home, count(DISTINCT t) AS twinnings
ORDER BY twinnings DESC, m.id, home.id LIMIT 1
RETURN m.id AS municipality, home.id AS homeCity`;

const TWINNING = `
MATCH (m:Municipality {id: $municipality})-[:GOVERNS]->(home:City {id: $homeCity})<-[:PARTNER]-(t:Twinning)
MATCH (t)-[:PARTNER]->(p:City) WHERE NOT (m)-[:GOVERNS]->(p)
WITH t, p, COUNT { (:Actor)-[:INVOLVED_IN]->(t) } AS actors
ORDER BY actors DESC, t.id, p.id LIMIT 1
OPTIONAL MATCH (a:Actor)-[:INVOLVED_IN]->(t) WHERE NOT a:City AND NOT a:Country
WITH t, p, a ORDER BY a.id LIMIT 1
RETURN t.id AS twinning, p.id AS partnerCity, p.name AS partnerName, a.id AS actor`;

const PERSON = `
MATCH (p:Person)
WITH p ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1
RETURN p.id AS person, p.name AS personName`;

const FINDINGS_DOCUMENT = `
OPTIONAL MATCH (f:Finding)
WITH f.documentId AS documentId, count(f) AS findings
ORDER BY findings DESC, documentId LIMIT 1
RETURN documentId`;

/**
 * Picks what the benchmark asks about from the graph, so that it runs on the
 * seed as on a generated corpus of millions of nodes: the municipality with
 * the most twinnings, its most-involved twinning, the best-connected person.
 * Throws a clear error when the graph holds no twinning or no person.
 */
export async function readFocus(driver: Driver, database: string): Promise<Focus> {
  const one = async (cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
    const { records } = await driver.executeQuery(cypher, params, { database, routing: 'READ' });
    return records[0]?.toObject() ?? {};
  };
  const m = await one(MUNICIPALITY);
  if (typeof m['municipality'] !== 'string') {
    throw new Error('the graph has no municipality with a twinning: load the seed (`npm run seed`) or a corpus first');
  }
  const t = await one(TWINNING, m);
  if (typeof t['twinning'] !== 'string') {
    throw new Error(`the twinnings of ${String(m['municipality'])} have no partner city it does not govern`);
  }
  const p = await one(PERSON);
  if (typeof p['person'] !== 'string') throw new Error('the graph has no Person: load the seed or a corpus first');
  const f = await one(FINDINGS_DOCUMENT);
  return {
    municipality: String(m['municipality']),
    homeCity: String(m['homeCity']),
    twinning: String(t['twinning']),
    partnerCity: String(t['partnerCity']),
    partnerName: String(t['partnerName']),
    actor: typeof t['actor'] === 'string' ? t['actor'] : String(m['municipality']),
    person: String(p['person']),
    personName: String(p['personName']),
    findingsDocument: typeof f['documentId'] === 'string' ? f['documentId'] : null,
  };
}
