import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { factsFileSchema, type RawFactsFile } from '../../../src/facts/factsSchema.js';
import { validateFacts, type ValidatedFacts } from '../../../src/facts/validateFacts.js';

/** Node kinds that recur across documents (people, places, bodies, companies, the twinning): variants share them. */
const SHARED_KINDS = new Set([
  'Person',
  'Country',
  'City',
  'Municipality',
  'Company',
  'GovernmentBody',
  'PublicAgency',
  'Office',
  'Commission',
  'Twinning',
]);

/** A seed facts file as written (before validation) and the text of its document. */
export interface SeedDocument {
  readonly source: string;
  readonly raw: RawFactsFile;
  readonly text: string;
}

/** Reads a facts file and its document's text, unvalidated: the variants are made from the file as a curator wrote it. */
export async function readSeedDocument(seedFile: string): Promise<SeedDocument> {
  const source = resolve(seedFile);
  const raw = factsFileSchema.parse(parseYaml(await readFile(source, 'utf8')));
  const text = await readFile(resolve(dirname(source), raw.document.file), 'utf8');
  return { source, raw, text };
}

/**
 * The facts file of variant `k` of a seed document, rewritten as a curator
 * could have written it (so `importFacts` accepts it as it is): its own
 * document id (`doc:crash-<tag>-<k>`) and date, hence its own passages; its
 * own sessions, items, resolutions, votes, statements, events and
 * memberships; a quarter of its people its own too, the others (and the
 * places, bodies, companies and the twinning) shared with every other
 * variant, so imports overlap. Odd variants describe the shared people
 * differently, so documents disagree and PROPERTY_CONFLICT findings span
 * documents. The text is the seed's, so every quote stays at its offset.
 */
export function variantFile(seed: SeedDocument, tag: string, k: number): RawFactsFile {
  const base = seed.raw;
  const oldDoc = base.document.id;
  const doc = `doc:crash-${tag}-${k}`;
  // Ids are `kind:slug` with a slug of [a-z0-9.-]: the suffix keeps a variant's own ids valid.
  const suffix = `.crash-${tag}-${k}`;
  const people = base.nodes.filter((n) => n.type === 'Person').map((n) => n.id);
  const renamed = new Set(
    base.nodes
      .filter((n) => !SHARED_KINDS.has(n.type) || (n.type === 'Person' && people.indexOf(n.id) % 4 === k % 4))
      .map((n) => n.id),
  );
  const entity = (id: string): string => (id === oldDoc ? doc : renamed.has(id) ? `${id}${suffix}` : id);
  const nodes = base.nodes.map((n) => {
    const shared = n.type === 'Person' && k % 2 === 1 && !renamed.has(n.id);
    return { ...n, id: entity(n.id), ...(shared ? { description: `As variant ${k} has it.` } : {}) };
  });
  const relations = base.relations.map((r) => {
    const own = entity(r.from) !== r.from || entity(r.to) !== r.to;
    // Without an id the validator derives one from the (renamed) ends.
    return { ...r, ...(r.id ? { id: own ? `${r.id}${suffix}` : r.id } : {}), from: entity(r.from), to: entity(r.to) };
  });
  return {
    document: {
      ...base.document,
      id: doc,
      date: `${2010 + (k % 15)}-${String(1 + (k % 9)).padStart(2, '0')}-15`,
      title: `${base.document.title} (crash-test variant ${k})`,
    },
    nodes,
    relations,
  };
}

/** Variant `k` validated against the seed's text, exactly as `npm run seed` or `importFacts` would load its file. */
export function documentVariant(seed: SeedDocument, tag: string, k: number): ValidatedFacts {
  return validateFacts(`${seed.source}#variant-${k}`, variantFile(seed, tag, k), seed.text);
}
