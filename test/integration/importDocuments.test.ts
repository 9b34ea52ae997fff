import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, runCli } from '../helpers/runCli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateFacts } from '../../src/facts/validateFacts.js';
import { draftDocument } from '../../src/import/draftDocument.js';
import { readKnownGraph } from '../../src/import/resolve/knownGraph.js';
import { removeDocument } from '../../src/load/removeDocument.js';
import { documentFootprint, type Footprint } from '../helpers/documentFootprint.js';
import { makeDocx } from '../helpers/documentFixtures/makeDocx.js';
import { makeEncryptedPdf } from '../helpers/documentFixtures/makeEncryptedPdf.js';
import { makeScannedPdf } from '../helpers/documentFixtures/makeScannedPdf.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer as token } from '../helpers/testTokens.js';

const root = PROJECT_ROOT;
// Surnames no other test uses, so the two documents meet only each other in the graph.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 5)
  .padEnd(5, 'q');
const SURNAME = { a: `Kos${tag}`, b: `Novak${tag}`, c: `Zupan${tag}` };
let driver: Driver;
let database: string;
let api: TestApi;
let dir: string;
const loadedDocuments = new Set<string>();

/** Minutes of a council session of Bohinj; both share two members and the partner city Pliberk. */
function minutes(n: number, date: string, day: string, extra: string): string {
  return [
    'OBČINA BOHINJ',
    'OBČINSKI SVET',
    '',
    'ZAPISNIK',
    '',
    `${n}. redne seje Občinskega sveta Občine Bohinj, ki je bila v četrtek, ${day} ob 18. uri v sejni sobi Občine Bohinj.`,
    '',
    `PRISOTNI: Ana ${SURNAME.a} – županja, Marko ${SURNAME.b}, Peter ${SURNAME.c} – člani sveta.`,
    '',
    `Sejo je vodila županja Ana ${SURNAME.a}.`,
    '',
    'DNEVNI RED:',
    '1. Potrditev zapisnika prejšnje seje.',
    '2. Pobratenje z mestom Pliberk (Avstrija).',
    '',
    'Dnevni red je bil soglasno sprejet (3 PRISOTNI: 3 ZA).',
    '',
    '1. Potrditev zapisnika prejšnje seje.',
    '',
    'Občinski svet je soglasno (3 PRISOTNI: 3 ZA) sprejel naslednji SKLEP:',
    'Potrdi se zapisnik prejšnje seje.',
    '',
    '2. Pobratenje z mestom Pliberk (Avstrija).',
    '',
    extra,
    '',
    `Seja se je končala ob 19.05.`,
    '',
    'Zapisal:',
    `Peter ${SURNAME.c}`,
    '',
    `Ana ${SURNAME.a}, l.r.`,
    'Županja',
    '',
    `Datum: ${date}`,
  ].join('\n');
}

const DOC_A_TEXT = minutes(
  7,
  '2023-03-10',
  '9. marca 2023,',
  `Marko ${SURNAME.b} je predlagal pobratenje Občine Bohinj z mestom Pliberk.\n\nObčinski svet je soglasno (3 PRISOTNI: 3 ZA) sprejel naslednji SKLEP:\nObčinski svet Občine Bohinj podpira pobratenje z mestom Pliberk (Avstrija).`,
);
const DOC_B_TEXT = minutes(
  8,
  '2023-05-12',
  '11. maja 2023,',
  `Županja je povedala, da je bila listina o pobratenju z mestom Pliberk podpisana 5. maja 2023.\n\nObčinski svet je soglasno (3 PRISOTNI: 3 ZA) sprejel naslednji SKLEP:\nObčinski svet se seznani s podpisom listine o pobratenju z mestom Pliberk.`,
);

const DOC_C_TEXT = minutes(9, '2023-06-20', '15. junija 2023,', 'Razprave o pobratenju ni bilo.');

const cli = runCli;

/**
 * What documents whose id starts with `prefix` put in the graph. Documents of other test files (`doc:test-…`, the
 * facts fixture's ids) load and go while this file runs, so they never count.
 */
function graphSize(prefix = 'doc:'): Promise<Footprint> {
  return documentFootprint(driver, database, { prefix, except: 'doc:test-' });
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  api = await startTestApi(driver, database, { AUTH_JWT_SECRET: SECRET });
  dir = await mkdtemp(join(tmpdir(), 'import-test-'));
  await writeFile(join(dir, 'bohinj-7.txt'), DOC_A_TEXT);
  await writeFile(join(dir, 'bohinj-8.txt'), DOC_B_TEXT);
});

afterAll(async () => {
  for (const id of loadedDocuments) await removeDocument(driver, database, id).catch(() => undefined);
  await api?.stop();
  await driver?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the importer against the graph', () => {
  it('links the seed document to the curated graph instead of creating a second node for anything', async () => {
    const graph = await readKnownGraph(driver, database);
    const bytes = new Uint8Array(await readFile(join(root, 'seed/documents/kranj-kmms-2021-12-14-seja-2.txt')));
    const { draft } = await draftDocument(bytes, 'seed.txt', { graph, documentFile: 'seed.txt' });
    // The cleaned text is not byte for byte the curated one, so it is another version of the same minutes.
    expect(draft.alreadyInGraph).toBeUndefined();
    expect(draft.facts.document.id).toBe('doc:kranj-kmms-2021-12-14-seja-2-v2');
    expect(draft.notes.join('\n')).toMatch(/holds another text as doc:kranj-kmms-2021-12-14-seja-2/);
    for (const id of [
      'person:bostjan-trilar',
      'person:katja-struc',
      'person:mojca-finc',
      'org:kranj-kmms',
      'org:mestna-obcina-kranj',
      'session:kmms-2021-12-14',
      'city:yekaterinburg',
      'city:kranj',
      'country:russia',
    ]) {
      expect(draft.linked).toContain(id);
    }
    const people = draft.nodes.filter((n) => n.type === 'Person' && !draft.linked.includes(n.id));
    expect(people.map((p) => p.properties.name)).not.toEqual(
      expect.arrayContaining(['Boštjan Trilar', 'Katja Štruc', 'Jure Kristan']),
    );
  });

  it('imports and loads two documents whose people and partner city meet in the same nodes', async () => {
    const result = await cli('import', join(dir, 'bohinj-7.txt'), join(dir, 'bohinj-8.txt'), '--out', dir, '--load');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\[1\/2\].*bohinj-7\.txt: txt → doc:\S+: \d+ facts.*loaded/);
    expect(result.stdout).toMatch(/\[2\/2\].*bohinj-8\.txt: txt → doc:\S+: \d+ facts.*loaded/);
    const ids = [...result.stdout.matchAll(/→ (doc:\S+):/g)].map((m) => m[1] ?? '');
    expect(ids).toHaveLength(2);
    ids.forEach((id) => loadedDocuments.add(id));

    const { records } = await driver.executeQuery(
      `MATCH (p:Person) WHERE p.name IN $names
       OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(:Passage)-[:IN_DOCUMENT]->(d:Document)
       RETURN p.name AS name, count(DISTINCT p) AS nodes, collect(DISTINCT d.id) AS documents`,
      { names: [`Ana ${SURNAME.a}`, `Marko ${SURNAME.b}`] },
      { database },
    );
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(Number(r.get('nodes'))).toBe(1);
      expect([...(r.get('documents') as string[])].sort()).toEqual([...ids].sort());
    }
    const sessions = await driver.executeQuery(
      `MATCH (:Person {name: $name})-[a:ATTENDED]->(s:Session)-[:OF_BODY]->(b:Council)-[:PART_OF]->(m:Municipality)
       RETURN s.number AS number, s.date AS date, b.name AS body, m.id AS municipality, a.capacityOriginal AS capacity ORDER BY number`,
      { name: `Ana ${SURNAME.a}` },
      { database },
    );
    expect(
      sessions.records.map((r) => [Number(r.get('number')), r.get('date'), r.get('municipality'), r.get('capacity')]),
    ).toEqual([
      [7, '2023-03-09', 'org:obcina-bohinj', 'županja'],
      [8, '2023-05-11', 'org:obcina-bohinj', 'županja'],
    ]);
    const partner = await driver.executeQuery(
      `MATCH (t:Twinning)-[:PARTNER]->(c:City) WHERE c.name = 'Pliberk' OR c.nameEn = 'Bleiburg'
       MATCH (t)-[:PARTNER]->(:City)<-[:GOVERNS]-(:Municipality {id: 'org:obcina-bohinj'})
       RETURN count(DISTINCT c) AS cities, count(DISTINCT t) AS twinnings`,
      {},
      { database },
    );
    expect(Number(partner.records[0]?.get('cities'))).toBe(1);
    expect(Number(partner.records[0]?.get('twinnings'))).toBe(1);
  });

  it('changes nothing when the same documents are imported and loaded again', async () => {
    const before = await graphSize('doc:bohinj');
    const again = await cli('import', join(dir, 'bohinj-7.txt'), join(dir, 'bohinj-8.txt'), '--out', dir, '--load');
    expect(again.code).toBe(0);
    expect(again.stdout.match(/created 0 nodes and 0 relationships/g), again.stdout).toHaveLength(2);
    expect(await graphSize('doc:bohinj')).toEqual(before);
    expect(before.nodes).toBeGreaterThan(20);
  });

  it('loads nothing a reviewer has not accepted: facts marked for review stay out of the graph', async () => {
    const facts = parseYaml(await readFile(join(dir, 'bohinj-7.facts.yaml'), 'utf8')) as {
      nodes: { id: string; review?: unknown }[];
    };
    const marked = facts.nodes.filter((n) => n.review).map((n) => n.id);
    const stated = facts.nodes.filter((n) => !n.review).map((n) => n.id);
    const { records } = await driver.executeQuery(
      'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, n IS NOT NULL AS present',
      { ids: [...marked, ...stated] },
      { database },
    );
    const present = new Map(records.map((r) => [String(r.get('id')), Boolean(r.get('present'))]));
    for (const id of stated) expect(present.get(id), id).toBe(true);
    for (const id of marked) expect(present.get(id), id).toBe(false);
  });

  it('refuses bad files with a clear message each, loads none of them, and leaves the graph as it was', async () => {
    const files: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(),
      'binary.txt': new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
      'fake.pdf': new TextEncoder().encode('%PDF-1.7\n this is not really a pdf'),
      'fake.docx': new TextEncoder().encode('PK\u0003\u0004 not a real zip'),
      'recipe.txt': new TextEncoder().encode('Recept za potico.\nMoka, orehi, med.\nPeči eno uro.'),
      'scan.pdf': await makeScannedPdf(2),
      'locked.pdf': makeEncryptedPdf('ZAPISNIK 2. seje Občinskega sveta'),
      // Not valid UTF-8, and no minutes in any code page.
      'broken-utf8.txt': new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x20, 0xf0, 0x28, 0x8c, 0xbc]),
      'huge.txt': new Uint8Array(51 * 1024 * 1024).fill(0x61),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
    const before = await graphSize();
    const result = await cli(
      'import',
      ...Object.keys(files).map((f) => join(dir, f)),
      '--out',
      join(dir, 'bad'),
      '--load',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: cannot import \(EMPTY\)/);
    expect(result.stderr).toMatch(/binary\.txt: cannot import \((BINARY|CONTROL_CHARACTERS)\)/);
    expect(result.stderr).toMatch(/fake\.pdf: cannot import \(CORRUPT\)/);
    expect(result.stderr).toMatch(/fake\.docx: cannot import \(CORRUPT\)/);
    expect(result.stderr).toMatch(/recipe\.txt: cannot import \(NO_STRUCTURE\)/);
    expect(result.stderr).toMatch(/scan\.pdf: cannot import \(NO_TEXT_LAYER\): .*OCR/);
    expect(result.stderr).toMatch(/locked\.pdf: cannot import \(ENCRYPTED\)/);
    expect(result.stderr).toMatch(/broken-utf8\.txt: cannot import \((NO_STRUCTURE|BINARY|CONTROL_CHARACTERS)\)/);
    expect(result.stderr).toMatch(/huge\.txt: cannot import \(TOO_LARGE\)/);
    expect(result.stderr).toMatch(/9 of 9 document\(s\) could not be imported/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await graphSize()).toEqual(before);
  });
});

describe('draftImport through GraphQL', () => {
  const DRAFT = `mutation ($name: String!, $text: String, $file: String) {
    draftImport(fileName: $name, text: $text, contentBase64: $file) {
      documentId format documentText facts report nodes relations linked review { fact reason quote start }
    }
  }`;

  it('drafts only for editors', async () => {
    const anonymous = await api.graphql(DRAFT, { name: 'a.txt', text: DOC_A_TEXT });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const reader = await api.graphql(DRAFT, { name: 'a.txt', text: DOC_A_TEXT }, await token(['reader']));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('drafts a DOCX sent as base64, and importFacts loads the reviewed draft', async () => {
    const docx = await makeDocx(DOC_C_TEXT.split('\n'));
    const res = await api.graphql<{
      draftImport: {
        documentId: string;
        format: string;
        documentText: string;
        facts: string;
        report: string;
        review: unknown[];
      };
    }>(DRAFT, { name: 'bohinj-8.docx', file: Buffer.from(docx).toString('base64') }, await token(['editor']));
    expect(res.errors).toBeUndefined();
    const draft = res.data!.draftImport;
    expect(draft.format).toBe('docx');
    expect(draft.report).toMatch(/# Import report: bohinj-8\.docx/);
    const loaded = await api.graphql<{ importFacts: { documentId: string; nodes: number; pending: number } }>(
      'mutation ($f: String!, $t: String!) { importFacts(facts: $f, documentText: $t) { documentId nodes pending } }',
      { f: draft.facts, t: draft.documentText },
      await token(['editor']),
    );
    expect(loaded.errors).toBeUndefined();
    loadedDocuments.add(loaded.data!.importFacts.documentId);
    expect(loaded.data!.importFacts.nodes).toBeGreaterThan(10);
    const expected = validateFacts('draft', parseYaml(draft.facts), draft.documentText).pending.length;
    expect(loaded.data!.importFacts.pending).toBe(expected);
  });

  it('says clearly what is wrong with a file it cannot read', async () => {
    const res = await api.graphql(
      DRAFT,
      { name: 'scan.pdf', file: Buffer.from('%PDF-1.4 garbage').toString('base64') },
      await token(['editor']),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CORRUPT' });
    const both = await api.graphql(DRAFT, { name: 'a.txt', text: 'x', file: 'eA==' }, await token(['editor']));
    expect(both.errors?.[0]?.message).toMatch(/either as text or as contentBase64/);
    const bad64 = await api.graphql(DRAFT, { name: 'a.pdf', file: '!!!not base64' }, await token(['editor']));
    expect(bad64.errors?.[0]?.message).toMatch(/not base64/);
  });
});
