import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../src/load/removeDocument.js';
import { documentFootprint, type Footprint } from '../helpers/documentFootprint.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET as SECRET, bearer as token } from '../helpers/testTokens.js';

// Surnames no other test uses, so these documents meet only each other in the graph.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 5)
  .padEnd(5, 'q');
const S = { ana: `Ana Kos${tag}`, marija: `Marija Kos${tag}`, peter: `Peter Zupan${tag}`, jure: `Jure Bric${tag}` };
const GUEST = `Tomaž Hrast${tag}`;

let driver: Driver;
let database: string;
let api: TestApi;
const loadedDocuments = new Set<string>();

/** Minutes of a council session of Bovec (session number, day, attendees, the item on Pliberk). */
function minutes(n: number, day: string, date: string, present: string, extra: string): string {
  return [
    'OBČINA BOVEC',
    'OBČINSKI SVET',
    '',
    'ZAPISNIK',
    '',
    `${n}. redne seje Občinskega sveta Občine Bovec, ki je bila v četrtek, ${day} ob 18. uri v sejni sobi Občine Bovec.`,
    '',
    `PRISOTNI: ${present}.`,
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
    'Seja se je končala ob 19.05.',
    '',
    `Datum: ${date}`,
  ].join('\n');
}

const SETUP_TEXT = minutes(
  5,
  '12. januarja 2023,',
  '2023-01-13',
  `${S.ana} – županja, ${S.marija}, ${S.peter} – člani sveta`,
  'Razprave o pobratenju ni bilo.',
);
// "Ana Marija Kos…" resembles both Ana Kos… and Marija Kos… of the graph: a reviewer chooses.
const REVIEW_TEXT = minutes(
  6,
  '9. februarja 2023,',
  '2023-02-10',
  `${S.jure} – župan, ${S.peter} – član sveta`,
  `Ana Marija Kos${tag} je predlagala pobratenje Občine Bovec z mestom Pliberk. Gost ${GUEST} je pozdravil predlog.\n\n` +
    'Občinski svet je soglasno (3 PRISOTNI: 3 ZA) sprejel naslednji SKLEP:\n' +
    'Občinski svet Občine Bovec podpira pobratenje z mestom Pliberk (Avstrija).',
);

interface Proposal {
  fact: string;
  kind: string;
  label: string;
  quote: string;
  start: number;
  end: number;
  review: string | null;
  candidates: { id: string; type: string; name: string }[];
}
interface Draft {
  documentId: string;
  documentText: string;
  facts: string;
  review: { fact: string }[];
  proposals: Proposal[];
}

const DRAFT = `mutation ($name: String!, $text: String) {
  draftImport(fileName: $name, text: $text) {
    documentId documentText facts review { fact }
    proposals { fact kind label quote start end review candidates { id type name } }
  }
}`;
const LOAD = `mutation ($f: String!, $t: String!, $d: [ReviewDecisionInput!]!) {
  loadReviewedDraft(facts: $f, documentText: $t, decisions: $d) {
    documentId nodes relations pending nodesCreated relationshipsCreated decisions rejected
  }
}`;

type Decision = { fact: string; action: string; candidateId?: string; name?: string; note?: string };

async function draft(name: string, text: string): Promise<Draft> {
  const res = await api.graphql<{ draftImport: Draft }>(DRAFT, { name, text }, await token(['editor']));
  expect(res.errors).toBeUndefined();
  return res.data!.draftImport;
}

/** What this file's two documents put in the graph (other files load documents of their own meanwhile). */
function graphSize(): Promise<Footprint> {
  return documentFootprint(driver, database, { ids: [...loadedDocuments, reviewed.documentId] });
}

let reviewed: Draft;
let decisions: Decision[];
let chosen: string;
let other: string;

beforeAll(async () => {
  ({ driver, database } = testDriver());
  api = await startTestApi(driver, database, { AUTH_JWT_SECRET: SECRET });
  const setup = await draft('bovec-5.txt', SETUP_TEXT);
  const loaded = await api.graphql<{ importFacts: { documentId: string } }>(
    'mutation ($f: String!, $t: String!) { importFacts(facts: $f, documentText: $t) { documentId } }',
    { f: setup.facts, t: setup.documentText },
    await token(['editor']),
  );
  expect(loaded.errors).toBeUndefined();
  loadedDocuments.add(loaded.data!.importFacts.documentId);
  reviewed = await draft('bovec-6.txt', REVIEW_TEXT);
});

afterAll(async () => {
  for (const id of loadedDocuments) await removeDocument(driver, database, id).catch(() => undefined);
  await api?.stop();
  await driver?.close();
});

describe('reviewing a draft', () => {
  it('proposes every fact of the draft with a label, its passage in code points, its doubt and candidates', () => {
    const text = Array.from(reviewed.documentText);
    const facts = reviewed.proposals.map((p) => p.fact);
    expect(new Set(facts).size).toBe(facts.length);
    for (const p of reviewed.proposals) expect(text.slice(p.start, p.end).join(''), p.fact).toBe(p.quote);
    // Every review item is a proposal, with its reason.
    for (const r of reviewed.review) expect(reviewed.proposals.find((p) => p.fact === r.fact)?.review).toBeTruthy();
    expect(reviewed.proposals.some((p) => p.review === null)).toBe(true);
    expect(reviewed.proposals.find((p) => p.label === S.jure)?.kind).toBe('Person');
    expect(reviewed.proposals.some((p) => p.label.startsWith(`${S.jure} → ATTENDED → `))).toBe(true);

    const doubtful = reviewed.proposals.find((p) => p.quote === `Ana Marija Kos${tag}` && p.kind === 'Person');
    expect(doubtful?.review).toMatch(/resembles/);
    expect(doubtful?.candidates.map((c) => c.name).sort()).toEqual([S.ana, S.marija].sort());
    expect(doubtful?.candidates.every((c) => c.type === 'Person')).toBe(true);
    // The draft links the name to its best candidate; the reviewer chooses the other one.
    chosen = doubtful!.candidates.find((c) => c.id !== doubtful!.fact)!.id;
    other = doubtful!.fact;

    const guest = reviewed.proposals.find((p) => p.kind === 'Person' && p.quote.includes(GUEST))!;
    expect(guest.review).toMatch(/not in the graph/);
    const rejected = reviewed.proposals.filter((p) => p.review && p.kind === 'StatusChange');
    expect(rejected.length).toBeGreaterThan(0);
    decisions = reviewed.proposals
      .filter((p) => p.review)
      .map((p): Decision => {
        if (p === doubtful) return { fact: p.fact, action: 'CHOOSE_CANDIDATE', candidateId: chosen };
        if (p === guest) return { fact: p.fact, action: 'CORRECT', name: GUEST, note: 'not "Gost"' };
        if (p.kind === 'StatusChange') return { fact: p.fact, action: 'REJECT', note: 'no date of its own' };
        return { fact: p.fact, action: 'ACCEPT' };
      });
  });

  it('refuses a reader, and a bad decision, and leaves the graph as it was', async () => {
    const before = await graphSize();
    const reader = await api.graphql(
      LOAD,
      { f: reviewed.facts, t: reviewed.documentText, d: decisions },
      await token(['reader']),
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.graphql(
      LOAD,
      {
        f: reviewed.facts,
        t: reviewed.documentText,
        d: [
          ...decisions,
          { fact: 'person:nobody-at-all', action: 'ACCEPT' },
          { fact: other, action: 'CHOOSE_CANDIDATE', candidateId: 'person:not-a-candidate' },
        ],
      },
      await token(['editor']),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/"person:nobody-at-all" \(ACCEPT\): no fact of this draft/);
    expect(bad.errors?.[0]?.extensions?.problems).toHaveLength(2);
    expect(await graphSize()).toEqual(before);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN count(d) AS n',
      { id: reviewed.documentId },
      { database },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('loads the reviewed draft: accepted facts in, rejected out, the chosen entity linked, decisions recorded', async () => {
    const res = await api.graphql<{
      loadReviewedDraft: { documentId: string; pending: number; decisions: number; rejected: number };
    }>(LOAD, { f: reviewed.facts, t: reviewed.documentText, d: decisions }, await token(['editor']));
    expect(res.errors).toBeUndefined();
    const report = res.data!.loadReviewedDraft;
    loadedDocuments.add(report.documentId);
    expect(report.documentId).toBe(reviewed.documentId);
    expect(report.pending).toBe(0);
    expect(report.decisions).toBe(decisions.length);
    expect(report.rejected).toBe(decisions.filter((d) => d.action === 'REJECT').length);

    const doc = reviewed.documentId;
    const linked = await driver.executeQuery(
      `MATCH (p:Person)-[r:INVOLVED_IN {documentId: $doc}]->(:Twinning) RETURN p.id AS id, p.name AS name`,
      { doc },
      { database },
    );
    expect(linked.records.map((r) => r.get('id'))).toContain(chosen);
    expect(linked.records.map((r) => r.get('id'))).not.toContain(other);
    const guest = await driver.executeQuery(
      `MATCH (p:Person {name: $name})-[:EVIDENCED_BY]->(pa:Passage {documentId: $doc}) RETURN pa.quote AS quote`,
      { name: GUEST, doc },
      { database },
    );
    expect(guest.records.map((r) => r.get('quote'))).toEqual([expect.stringContaining(GUEST)]);
    const rejected = decisions.filter((d) => d.action === 'REJECT').map((d) => d.fact);
    const accepted = decisions.filter((d) => d.action === 'ACCEPT' && !d.fact.includes(' ')).map((d) => d.fact);
    const present = await driver.executeQuery(
      'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, n IS NOT NULL AS present',
      { ids: [...rejected, ...accepted] },
      { database },
    );
    const there = new Map(present.records.map((r) => [String(r.get('id')), Boolean(r.get('present'))]));
    for (const id of rejected) expect(there.get(id), id).toBe(false);
    for (const id of accepted) expect(there.get(id), id).toBe(true);

    // Readers read the record through the generated API.
    const record = await api.graphql<{
      reviewDecisions: {
        fact: string;
        action: string;
        candidateId: string | null;
        reviewer: string;
        document: { id: string }[];
      }[];
    }>(
      `query ($doc: String!) { reviewDecisions(where: { documentId: { eq: $doc } }) {
        fact action candidateId name note reviewer decidedAt document { id } } }`,
      { doc },
      await token(['reader']),
    );
    expect(record.errors).toBeUndefined();
    const rows = record.data!.reviewDecisions;
    expect(rows).toHaveLength(decisions.length);
    expect(rows.every((r) => r.reviewer === 'tester' && r.document[0]?.id === doc)).toBe(true);
    expect(rows.find((r) => r.fact === other)).toMatchObject({ action: 'CHOOSE_CANDIDATE', candidateId: chosen });
  });

  it('adds nothing when the same draft is loaded with the same decisions again, and writes only through the mutation', async () => {
    const before = await graphSize();
    const again = await api.graphql<{ loadReviewedDraft: { nodesCreated: number; relationshipsCreated: number } }>(
      LOAD,
      { f: reviewed.facts, t: reviewed.documentText, d: decisions },
      await token(['editor']),
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.loadReviewedDraft).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphSize()).toEqual(before);
    const create = await api.graphql(
      'mutation { createReviewDecisions(input: [{ id: "x" }]) { reviewDecisions { id } } }',
      {},
      await token(['editor']),
    );
    expect(create.errors?.[0]?.message).toMatch(/Cannot query field "createReviewDecisions"/);
  });

  it('removes the decision records with their document', async () => {
    await removeDocument(driver, database, reviewed.documentId);
    loadedDocuments.delete(reviewed.documentId);
    const { records } = await driver.executeQuery(
      'MATCH (r:ReviewDecision {documentId: $doc}) RETURN count(r) AS n',
      { doc: reviewed.documentId },
      { database },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });
});
