import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactsError, validateFacts, type ValidatedFacts } from '../../src/facts/validateFacts.js';
import { ensureSchema } from '../../src/load/ensureSchema.js';
import { loadFactsFiles } from '../../src/load/loadFactsFiles.js';
import { loadFacts } from '../../src/load/loadFacts.js';
import { FIXTURE_TEXT, factsFixture } from '../helpers/factsFixture.js';
import { testDriver } from '../helpers/testDriver.js';

let driver: Driver;
let database: string;
const tag = `load-${randomUUID().slice(0, 8)}`;

/** Everything this test file wrote: nodes whose id carries the tag, and their relationships. */
async function footprint(): Promise<{ nodes: number; relationships: number; properties: string }> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n.id CONTAINS $tag
     OPTIONAL MATCH (n)-[r]-()
     WITH collect(DISTINCT n) AS ns, collect(DISTINCT r) AS rs
     RETURN size(ns) AS nodes, size(rs) AS relationships,
            apoc.util.md5([x IN ns | apoc.convert.toSortedJsonMap(properties(x))] + [x IN rs | apoc.convert.toSortedJsonMap(properties(x))]) AS properties`,
    { tag },
    { database },
  );
  const row = records[0];
  return {
    nodes: row?.get('nodes') as number,
    relationships: row?.get('relationships') as number,
    properties: row?.get('properties') as string,
  };
}

function fixture(mutate?: (raw: ReturnType<typeof factsFixture>) => void): ValidatedFacts {
  const raw = factsFixture(tag);
  mutate?.(raw);
  return validateFacts(`${tag}.facts.yaml`, raw, FIXTURE_TEXT);
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  await ensureSchema(driver, database);
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  await driver.close();
});

describe('loadFacts', () => {
  it('writes every node, relation and passage of a document with provenance', async () => {
    const report = await loadFacts(driver, database, fixture());
    expect(report).toMatchObject({ nodes: 5, relations: 3, nodesCreated: expect.any(Number) });
    const { records } = await driver.executeQuery(
      `MATCH (m:Municipality {id: $id})-[e:EVIDENCED_BY]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
       MATCH (m)-[r:INVOLVED_IN]->(t:Twinning)
       RETURN labels(m) AS labels, p.quote AS quote, p.start AS start, d.id AS doc, r.role AS role, r.quote AS relQuote, t.status AS status`,
      { id: `org:mok-${tag}` },
      { database },
    );
    expect(records).toHaveLength(1);
    const row = records[0]!.toObject();
    expect(row.labels).toEqual(expect.arrayContaining(['Municipality', 'Organization', 'Actor', 'Named']));
    expect(row).toMatchObject({
      quote: 'Mestna občina Kranj',
      start: 10,
      doc: `doc:test-${tag}`,
      role: 'INITIATED',
      status: 'SIGNED',
    });
    expect(row.relQuote).toBe('Mestna občina Kranj se je pobratila');
  });

  it('leaves the graph exactly as it was when the same facts are loaded again', async () => {
    await loadFacts(driver, database, fixture());
    const before = await footprint();
    const report = await loadFacts(driver, database, fixture());
    expect(report).toMatchObject({
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodesDeleted: 0,
      relationshipsDeleted: 0,
    });
    expect(await footprint()).toEqual(before);
  });

  it('removes what a document no longer states when it is loaded again', async () => {
    await loadFacts(driver, database, fixture());
    const report = await loadFacts(
      driver,
      database,
      fixture((raw) => {
        raw.nodes.splice(2, 1); // Katja Štruc
        raw.relations.splice(2, 1); // MOK's involvement
      }),
    );
    // Katja Štruc, her passage, and the passage only the dropped involvement quoted.
    expect(report.nodesDeleted).toBe(3);
    const { records } = await driver.executeQuery(
      `OPTIONAL MATCH (p:Person {id: $person}) OPTIONAL MATCH ()-[r:INVOLVED_IN]->(:Twinning {id: $twinning})
       RETURN count(p) AS people, count(r) AS involvements`,
      { person: `person:katja-struc-${tag}`, twinning: `twinning:kranj-zhangjiakou-${tag}` },
      { database },
    );
    expect(records[0]?.toObject()).toEqual({ people: 0, involvements: 0 });
    await loadFacts(driver, database, fixture());
  });

  it('writes nothing at all when the database refuses part of a document', async () => {
    const other = `${tag}-atomic`;
    const good = validateFacts(`${other}.facts.yaml`, factsFixture(other), FIXTURE_TEXT);
    // A nested map is not a storable property value: the last write fails inside the transaction.
    const broken: ValidatedFacts = {
      ...good,
      relations: good.relations.map((r, i) =>
        i === good.relations.length - 1 ? { ...r, properties: { ...r.properties, nested: { not: 'storable' } } } : r,
      ),
    };
    await expect(loadFacts(driver, database, broken)).rejects.toThrow();
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE n.id CONTAINS $other RETURN count(n) AS n',
      { other },
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('finds entities by any name, without diacritics, through the full-text index', async () => {
    await loadFacts(driver, database, fixture());
    const { records } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('named_entities', $q) YIELD node
       WHERE node.id CONTAINS $tag RETURN collect(node.id) AS ids`,
      { q: 'struc OR 张家口', tag },
      { database },
    );
    expect(records[0]?.get('ids')).toEqual(
      expect.arrayContaining([`person:katja-struc-${tag}`, `city:zhangjiakou-${tag}`]),
    );
  });

  it('refuses a node whose id the graph already has as another kind, and changes nothing', async () => {
    await loadFacts(driver, database, fixture());
    const before = await footprint();
    const other = `${tag}-kind`;
    const raw = factsFixture(other);
    // The same id as this file's Zhangjiakou city, stated as a Country.
    raw.nodes[1] = { ...raw.nodes[1], id: `city:zhangjiakou-${tag}`, type: 'Country' };
    raw.relations.splice(0, 1);
    const clash = validateFacts(`${other}.facts.yaml`, raw, FIXTURE_TEXT);
    await expect(loadFacts(driver, database, clash)).rejects.toThrow(
      new RegExp(`city:zhangjiakou-${tag}: is a Country here, but the graph already has it as a City`),
    );
    expect(await footprint()).toEqual(before);
  });

  it('loads none of several files when one of them is bad, naming the file, the fact and the problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-load-'));
    try {
      await writeFile(join(dir, 'fixture.txt'), FIXTURE_TEXT);
      const goodTag = `${tag}-good`;
      const good = factsFixture(goodTag);
      const bad = factsFixture(`${tag}-bad`);
      (bad.relations[1] as { to: string }).to = 'step:missing';
      await writeFile(join(dir, 'a.facts.yaml'), stringify(good));
      await writeFile(join(dir, 'b.facts.yaml'), stringify(bad));
      const error = await loadFactsFiles(
        driver,
        database,
        [join(dir, 'a.facts.yaml'), join(dir, 'b.facts.yaml')],
        () => undefined,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FactsError);
      expect((error as Error).message).toMatch(/b\.facts\.yaml: 1 problem\(s\), nothing was loaded/);
      expect((error as Error).message).toMatch(/HAS_STEP .* "to" names unknown entity "step:missing"/);
      const { records } = await driver.executeQuery(
        'MATCH (n) WHERE n.id CONTAINS $goodTag RETURN count(n) AS n',
        { goodTag },
        { database },
      );
      expect(records[0]?.get('n')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
