import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READS_NEED_TOKEN } from '../../src/api/auth/accessControlPlugin.js';
import { removeDocument } from '../../src/load/removeDocument.js';
import { countingDriver, type CountingDriver } from '../helpers/countingDriver.js';
import { catalogDocumentIds, operationCatalog, type Operation } from '../helpers/operationCatalog.js';
import { startTestApi, type TestApi } from '../helpers/startTestApi.js';
import { testDriver } from '../helpers/testDriver.js';
import { TEST_JWT_SECRET } from '../helpers/testTokens.js';
import { MALFORMED_AUTHORIZATION, TOKEN_KINDS, tokenOfKind, type TokenKind } from '../helpers/tokenVariants.js';

/**
 * The access control matrix: every mutation (each generated create/update/
 * delete and each custom one) and every custom query field, for every caller
 * (anonymous, reader, editor) with every kind of token (valid, expired,
 * wrongly signed, wrong algorithm, none) and malformed headers, on a server
 * with open reads and on one that requires a token for reads. Only what the
 * rule allows happens; every refusal has its status, code and message, and
 * starts no session, transaction or statement (counted on the driver).
 */

/** Each credential's row is ~100 requests one after another: seconds on an idle machine, minutes on a crowded one. */
const LOOP_TIMEOUT = 300_000;
const tag = `acm${Math.random().toString(36).slice(2, 8)}`;

interface Credential {
  readonly name: string;
  readonly kind: TokenKind | 'missing' | 'malformed';
  readonly role?: 'reader' | 'editor';
  /** Set in beforeAll (tokens are signed asynchronously); absent for `missing`. */
  header?: string;
}

const CREDENTIALS: Credential[] = [
  { name: 'anonymous (no header)', kind: 'missing' },
  ...(['reader', 'editor'] as const).flatMap((role) =>
    TOKEN_KINDS.map((kind): Credential => ({ name: `${role} ${kind}`, kind, role })),
  ),
  ...Object.entries(MALFORMED_AUTHORIZATION).map(([name, header]): Credential => ({
    name: `malformed ${name}`,
    kind: 'malformed',
    header,
  })),
];

type Expected =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly status: number; readonly code: string; readonly message: RegExp };

const refused = (status: number, code: string, message: RegExp): Expected => ({
  allowed: false,
  status,
  code,
  message,
});

/** The documented rule (README "Limits and access"): what should happen to `op` from `who`. */
function expectedOutcome(who: Credential, op: Operation, readsNeedToken: boolean): Expected {
  if (who.kind === 'malformed') {
    return refused(401, 'UNAUTHENTICATED', /Authorization header must be "Bearer <token>"|invalid token/);
  }
  if (who.kind !== 'valid' && who.kind !== 'missing') return refused(401, 'UNAUTHENTICATED', /^invalid token: /);
  if (op.kind === 'mutation') {
    if (who.kind === 'missing') return refused(401, 'UNAUTHENTICATED', /^writes need a token/);
    if (who.role !== 'editor') return refused(403, 'FORBIDDEN', /^writes need the "editor" role/);
    return { allowed: true };
  }
  if (who.kind === 'missing' && readsNeedToken) {
    return refused(401, 'UNAUTHENTICATED', new RegExp(`^${READS_NEED_TOKEN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  return { allowed: true };
}

interface Answer {
  readonly status: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function send(api: TestApi, op: Operation, header: string | undefined): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header === undefined ? {} : { authorization: header }) },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** What went wrong with one case, or nothing when it behaved as the rule says. */
function mismatch(expected: Expected, answer: Answer, counting: CountingDriver, op: Operation): string | undefined {
  const errors = answer.body.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.['code']));
  const events = counting.events();
  const seen = `status ${answer.status}, codes [${codes.join(',')}], ${counting.sessions()} sessions, ${counting.transactions()} transactions, ${counting.count()} statements: ${errors[0]?.message ?? ''}`;
  if (!expected.allowed) {
    const ok =
      answer.status === expected.status &&
      codes.length === 1 &&
      codes[0] === expected.code &&
      expected.message.test(errors[0]?.message ?? '') &&
      (answer.body.data ?? null) === null &&
      events.length === 0 &&
      counting.count() === 0;
    return ok ? undefined : `expected ${expected.status} ${expected.code} and no database work; got ${seen}`;
  }
  // Allowed: it reached the database; a write opened a WRITE transaction. A custom write may then be
  // refused by its own validation (removeDocument, mergeEntities with ids that do not exist).
  const clean = answer.status === 200 && errors.length === 0 && answer.body.data?.[op.field] !== undefined;
  const refusedByValidation =
    op.origin === 'custom' && answer.status === 400 && codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT');
  const wrote = events.some((e) => e.kind === 'transaction' && e.accessMode === 'WRITE');
  const writes = op.kind === 'mutation' && op.field !== 'draftImport';
  if (!(clean || refusedByValidation)) return `expected it to run; got ${seen}`;
  if (counting.transactions() === 0) return `expected database work; got ${seen}`;
  if (writes && !wrote) return `expected a WRITE transaction; got ${seen}`;
  return undefined;
}

let real: Driver;
let database: string;
let counting: CountingDriver;
let open: TestApi;
let closed: TestApi;
const tally: { server: string; credential: string; tried: number; allowed: number; refused: number }[] = [];

beforeAll(async () => {
  ({ driver: real, database } = testDriver());
  counting = countingDriver(real);
  open = await startTestApi(counting.driver, database, { AUTH_JWT_SECRET: TEST_JWT_SECRET });
  closed = await startTestApi(counting.driver, database, {
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    AUTH_REQUIRE_FOR_READS: 'true',
  });
  for (const who of CREDENTIALS) {
    if (who.role && who.kind !== 'missing' && who.kind !== 'malformed') {
      who.header = `Bearer ${await tokenOfKind(who.kind, [who.role])}`;
    }
  }
  // @neo4j/graphql asks the database for its version on its first request: not part of any case.
  await open.graphql('{ documents(limit: 1) { id } }');
});

afterAll(async () => {
  for (const id of catalogDocumentIds(tag)) await removeDocument(real, database, id).catch(() => undefined);
  await real.executeQuery(
    'MATCH (e:AuditEvent) WHERE e.documentId IN $docs DETACH DELETE e',
    { docs: catalogDocumentIds(tag) },
    { database },
  );
  await real.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag }, { database });
  const sum = (key: 'tried' | 'allowed' | 'refused'): number => tally.reduce((n, t) => n + t[key], 0);
  process.stdout.write(
    `access matrix: ${sum('tried')} cases (${CREDENTIALS.length} credentials × operations, 2 servers): ` +
      `${sum('allowed')} allowed, ${sum('refused')} refused with no database work\n` +
      tally
        .map((t) => `  ${t.server.padEnd(12)} ${t.credential.padEnd(34)} ${t.tried} tried, ${t.allowed} allowed\n`)
        .join(''),
  );
  await open?.stop();
  await closed?.stop();
  await real?.close();
});

/** Runs every operation of `ops` from `who` on `api`, one at a time, and lists what broke the rule. */
async function runMatrix(server: string, api: TestApi, ops: Operation[], who: Credential, readsNeedToken: boolean) {
  const problems: string[] = [];
  let allowed = 0;
  for (const op of ops) {
    const expected = expectedOutcome(who, op, readsNeedToken);
    counting.reset();
    const answer = await send(api, op, who.header);
    const problem = mismatch(expected, answer, counting, op);
    if (problem) problems.push(`${op.kind} ${op.field}: ${problem}`);
    if (expected.allowed) allowed += 1;
  }
  tally.push({ server, credential: who.name, tried: ops.length, allowed, refused: ops.length - allowed });
  return problems;
}

/** Every mutation, and the custom query fields (the generated reads follow the same rule; accessModes runs them). */
function matrixOperations(api: TestApi): Operation[] {
  return operationCatalog(api.schema, tag).filter((op) => op.kind === 'mutation' || op.origin === 'custom');
}

describe('the catalog', () => {
  it('has every generated create, update and delete and the custom mutations and questions', () => {
    const ops = matrixOperations(open);
    const mutations = ops.filter((o) => o.kind === 'mutation').map((o) => o.field);
    // Every generated create has its update and delete, for at least the twenty-odd kinds of node.
    const kinds = mutations.filter((m) => m.startsWith('create')).map((m) => m.slice('create'.length));
    expect(kinds.length).toBeGreaterThanOrEqual(20);
    for (const kind of kinds) expect(mutations).toEqual(expect.arrayContaining([`update${kind}`, `delete${kind}`]));
    expect(mutations).toEqual(
      expect.arrayContaining([
        'createCountries',
        'updateCountries',
        'deleteCountries',
        'importFacts',
        'loadReviewedDraft',
        'removeDocument',
        'mergeEntities',
        'draftImport',
      ]),
    );
    expect(ops.filter((o) => o.kind === 'query').map((o) => o.field)).toEqual(
      expect.arrayContaining(['twinnings', 'partnerNetwork', 'graph', 'search', 'connection', 'entity', 'graphStats']),
    );
  });
});

describe('access matrix, reads open (the default)', () => {
  for (const who of CREDENTIALS) {
    it(
      `${who.name}: only what the rule allows happens, refusals start no transaction`,
      async () => {
        expect(await runMatrix('reads open', open, matrixOperations(open), who, false)).toEqual([]);
      },
      LOOP_TIMEOUT,
    );
  }

  it("an editor's custom writes really happened", async () => {
    const { records } = await real.executeQuery(
      'MATCH (d:Document) WHERE d.id IN $docs RETURN d.id AS id ORDER BY id',
      { docs: catalogDocumentIds(tag) },
      { database },
    );
    expect(records.map((r) => r.get('id'))).toEqual(catalogDocumentIds(tag).sort());
  });
});

describe('access matrix, AUTH_REQUIRE_FOR_READS=true', () => {
  for (const who of CREDENTIALS) {
    it(
      `${who.name}: reads need a verified token, refusals start no transaction`,
      async () => {
        const reads = matrixOperations(closed).filter((op) => op.kind === 'query');
        expect(await runMatrix('reads closed', closed, reads, who, true)).toEqual([]);
      },
      LOOP_TIMEOUT,
    );
  }
});
