import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusTally } from './corpusTally.js';
import { emitFactsYaml } from './emitFactsYaml.js';
import { FirstSeen } from './firstSeen.js';
import { progressPrinter } from './progressLine.js';
import { randomFor } from './random.js';
import { planSize } from './sizePlan.js';
import { buildWorld } from './world.js';
import { buildWorldPlaces } from './worldPlaces.js';
import { writeSession } from './writeSession.js';

/** Bumped whenever the same seed would give different output. */
export const GENERATOR_VERSION = 2;
/** Files per shard folder. */
export const SHARD_SIZE = 1000;

export interface GenerateOptions {
  readonly nodes: number;
  readonly seed: number;
  readonly out: string;
  /** Progress lines (stderr in the command); none when omitted. */
  readonly progress?: (line: string) => void;
}

export interface GenerateSummary {
  readonly out: string;
  readonly documents: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly claims: number;
  readonly bytes: number;
  readonly milliseconds: number;
  readonly peakRssMb: number;
  readonly manifest: Manifest;
}

export interface Manifest {
  readonly generator: string;
  readonly generatorVersion: number;
  readonly seed: number;
  readonly nodesRequested: number;
  readonly documents: number;
  readonly layout: { readonly documents: string; readonly facts: string; readonly shardSize: number };
  readonly world: {
    readonly municipalities: number;
    readonly bodies: number;
    readonly firstMonth: string;
    readonly lastDate: string;
  };
  readonly graph: {
    readonly note: string;
    readonly nodes: number;
    readonly relationships: number;
    readonly nodesByLabel: Record<string, number>;
    readonly relationshipsByType: Record<string, number>;
    readonly claims: number;
    readonly findings: number;
  };
  readonly facts: { readonly nodeFacts: number; readonly relationFacts: number };
  readonly bytes: number;
}

function shardName(n: number): string {
  return String(Math.floor(n / SHARD_SIZE)).padStart(4, '0');
}

function sorted(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes a synthetic corpus in the facts format, one session's minutes per
 * document, month by month across every body of every municipality of the
 * world planned for the target, until the graph it makes reaches `nodes`
 * (entities + documents + passages). Streams: each document is written and
 * forgotten; what stays is the world (bodies, rosters, twinning plans) and a
 * few bits per entity. The same options give byte-identical output.
 */
export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const began = performance.now();
  const plan = planSize(options.nodes);
  const places = buildWorldPlaces(options.seed, plan.municipalities);
  const world = buildWorld(options.seed, plan, places);
  const seen = new FirstSeen();
  const tally = new CorpusTally();
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const progress = progressPrinter((line) => options.progress?.(line));
  const line = (): string => {
    const s = (performance.now() - began) / 1000;
    return `generate: ${tally.documents.toLocaleString('en')} documents, ${tally.nodes().toLocaleString('en')} of ${options.nodes.toLocaleString('en')} nodes (${Math.min(100, (100 * tally.nodes()) / options.nodes).toFixed(1)}%), ${tally.relationships().toLocaleString('en')} relationships, ${(tally.documents / Math.max(s, 0.001)).toFixed(0)} documents/s`;
  };
  let nodeFacts = 0;
  let relationFacts = 0;
  let lastDate = '';
  outer: for (let month = plan.firstMonth; month <= plan.lastMonth; month++) {
    const sessions: { body: number; day: number }[] = [];
    for (const body of world.bodies) {
      const rng = randomFor(options.seed, 'meets', body.index, month);
      const summer = month % 12 === 7;
      if (!rng.chance((body.perYear / 12) * (summer ? 0.3 : 1.08))) continue;
      sessions.push({ body: body.index, day: rng.int(1, 28) });
    }
    sessions.sort((a, b) => a.day - b.day || a.body - b.body);
    for (const s of sessions) {
      if (tally.nodes() >= options.nodes) break outer;
      const body = world.bodies[s.body];
      const m = body ? world.municipalities[body.municipality] : undefined;
      if (!body || !m) continue;
      const rng = randomFor(options.seed, 'session', body.index, month);
      const written = writeSession(world, seen, m, body, month, s.day, rng);
      const shard = shardName(tally.documents);
      if (tally.documents % SHARD_SIZE === 0) {
        mkdirSync(join(options.out, 'documents', shard), { recursive: true });
        mkdirSync(join(options.out, 'facts', shard), { recursive: true });
      }
      const text = written.doc.text();
      const facts = emitFactsYaml(
        { ...written.header, file: `../../documents/${shard}/${written.stem}.txt` },
        written.doc,
      );
      writeFileSync(join(options.out, 'documents', shard, `${written.stem}.txt`), text);
      writeFileSync(join(options.out, 'facts', shard, `${written.stem}.facts.yaml`), facts);
      nodeFacts += written.doc.nodes.size;
      relationFacts += written.doc.relations.length;
      lastDate = written.header.date;
      tally.add(written.doc, Buffer.byteLength(text) + Buffer.byteLength(facts));
      progress(line);
    }
  }
  progress(line, true);
  const nodesByLabel = sorted(new Map([...tally.entities, ['Document', tally.documents], ['Passage', tally.passages]]));
  const relationshipsByType = sorted(
    new Map([...tally.relations, ['EVIDENCED_BY', tally.evidencedBy], ['IN_DOCUMENT', tally.passages]]),
  );
  const manifest: Manifest = {
    generator: 'municipal-relations-graph src/generate',
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    nodesRequested: options.nodes,
    documents: tally.documents,
    layout: {
      documents: 'documents/<shard>/<stem>.txt',
      facts: 'facts/<shard>/<stem>.facts.yaml',
      shardSize: SHARD_SIZE,
    },
    world: {
      municipalities: plan.municipalities,
      bodies: world.bodies.length,
      firstMonth: `${Math.floor(plan.firstMonth / 12)}-${String((plan.firstMonth % 12) + 1).padStart(2, '0')}`,
      lastDate,
    },
    graph: {
      note: 'The graph as src/load/ makes it from these files: nodes = distinct entities + documents + passages; relationships = distinct relation facts + EVIDENCED_BY (entity → passage) + IN_DOCUMENT (passage → document). Claim nodes (one per fact and document, no relationships) are counted apart; no findings are expected. Audit events are not counted.',
      nodes: tally.nodes(),
      relationships: tally.relationships(),
      nodesByLabel,
      relationshipsByType,
      claims: tally.claims,
      findings: 0,
    },
    facts: { nodeFacts, relationFacts },
    bytes: tally.bytes,
  };
  writeFileSync(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    out: options.out,
    documents: tally.documents,
    nodes: tally.nodes(),
    relationships: tally.relationships(),
    claims: tally.claims,
    bytes: tally.bytes,
    milliseconds: performance.now() - began,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    manifest,
  };
}
