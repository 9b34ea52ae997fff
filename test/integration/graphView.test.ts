import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphExportRouter } from '../../src/web/graphExport.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';

interface Node {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
interface View {
  nodes: Node[];
  edges: Edge[];
}

const VIEW = 'nodes { id type label properties } edges { id type source target properties }';
const TWINNING = 'twinning:kranj-yekaterinburg';
const DOCUMENT = 'doc:kranj-kmms-2021-12-14-seja-2';

let driver: Driver;
let database: string;
let api: TestApi;
let exportServer: Server;
let exportUrl: string;
let documentText: string[];

/** An express app of our own with only the export router, on a free port. */
async function serve(router: express.Router): Promise<{ server: Server; url: string }> {
  const app = express();
  app.use(router);
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function graph(args: string): Promise<View> {
  const result = await api.graphql<{ graph: View }>(`{ graph(${args}) { ${VIEW} } }`);
  expect(result.errors).toBeUndefined();
  return result.data!.graph;
}

async function partnerNetwork(args: string): Promise<View> {
  const result = await api.graphql<{ partnerNetwork: View }>(`{ partnerNetwork(${args}) { ${VIEW} } }`);
  expect(result.errors).toBeUndefined();
  return result.data!.partnerNetwork;
}

async function badInput(query: string): Promise<string> {
  const result = await api.graphql(query);
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  return result.errors![0]!.message;
}

/** Every edge joins two nodes of the view; ids are unique. */
function expectConsistent(view: View): void {
  const ids = new Set(view.nodes.map((n) => n.id));
  expect(ids.size).toBe(view.nodes.length);
  expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  for (const e of view.edges) {
    expect(ids, `${e.id}: source`).toContain(e.source);
    expect(ids, `${e.id}: target`).toContain(e.target);
  }
  for (const n of view.nodes) expect(n.properties).not.toHaveProperty('documentIds');
}

const edge = (view: View, type: string, source: string, target: string): Edge | undefined =>
  view.edges.find((e) => e.type === type && e.source === source && e.target === target);

/**
 * A small XML well-formedness check, enough for GraphML: one root, every
 * element closed in order, attributes quoted, no raw `<` in text or values
 * and `&` only as an entity or character reference. Returns the elements'
 * names in document order.
 */
function checkWellFormedXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const reference = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const checkText = (text: string, where: string): void => {
    if (text.replace(reference, '').includes('&')) throw new Error(`bare & in ${where}`);
    if (text.includes('<')) throw new Error(`raw < in ${where}`);
  };
  let rest = xml.replace(/^<\?xml [^?]*\?>/, '');
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    if (open < 0) {
      if (rest.trim() !== '') throw new Error('text after the root element');
      break;
    }
    const text = rest.slice(0, open);
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
    checkText(text, 'text');
    const end = rest.indexOf('>', open);
    if (end < 0) throw new Error('unterminated tag');
    const tag = rest.slice(open, end + 1);
    rest = rest.slice(end + 1);
    const closing = /^<\/([A-Za-z_][\w.:-]*)\s*>$/.exec(tag);
    if (closing) {
      if (stack.pop() !== closing[1]) throw new Error(`</${closing[1]}> closes the wrong element`);
      continue;
    }
    const opening = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"]*")*)\s*(\/?)>$/.exec(tag);
    if (!opening) throw new Error(`malformed tag ${tag.slice(0, 80)}`);
    const [, name, attributes = '', selfClosing] = opening;
    for (const m of attributes.matchAll(/"([^"]*)"/g)) checkText(m[1] ?? '', `an attribute of <${name}>`);
    const attributeNames = [...attributes.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((m) => m[1]);
    if (new Set(attributeNames).size !== attributeNames.length) throw new Error(`<${name}> repeats an attribute`);
    if (stack.length === 0 && ++roots > 1) throw new Error('more than one root element');
    names.push(name!);
    if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)}> is never closed`);
  return names;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  api = await startTestApi(driver, database);
  ({ server: exportServer, url: exportUrl } = await serve(graphExportRouter(driver, database)));
  const d = await api.graphql<{ documents: { text: string }[] }>(
    `{ documents(where: { id: { eq: "${DOCUMENT}" } }) { text } }`,
  );
  documentText = Array.from(d.data!.documents[0]!.text);
});

afterAll(async () => {
  await close(exportServer);
  await api.stop();
  await driver.close();
});

describe('graph: a view for visualisation', () => {
  it('around the Kranj–Yekaterinburg twinning at depth 1: actors with roles, both partner cities', async () => {
    const view = await graph(`focus: "${TWINNING}", depth: 1`);
    expectConsistent(view);
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    expect(byId.get(TWINNING)).toMatchObject({ type: 'Twinning', label: expect.stringMatching(/Yekaterinburg/) });
    expect(byId.get('org:iskratel')).toMatchObject({ type: 'Company', label: 'Iskratel' });
    expect(byId.get('org:spirit-slovenija')).toMatchObject({ type: 'PublicAgency' });
    expect(byId.get('city:kranj')).toMatchObject({ type: 'City', label: 'Kranj' });
    expect(byId.get('city:yekaterinburg')).toMatchObject({ type: 'City', label: 'Yekaterinburg' });
    expect(byId.get('city:yekaterinburg')?.properties).toMatchObject({
      name: 'Jekaterinburg',
      id: 'city:yekaterinburg',
    });
    expect(view.nodes.some((n) => n.type === 'Passage' || n.type === 'Document')).toBe(false);

    const iskratel = edge(view, 'INVOLVED_IN', 'org:iskratel', TWINNING);
    expect(iskratel?.properties).toMatchObject({ role: 'BROKERED', documentId: DOCUMENT });
    expect(edge(view, 'INVOLVED_IN', 'org:spirit-slovenija', TWINNING)?.properties['role']).toBe('PROPOSED');
    for (const e of view.edges.filter((x) => x.type === 'INVOLVED_IN')) {
      expect(e.properties['role']).toMatch(/^(INITIATED|PROPOSED|BROKERED|SUPPORTED)$/);
      expect(e.id).toBe(e.properties['id']);
      const { quote, start, end } = e.properties as { quote: string; start: number; end: number };
      expect(documentText.slice(start, end).join('')).toBe(quote);
    }
    expect(edge(view, 'PARTNER', TWINNING, 'city:kranj')).toBeDefined();
    expect(edge(view, 'PARTNER', TWINNING, 'city:yekaterinburg')).toBeDefined();
  });

  it('gives the same ids, in the same order, on every call', async () => {
    const first = await graph(`focus: "${TWINNING}", depth: 2, includeProvenance: true`);
    const second = await graph(`focus: "${TWINNING}", depth: 2, includeProvenance: true`);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('keeps only the node kinds asked for (and the focus), with edges only between kept nodes', async () => {
    const view = await graph(`focus: "${TWINNING}", depth: 2, types: ["City", "Country"]`);
    expectConsistent(view);
    for (const n of view.nodes) if (n.id !== TWINNING) expect(['City', 'Country']).toContain(n.type);
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([TWINNING, 'city:kranj', 'city:yekaterinburg', 'country:russia', 'country:slovenia']),
    );
    expect(edge(view, 'LOCATED_IN', 'city:yekaterinburg', 'country:russia')).toBeDefined();
    expect(ids).not.toContain('org:iskratel');
  });

  it('adds the passages (and documents) only with includeProvenance', async () => {
    const plain = await graph(`focus: "${TWINNING}", depth: 2`);
    expect(plain.edges.some((e) => e.type === 'EVIDENCED_BY' || e.type === 'IN_DOCUMENT')).toBe(false);

    const view = await graph(`focus: "${TWINNING}", depth: 2, includeProvenance: true`);
    expectConsistent(view);
    const passages = view.nodes.filter((n) => n.type === 'Passage');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      const { quote, start, end, documentId } = p.properties as Record<string, never>;
      expect(documentId).toBe(DOCUMENT);
      expect(documentText.slice(start, end).join('')).toBe(quote);
      expect(p.label).toBe(quote);
    }
    const evidence = view.edges.filter((e) => e.type === 'EVIDENCED_BY' && e.source === TWINNING);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.id).toBe(`EVIDENCED_BY:${TWINNING}>${e.target}`);
    const document = view.nodes.find((n) => n.id === DOCUMENT);
    expect(document?.type).toBe('Document');
    expect(document?.properties).not.toHaveProperty('text');
    expect(view.edges.some((e) => e.type === 'IN_DOCUMENT' && e.target === DOCUMENT)).toBe(true);
    expect(view.nodes.length).toBeGreaterThan(plain.nodes.length);
  });

  it('without a focus: the whole graph of stated facts, capped at maxNodes', async () => {
    const whole = await graph('maxNodes: 500');
    expectConsistent(whole);
    expect(whole.nodes.length).toBeGreaterThan(50);
    expect(whole.nodes.some((n) => ['Passage', 'Document', 'Finding'].includes(n.type))).toBe(false);
    expect(whole.edges.some((e) => e.type === 'EVIDENCED_BY')).toBe(false);
    const few = await graph('maxNodes: 3');
    expect(few.nodes).toHaveLength(3);
    expectConsistent(few);
    const focusOnly = await graph(`focus: "${TWINNING}", depth: 0`);
    expect(focusOnly.nodes.map((n) => n.id)).toEqual([TWINNING]);
  });

  it('says clearly what is wrong with bad arguments', async () => {
    expect(await badInput(`{ graph(focus: "${TWINNING}", depth: 5) { nodes { id } } }`)).toMatch(
      /depth must be a whole number from 0 to 4; got 5/,
    );
    expect(await badInput(`{ graph(focus: "${TWINNING}", depth: -1) { nodes { id } } }`)).toMatch(/depth/);
    expect(await badInput(`{ graph(maxNodes: 0) { nodes { id } } }`)).toMatch(/maxNodes must be .* 1 to 5000/);
    expect(await badInput(`{ graph(maxNodes: -3) { nodes { id } } }`)).toMatch(/maxNodes .* got -3/);
    expect(await badInput(`{ graph(focus: "twinning:nowhere") { nodes { id } } }`)).toMatch(
      /focus "twinning:nowhere" is not the id of any node/,
    );
    expect(await badInput(`{ graph(types: ["City", "Citty"]) { nodes { id } } }`)).toMatch(
      /unknown node kind in types: Citty; known kinds: Person, /,
    );
    expect(await badInput(`{ graph(types: ["Passage"]) { nodes { id } } }`)).toMatch(/includeProvenance/);
    expect(await badInput(`{ graph(focus: "${DOCUMENT}") { nodes { id } } }`)).toMatch(
      /is a Document, a provenance node: set includeProvenance/,
    );
  });
});

describe('partnerNetwork: the cities, organisations and people around a municipality’s partnerships', () => {
  it('for Kranj: partner cities, their countries, the twinnings and who was involved', async () => {
    const view = await partnerNetwork('of: "org:mestna-obcina-kranj"');
    expectConsistent(view);
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    expect(byId.get('city:yekaterinburg')?.type).toBe('City');
    expect(byId.get('city:zhangjiakou')?.type).toBe('City');
    expect(byId.get('country:russia')?.type).toBe('Country');
    expect(byId.get('country:china')?.type).toBe('Country');
    expect(byId.get('org:iskratel')?.type).toBe('Company');
    expect(byId.get('twinning:kranj-zhangjiakou')?.type).toBe('Twinning');
    expect(edge(view, 'GOVERNS', 'org:mestna-obcina-kranj', 'city:kranj')).toBeDefined();
    expect(edge(view, 'PARTNER', 'twinning:kranj-zhangjiakou', 'city:zhangjiakou')).toBeDefined();
    expect(edge(view, 'LOCATED_IN', 'city:zhangjiakou', 'country:china')).toBeDefined();
    expect(edge(view, 'INVOLVED_IN', 'org:iskratel', TWINNING)?.properties['role']).toBe('BROKERED');
    // depth 2 (the default): the honorary consul's memberships and the organisations they are in.
    expect(
      edge(
        view,
        'MEMBERSHIP_IN',
        'membership:honorary-consul-slovenia-yekaterinburg-director-iskrauraltel',
        'org:iskrauraltel',
      ),
    ).toBeDefined();
    const types = new Set(view.edges.map((e) => e.type));
    for (const t of types)
      expect(['GOVERNS', 'PARTNER', 'LOCATED_IN', 'INVOLVED_IN', 'HOLDS', 'MEMBERSHIP_IN', 'PART_OF']).toContain(t);
    expect(view.nodes.some((n) => ['Statement', 'Session', 'Passage', 'Event'].includes(n.type))).toBe(false);

    const near = await partnerNetwork('of: "org:mestna-obcina-kranj", depth: 1');
    expect(near.nodes.length).toBeLessThan(view.nodes.length);
    expect(near.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['city:zhangjiakou', 'country:china', 'org:iskratel']),
    );
    expect(await partnerNetwork('of: "org:mestna-obcina-kranj"')).toEqual(view);
  });

  it('refuses an unknown id, an id that is not a municipality, and a depth outside 1..4', async () => {
    expect(await badInput('{ partnerNetwork(of: "org:nowhere") { nodes { id } } }')).toMatch(
      /"org:nowhere" is not the id of any node/,
    );
    expect(await badInput('{ partnerNetwork(of: "city:kranj") { nodes { id } } }')).toMatch(
      /"city:kranj" is a City, not a Municipality/,
    );
    expect(await badInput('{ partnerNetwork(of: "org:mestna-obcina-kranj", depth: 0) { nodes { id } } }')).toMatch(
      /depth must be a whole number from 1 to 4; got 0/,
    );
    expect(await badInput('{ partnerNetwork(of: "org:mestna-obcina-kranj", depth: 5) { nodes { id } } }')).toMatch(
      /depth .* got 5/,
    );
  });
});

describe('HTTP exports: /export/graph.json and /export/graph.graphml', () => {
  const query = `focus=${encodeURIComponent(TWINNING)}&depth=1&types=${encodeURIComponent('Twinning,Company,PublicAgency,City')}`;

  it('the JSON export is the GraphQL view itself, as a download', async () => {
    const response = await fetch(`${exportUrl}/export/graph.json?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="graph-twinning-kranj-yekaterinburg.json"',
    );
    const body = (await response.json()) as View;
    expect(body).toEqual(
      await graph(`focus: "${TWINNING}", depth: 1, types: ["Twinning", "Company", "PublicAgency", "City"]`),
    );
    expect(body.nodes.map((n) => n.id)).toContain('org:iskratel');

    const provenance = `focus=${encodeURIComponent(TWINNING)}&depth=2&includeProvenance=true&maxNodes=5000`;
    expect(await (await fetch(`${exportUrl}/export/graph.json?${provenance}`)).json()).toEqual(
      await graph(`focus: "${TWINNING}", depth: 2, includeProvenance: true, maxNodes: 500`),
    );

    const whole = await fetch(`${exportUrl}/export/graph.json?maxNodes=5000`);
    expect(whole.headers.get('content-disposition')).toBe('attachment; filename="graph.json"');
    expect(((await whole.json()) as View).nodes.length).toBeGreaterThan(50);
  });

  it('the GraphML export is well-formed GraphML with the same nodes and edges', async () => {
    const response = await fetch(`${exportUrl}/export/graph.graphml?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="graph-twinning-kranj-yekaterinburg.graphml"',
    );
    const xml = await response.text();
    const view = (await (await fetch(`${exportUrl}/export/graph.json?${query}`)).json()) as View;
    const elements = checkWellFormedXml(xml);
    expect(elements[0]).toBe('graphml');
    expect(xml).toMatch(/<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns"/);
    expect(elements.filter((e) => e === 'graph')).toHaveLength(1);
    expect(elements.filter((e) => e === 'node')).toHaveLength(view.nodes.length);
    expect(elements.filter((e) => e === 'edge')).toHaveLength(view.edges.length);
    for (const key of ['type', 'label', 'quote', 'properties'])
      expect(xml).toMatch(new RegExp(`<key [^>]*attr\\.name="${key}"`));
    expect(xml).toContain('<node id="org:iskratel"><data key="type">Company</data><data key="label">Iskratel</data>');
    // Properties are a JSON string that reads back as the view's.
    const iskratel = /<node id="org:iskratel">.*?<data key="properties">(.*?)<\/data>/.exec(xml)?.[1] ?? '';
    expect(JSON.parse(unescapeXml(iskratel))).toEqual(view.nodes.find((n) => n.id === 'org:iskratel')?.properties);
    const involvement = view.edges.find((e) => e.source === 'org:iskratel')!;
    expect(xml).toContain(
      `<edge id="${involvement.id.replace(/>/g, '&gt;')}" source="org:iskratel" target="${TWINNING}">`,
    );

    // Provenance, with quotes full of non-ASCII text, is well-formed too.
    const withProvenance = await (
      await fetch(`${exportUrl}/export/graph.graphml?includeProvenance=true&maxNodes=5000`)
    ).text();
    expect(checkWellFormedXml(withProvenance).filter((e) => e === 'node').length).toBeGreaterThan(100);
  });

  it('answers a bad parameter with 400 and a message that names it', async () => {
    const cases: [string, RegExp][] = [
      ['depth=9', /depth must be a whole number from 0 to 4; got 9/],
      ['depth=one', /depth must be a whole number from 0 to 4; got "one"/],
      ['maxNodes=0', /maxNodes must be a whole number from 1 to 5000; got 0/],
      ['maxNodes=2.5', /maxNodes must be a whole number/],
      ['types=City,Nowhere', /unknown node kind in types: Nowhere/],
      ['focus=org:nowhere', /focus "org:nowhere" is not the id of any node/],
      ['includeProvenance=maybe', /includeProvenance must be true or false/],
      ['depth=1&depth=2', /depth is given more than once/],
      ['maxnodes=10', /unknown query parameter maxnodes; known: focus, depth, types, includeProvenance, maxNodes/],
    ];
    for (const [parameters, message] of cases) {
      for (const file of ['graph.json', 'graph.graphml']) {
        const response = await fetch(`${exportUrl}/export/${file}?${parameters}`);
        expect(response.status, `${file}?${parameters}`).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(((await response.json()) as { error: string }).error).toMatch(message);
      }
    }
  });

  it('answers 503 when Neo4j cannot be reached', async () => {
    // A port nobody listens on: taken, then freed.
    const probe = createTcpServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { user, password } = inject('neo4j');
    // No retries, so the answer comes at once.
    const down = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    const { server, url } = await serve(graphExportRouter(down, database));
    try {
      const response = await fetch(`${url}/export/graph.json?focus=${encodeURIComponent(TWINNING)}`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toMatch(/not reachable/);
    } finally {
      await close(server);
      await down.close();
    }
  });
});
