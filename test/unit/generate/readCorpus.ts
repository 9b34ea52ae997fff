import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFactsFile } from '../../../src/facts/readFactsFile.js';
import type { ValidatedFacts } from '../../../src/facts/validateFacts.js';

/** Every facts file of a generated corpus, in shard and name order. */
export function factsFiles(out: string): string[] {
  const root = join(out, 'facts');
  return readdirSync(root)
    .sort()
    .flatMap((shard) =>
      readdirSync(join(root, shard))
        .sort()
        .map((f) => join(root, shard, f)),
    );
}

/** Reads and validates every facts file through the project's own reader (throws on the first bad one). */
export async function readCorpus(out: string): Promise<ValidatedFacts[]> {
  const all: ValidatedFacts[] = [];
  for (const file of factsFiles(out)) all.push(await readFactsFile(file));
  return all;
}

/** The graph these facts make when loaded, counted the loader's way (distinct ids), for checking the manifest. */
export function countGraph(all: readonly ValidatedFacts[]): {
  nodes: number;
  relationships: number;
  claims: number;
  entityTypes: Map<string, string>;
} {
  const entityTypes = new Map<string, string>();
  const relations = new Set<string>();
  let passages = 0;
  let evidence = 0;
  let claims = 0;
  for (const f of all) {
    passages += f.passages.length;
    claims += f.nodes.length + f.relations.length;
    for (const n of f.nodes) {
      const known = entityTypes.get(n.id);
      if (known !== undefined && known !== n.type)
        throw new Error(`${n.id} is a ${n.type} in ${f.source} but a ${known} elsewhere`);
      entityTypes.set(n.id, n.type);
      evidence += new Set(n.passageIds).size;
    }
    for (const r of f.relations) relations.add(r.id);
  }
  return {
    nodes: entityTypes.size + all.length + passages,
    relationships: relations.size + evidence + passages,
    claims,
    entityTypes,
  };
}
