import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/useTestApi.js';

const tag = `stale-${randomUUID().slice(0, 8)}`;
const COUNTRIES = 2_000;
/** Each round: the list is read while a batch of the countries it lists is deleted, one transaction per country. */
const ROUNDS = 10;

describe('generated reads while the nodes they list are deleted', () => {
  const fixture = useTestApi();

  afterAll(async () => {
    await fixture.driver?.executeQuery(
      'MATCH (c:Country) WHERE c.id STARTS WITH $tag DETACH DELETE c',
      { tag },
      {
        database: fixture.database,
      },
    );
  });

  it('answer with the nodes as they are, never an error for a node that vanished mid-read', async () => {
    const { api, driver, database } = fixture;
    await driver.executeQuery(
      'UNWIND range(1, $n) AS i CREATE (:Country:Actor {id: $tag + "-" + i, name: $tag + " " + i, aliases: []})',
      { n: COUNTRIES, tag },
      { database },
    );
    // Sorted over every match before it is projected: the widest window between matching a node and reading it.
    const list = `query Stale($prefix: ID!) {
      countries(where: { id: { startsWith: $prefix } }, sort: [{ name: DESC }], limit: 500) { id name aliases }
    }`;
    const problems: string[] = [];
    let answers = 0;
    let remaining = COUNTRIES;
    for (let round = 0; round < ROUNDS; round++) {
      const victims = Array.from({ length: 100 }, (_, i) => `${tag}-${COUNTRIES - round * 100 - i}`);
      const deleting = (async () => {
        for (const id of victims) {
          await driver.executeQuery('MATCH (c:Country {id: $id}) DETACH DELETE c', { id }, { database });
        }
      })();
      let done = false;
      void deleting.then(() => (done = true));
      while (!done) {
        const { data, errors } = await api.graphql<{ countries: { id: string; name: string }[] }>(list, {
          prefix: tag,
        });
        answers++;
        if (errors?.length) problems.push(errors.map((e) => e.message).join('; '));
        for (const country of data?.countries ?? []) {
          if (typeof country.id !== 'string' || typeof country.name !== 'string') {
            problems.push(`a country without id or name: ${JSON.stringify(country)}`);
          }
        }
      }
      await deleting;
      remaining -= victims.length;
    }
    expect(problems).toEqual([]);
    expect(answers).toBeGreaterThan(ROUNDS);
    const { data } = await api.graphql<{ countries: { id: string }[] }>(list, { prefix: tag });
    expect(data?.countries).toHaveLength(Math.min(500, remaining));
  }, 180_000);
});
