import neo4j from 'neo4j-driver';
import { column, listOf, objectOf, sortedIds, type BenchCase } from './benchCase.js';

/*
 * Typical reads of the API that @neo4j/graphql generates from schema/, each
 * against the one Cypher query a developer would write by hand for the same
 * answer: the difference is the API layer plus the generated translation.
 */

/** A filtered, sorted, paginated list: people whose name contains a few letters of the focus person's. */
const peopleList: BenchCase = {
  name: 'people (filter, sort, page)',
  graphql: (f) => ({
    query: `query PeopleList($text: String!) {
      people(where: { name: { contains: $text } }, sort: [{ name: ASC }], limit: 10, offset: 0) { id name nameEn }
    }`,
    variables: { text: f.personName.slice(0, 3) },
  }),
  cypher: (f) => ({
    query: `MATCH (p:Person) WHERE p.name CONTAINS $text
            RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn ORDER BY name SKIP $offset LIMIT $limit`,
    params: { text: f.personName.slice(0, 3), offset: neo4j.int(0), limit: neo4j.int(10) },
  }),
  // Names, in order: people of the same name may come in either order.
  summaryOfGraphql: (d) => listOf(d, 'people').map((p) => p['name']),
  summaryOfCypher: (r) => r.map((x) => x.get('name') as unknown),
};

/** The probe: a person looked up by name, with memberships and the organisations they are in. */
const personByName: BenchCase = {
  name: 'people (by name) + memberships',
  graphql: (f) => ({
    query: `query PersonByName($name: String!) {
      people(where: { name: { eq: $name } }) {
        id name memberships { id role titleOriginal organization {
          __typename ... on Commission { id name } ... on Council { id name } ... on Municipality { id name }
          ... on Committee { id name } ... on Company { id name } ... on PublicAgency { id name }
        } }
      }
    }`,
    variables: { name: f.personName },
  }),
  cypher: (f) => ({
    query: `MATCH (p:Person {name: $name})
            RETURN p.id AS id, p.name AS name, COLLECT {
              MATCH (p)-[:HOLDS]->(m:Membership)
              RETURN m {.id, .role, .titleOriginal, organization: COLLECT {
                MATCH (m)-[:MEMBERSHIP_IN]->(o)
                RETURN o {.id, .name, type: [l IN labels(o) WHERE l IN $kinds][0]}
              }}
            } AS memberships`,
    params: {
      name: f.personName,
      kinds: ['Commission', 'Council', 'Municipality', 'Committee', 'Company', 'PublicAgency'],
    },
  }),
  summaryOfGraphql: (d) => listOf(d, 'people').map((p) => [p['id'], sortedIds(listOf(p, 'memberships'))]),
  summaryOfCypher: (r) => r.map((x) => [x.get('id'), sortedIds(listOf(x.get('memberships')))]),
};

const nestedPartners = (t: Record<string, unknown>): unknown[] => [t['id'], sortedIds(listOf(t, 'partners'))];

/** A nested read three levels deep: municipality → the cities it governs → their twinnings → the partner cities. */
const nested: BenchCase = {
  name: 'municipality→cities→twinnings→partners',
  graphql: (f) => ({
    query: `query Nested($m: ID!) {
      municipalities(where: { id: { eq: $m } }) {
        id name governs { id name twinnings { id name status partners { id name nameEn } } }
      }
    }`,
    variables: { m: f.municipality },
  }),
  cypher: (f) => ({
    query: `MATCH (m:Municipality {id: $m})
            RETURN m.id AS id, m.name AS name, COLLECT {
              MATCH (m)-[:GOVERNS]->(c:City)
              RETURN c {.id, .name, twinnings: COLLECT {
                MATCH (t:Twinning)-[:PARTNER]->(c)
                RETURN t {.id, .name, .status, partners: COLLECT {
                  MATCH (t)-[:PARTNER]->(p:City) RETURN p {.id, .name, .nameEn} LIMIT $limit
                }} LIMIT $limit
              }} LIMIT $limit
            } AS governs`,
    params: { m: f.municipality, limit: neo4j.int(100) },
  }),
  summaryOfGraphql: (d) =>
    listOf(d, 'municipalities').map((m) => [
      m['id'],
      listOf(m, 'governs').map((c) => [c['id'], listOf(c, 'twinnings').map(nestedPartners).sort()]),
    ]),
  summaryOfCypher: (r) =>
    r.map((x) => [
      x.get('id'),
      listOf(x.get('governs')).map((c) => [c['id'], listOf(c, 'twinnings').map(nestedPartners).sort()]),
    ]),
};

/** An aggregation: how many twinnings the home city is partner in, and their shortest and longest names. */
const aggregate: BenchCase = {
  name: 'twinnings aggregate',
  graphql: (f) => ({
    query: `query TwinningAggregate($city: ID!) {
      twinningNodesConnection(where: { partners: { some: { id: { eq: $city } } } }) {
        aggregate { count { nodes } node { name { shortest longest } } }
      }
    }`,
    variables: { city: f.homeCity },
  }),
  cypher: (f) => ({
    query: `MATCH (t:Twinning) WHERE EXISTS { (t)-[:PARTNER]->(:City {id: $city}) }
            WITH t.name AS name ORDER BY size(name), name
            WITH collect(name) AS names
            RETURN size(names) AS count, head(names) AS shortest, last(names) AS longest`,
    params: { city: f.homeCity },
  }),
  summaryOfGraphql: (d) => {
    const a = objectOf(objectOf(d, 'twinningNodesConnection'), 'aggregate');
    const name = objectOf(objectOf(a, 'node'), 'name');
    return [objectOf(a, 'count')['nodes'], String(name['shortest']).length, String(name['longest']).length];
  },
  summaryOfCypher: (r) => [
    column(r, 'count'),
    String(column(r, 'shortest')).length,
    String(column(r, 'longest')).length,
  ],
};

/** A `…Connection` page: the ten latest sessions, with the total and whether there is a next page. */
const sessionsPage: BenchCase = {
  name: 'sessionsConnection page',
  graphql: () => ({
    query: `query SessionsPage {
      sessionsConnection(first: 10, sort: [{ date: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number date } }
      }
    }`,
    variables: {},
  }),
  cypher: () => ({
    query: `CALL () { MATCH (s:Session) RETURN count(s) AS totalCount }
            CALL () {
              MATCH (s:Session) WITH s ORDER BY s.date DESC LIMIT $first + 1
              RETURN collect(s {.id, .number, .date}) AS page
            }
            RETURN totalCount, page[0..$first] AS sessions, size(page) > $first AS hasNextPage`,
    params: { first: neo4j.int(10) },
  }),
  // Dates, in order: sessions of the same date may come in either order.
  summaryOfGraphql: (d) => {
    const c = objectOf(d, 'sessionsConnection');
    return [
      c['totalCount'],
      objectOf(c, 'pageInfo')['hasNextPage'],
      listOf(c, 'edges').map((e) => objectOf(e, 'node')['date']),
    ];
  },
  summaryOfCypher: (r) => [
    column(r, 'totalCount'),
    column(r, 'hasNextPage'),
    listOf(column(r, 'sessions')).map((s) => s['date']),
  ],
};

/** The generated API's typical reads, in the order the table prints them. */
export const GENERATED_CASES: readonly BenchCase[] = [peopleList, personByName, nested, aggregate, sessionsPage];
