import { randomUUID } from 'node:crypto';

/** A short document for facts tests: offsets below are into this text. */
export const FIXTURE_TEXT =
  'Zapisnik. Mestna občina Kranj se je pobratila z mestom Zhangjiakou. Katja Štruc je poročala.';

/**
 * A small valid facts file (as parsed YAML) over FIXTURE_TEXT, with ids made
 * unique per call so tests that load it never meet another test's data.
 */
export function factsFixture(tag = randomUUID().slice(0, 8)): {
  document: Record<string, unknown>;
  nodes: Record<string, unknown>[];
  relations: Record<string, unknown>[];
} {
  const at = (quote: string): { start: number; quote: string } => ({
    start: Array.from(FIXTURE_TEXT.slice(0, FIXTURE_TEXT.indexOf(quote))).length,
    quote,
  });
  return {
    document: {
      id: `doc:test-${tag}`,
      file: 'fixture.txt',
      title: 'Zapisnik',
      titleEn: 'Minutes',
      kind: 'MINUTES',
      language: 'sl',
      date: '2021-12-14',
    },
    nodes: [
      {
        id: `org:mok-${tag}`,
        type: 'Municipality',
        name: 'Mestna občina Kranj',
        aliases: ['MOK'],
        evidence: [at('Mestna občina Kranj')],
      },
      {
        id: `city:zhangjiakou-${tag}`,
        type: 'City',
        name: 'Zhangjiakou',
        aliases: ['张家口'],
        evidence: [at('Zhangjiakou')],
      },
      { id: `person:katja-struc-${tag}`, type: 'Person', name: 'Katja Štruc', evidence: [at('Katja Štruc')] },
      {
        id: `twinning:kranj-zhangjiakou-${tag}`,
        type: 'Twinning',
        kind: 'TWINNING',
        name: 'Pobratenje Kranj–Zhangjiakou',
        nameEn: 'Kranj–Zhangjiakou twinning',
        evidence: [at('se je pobratila z mestom Zhangjiakou')],
      },
      {
        id: `step:signed-${tag}`,
        type: 'StatusChange',
        status: 'SIGNED',
        date: '2021-12-13',
        evidence: [at('se je pobratila')],
      },
    ],
    relations: [
      {
        type: 'PARTNER',
        from: `twinning:kranj-zhangjiakou-${tag}`,
        to: `city:zhangjiakou-${tag}`,
        evidence: at('z mestom Zhangjiakou'),
      },
      {
        type: 'HAS_STEP',
        from: `twinning:kranj-zhangjiakou-${tag}`,
        to: `step:signed-${tag}`,
        evidence: at('se je pobratila'),
      },
      {
        type: 'INVOLVED_IN',
        from: `org:mok-${tag}`,
        to: `twinning:kranj-zhangjiakou-${tag}`,
        properties: { role: 'INITIATED' },
        evidence: at('Mestna občina Kranj se je pobratila'),
      },
    ],
  };
}
