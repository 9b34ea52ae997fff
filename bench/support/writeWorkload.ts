import { stringify } from 'yaml';
import { FIXTURE_TEXT, factsFixture } from '../../test/helpers/factsFixture.js';

export interface WriteStats {
  /** Write operations answered without error, by kind. */
  readonly done: Record<string, number>;
  errors: number;
  /** Milliseconds of every write, for percentiles. */
  readonly latencies: number[];
  firstFailure?: string;
}

export interface WriteLoop {
  readonly stats: WriteStats;
  /** Finishes the cycle in progress (so nothing is left in the graph) and resolves. */
  stop(): Promise<void>;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/**
 * One writer, as an editor would be: over and over, imports a small facts
 * document with ids of its own (`importFacts`), removes it again
 * (`removeDocument`), then creates, renames and deletes a country through the
 * generated mutations, each id unique to the cycle. Each cycle leaves the
 * graph as it was (but for the audit events the writes record).
 */
export function startWriteLoop(url: string, token: string, tag: string): WriteLoop {
  const stats: WriteStats = { done: {}, errors: 0, latencies: [] };
  let running = true;
  const send = async (kind: string, query: string, variables: Record<string, unknown>): Promise<void> => {
    const began = performance.now();
    let failure: string | undefined;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLAnswer;
      if (!response.ok || body.errors?.length) failure = `${kind}: ${response.status} ${JSON.stringify(body.errors)}`;
    } catch (error) {
      const cause = (error as Error & { cause?: { message?: string; code?: string } }).cause;
      failure = `${kind}: ${(error as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`;
    }
    stats.latencies.push(performance.now() - began);
    if (failure === undefined) {
      stats.done[kind] = (stats.done[kind] ?? 0) + 1;
    } else {
      stats.errors++;
      stats.firstFailure ??= failure.slice(0, 400);
    }
  };
  const cycle = async (n: number): Promise<void> => {
    const id = `${tag}-${n}`;
    const facts = factsFixture(id);
    await send(
      'importFacts',
      'mutation Import($f: String!, $t: String!) { importFacts(facts: $f, documentText: $t) { documentId } }',
      { f: stringify(facts), t: FIXTURE_TEXT },
    );
    await send('removeDocument', 'mutation Remove($id: String!) { removeDocument(id: $id) { documentId } }', {
      id: facts.document['id'],
    });
    const country = `country:${id}`;
    await send(
      'createCountries',
      'mutation Create($id: ID!) { createCountries(input: [{ id: $id, name: "Soak", aliases: [] }]) { countries { id } } }',
      { id: country },
    );
    await send(
      'updateCountries',
      'mutation Update($id: ID!) { updateCountries(where: { id: { eq: $id } }, update: { name: { set: "Soak 2" } }) { countries { id name } } }',
      { id: country },
    );
    await send(
      'deleteCountries',
      'mutation Delete($id: ID!) { deleteCountries(where: { id: { eq: $id } }) { nodesDeleted } }',
      { id: country },
    );
  };
  const loop = (async () => {
    for (let n = 0; running; n++) await cycle(n);
  })();
  return {
    stats,
    async stop() {
      running = false;
      await loop;
    },
  };
}
