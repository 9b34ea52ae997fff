import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from './runCli.js';

const SEED = 'kranj-kmms-2021-12-14-seja-2';

/** Ids every copy shares: the countries, cities and the municipality, and one person. */
const SHARED = /^(country|city):|^org:mestna-obcina-kranj$|^person:bostjan-trilar$/;

interface RawFacts {
  document: Record<string, unknown>;
  nodes: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

export interface SeedCorpusOptions {
  /** How many documents. */
  readonly documents: number;
  /** Appended to every id that is not shared, so that corpora of two tests do not meet. */
  readonly tag: string;
  /** Copies whose number is a multiple of this call China by another name (a PROPERTY_CONFLICT); 0 never. */
  readonly conflictEvery?: number;
}

/**
 * A corpus like seed/ made of copies of the seed document: copy k has its own
 * document id and date, and its own ids for everything but the shared
 * countries, cities, municipality and chair, so the documents share some
 * entities (several claims, evidence in several documents) and differ in
 * the rest. Written as facts/<k % 3>/<id>.facts.yaml + documents/<id>.txt.
 */
export async function writeSeedCorpus(dir: string, options: SeedCorpusOptions): Promise<string[]> {
  const raw = parse(await readFile(join(PROJECT_ROOT, 'seed/facts', `${SEED}.facts.yaml`), 'utf8')) as RawFacts;
  const text = join(PROJECT_ROOT, 'seed/documents', `${SEED}.txt`);
  const files: string[] = [];
  for (let k = 0; k < options.documents; k += 1) {
    const name = `bulk-${options.tag}-${k}`;
    const docId = `doc:${name}`;
    const rename = (id: string): string =>
      id === raw.document['id'] ? docId : SHARED.test(id) ? id : `${id}-${options.tag}-${k}`;
    const conflict = options.conflictEvery ? k % options.conflictEvery === 0 : false;
    const facts: RawFacts = {
      document: {
        ...raw.document,
        id: docId,
        file: `../../documents/${name}.txt`,
        date: `${2010 + (k % 12)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`,
      },
      nodes: raw.nodes.map((n) => {
        const id = String(n['id']);
        const renamed: Record<string, unknown> = { ...n, id: rename(id) };
        if (conflict && id === 'country:china') renamed['name'] = `Kitajska ${k}`;
        return renamed;
      }),
      relations: raw.relations.map((r) => ({
        ...r,
        ...(r['id'] ? { id: rename(String(r['id'])) } : {}),
        from: rename(String(r['from'])),
        to: rename(String(r['to'])),
      })),
    };
    const folder = join(dir, 'facts', String(k % 3));
    await mkdir(folder, { recursive: true });
    await mkdir(join(dir, 'documents'), { recursive: true });
    await copyFile(text, join(dir, 'documents', `${name}.txt`));
    const file = join(folder, `${name}.facts.yaml`);
    await writeFile(file, stringify(facts, { lineWidth: 0 }));
    files.push(file);
  }
  return files;
}
