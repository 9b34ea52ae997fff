import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';

// Strings that would change the graph or break out of a query if any were spliced into Cypher or Lucene.
const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n //',
  '\\"; CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {}) //',
  '*:* OR name:*',
  '$(labels)',
];

// Every string argument of the analyst questions, with the rest of a valid call around it.
const CALLS: [name: string, type: string, query: string][] = [
  ['twinnings(municipality:)', 'ID!', '{ twinnings(municipality: $s) { id } }'],
  ['partnerNetwork(of:)', 'ID!', '{ partnerNetwork(of: $s) { nodes { id } } }'],
  ['graph(focus:)', 'ID!', '{ graph(focus: $s) { nodes { id } } }'],
  ['graph(types:)', 'String!', '{ graph(focus: "city:kranj", types: [$s]) { nodes { id } } }'],
  ['search(text:)', 'String!', '{ search(text: $s) { id } }'],
  ['connection(from:)', 'ID!', '{ connection(from: $s, to: "city:kranj") { length } }'],
  ['connection(to:)', 'ID!', '{ connection(from: "city:kranj", to: $s) { length } }'],
  ['entity(id:)', 'ID!', '{ entity(id: $s) { id } }'],
  ['findings(documentId:)', 'ID!', '{ findings(documentId: $s) { id } }'],
  ['findings(severity:)', 'String!', '{ findings(severity: $s) { id } }'],
  ['people(where: name eq)', 'String!', '{ people(where: { name: { eq: $s } }) { id } }'],
  ['people(where: name contains)', 'String!', '{ people(where: { name: { contains: $s } }) { id } }'],
];

let driver: Driver;
let database: string;
let api: TestApi;

async function seedCounts(): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE 'doc:kranj-kmms-2021-12-14-seja-2' IN n.documentIds OR n.documentId = 'doc:kranj-kmms-2021-12-14-seja-2'
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
    {},
    { database },
  );
  return JSON.stringify(records[0]?.toObject());
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  api = await startTestApi(driver, database);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('Cypher and Lucene injection strings', () => {
  it('are answered as plain text in every string argument and change nothing', async () => {
    const before = await seedCounts();
    for (const [name, type, query] of CALLS) {
      for (const text of INJECTIONS) {
        const answer = await api.graphql(`query ($s: ${type}) ${query}`, { s: text });
        for (const error of answer.errors ?? []) {
          // Refusing the value as a bad argument is fine; failing inside is not.
          expect(error.extensions?.['code'], `${name} with ${text}: ${error.message}`).toBe('BAD_USER_INPUT');
        }
      }
    }
    expect(await seedCounts()).toBe(before);
  });
});
