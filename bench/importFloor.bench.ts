/**
 * The neo4j-admin import floor (issue 10): how fast this machine writes a
 * store of a bulk load's size with no transaction at all, the fastest way
 * into Neo4j there is (an offline import into an empty database). It reads a
 * generated corpus's manifest (`npm run generate`; .local/bulk-corpus/n<N>-s<seed>/manifest.json:
 * the graph's nodes and relationships by kind, and its claims), writes CSV
 * files of the same counts with properties of the same shape (entities with an
 * id, a name and their documents; passages with a quote; documents; claims
 * with the ten properties a loaded claim has; relationships with an id, a
 * document and a passage), and times `neo4j-admin database import full` into
 * a throw-away Neo4j home (.local/neo4j-import-floor: never a server's store,
 * never started). Prints the import's seconds and its rate in graph
 * nodes+relationships per second (the bulk-load bench's measure), and in
 * everything written (claims too); writes bench/results/import-floor.json.
 * Asserts nothing.
 *
 *   npm run bench:import-floor -- [--nodes 100000] [--seed 1] [--heap 1g]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Manifest } from '../src/generate/generateCorpus.js';
import { findJava } from '../src/neo4j/findJava.js';
import { localPaths } from '../src/neo4j/localPaths.js';
import { provisionNeo4j } from '../src/neo4j/provisionNeo4j.js';
import { writeNeo4jConf } from '../src/neo4j/writeNeo4jConf.js';
import { PROJECT_ROOT } from '../test/helpers/runCli.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Writes `rows` lines after `header`, awaiting the stream when it is full: memory stays flat at any size. */
async function writeCsv(file: string, header: string, rows: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < rows; i += 1) {
    if (!out.write(`${row(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

async function main(): Promise<void> {
  const nodesRequested = Number(arg('nodes', '100000'));
  const seed = Number(arg('seed', '1'));
  const heap = arg('heap', '1g');
  const corpus = join(PROJECT_ROOT, '.local/bulk-corpus', `n${nodesRequested}-s${seed}`);
  const manifestFile = join(corpus, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `no corpus at ${corpus}: make it with npm run generate -- --nodes ${nodesRequested} --out ${corpus}`,
    );
  }
  const { graph } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const documents = graph.nodesByLabel['Document'] ?? 0;
  const passages = graph.nodesByLabel['Passage'] ?? 0;
  const entities = graph.nodes - documents - passages;
  const evidence = graph.relationshipsByType['EVIDENCED_BY'] ?? 0;
  const inDocument = graph.relationshipsByType['IN_DOCUMENT'] ?? 0;
  const relations = graph.relationships - evidence - inDocument;

  const paths = localPaths(join(PROJECT_ROOT, '.local/neo4j-import-floor'));
  await provisionNeo4j(paths, say);
  await writeNeo4jConf(paths, { boltPort: 7715, pageCache: '512m' });
  const csv = join(paths.home, 'csv');
  rmSync(csv, { recursive: true, force: true });
  mkdirSync(csv, { recursive: true });
  say(
    `writing CSVs for ${entities} entities, ${passages} passages, ${documents} documents, ${graph.claims} claims, ` +
      `${relations} relations, ${evidence} EVIDENCED_BY, ${inDocument} IN_DOCUMENT (the counts of ${manifestFile})`,
  );
  const doc = (i: number): string => `doc:minutes-${i % Math.max(documents, 1)}`;
  const files = {
    entities: join(csv, 'entities.csv'),
    passages: join(csv, 'passages.csv'),
    documents: join(csv, 'documents.csv'),
    claims: join(csv, 'claims.csv'),
    relations: join(csv, 'relations.csv'),
    evidence: join(csv, 'evidence.csv'),
    inDocument: join(csv, 'in-document.csv'),
  };
  await writeCsv(
    files.entities,
    'id:ID(Entity),name,documentIds:string[],:LABEL',
    entities,
    (i) => `e${i},${quoted(`Ime Priimek ${i}`)},${doc(i)};${doc(i * 7)},Entity;Person;Named`,
  );
  await writeCsv(
    files.passages,
    'id:ID(Passage),documentId,start:long,end:long,quote',
    passages,
    (i) =>
      `p${i},${doc(i)},${i},${i + 120},` +
      quoted(`Člani komisije so se seznanili z gradivom in soglasno sprejeli sklep številka ${i} o sodelovanju.`),
  );
  await writeCsv(
    files.documents,
    'id:ID(Document),title,date,sourceFile',
    documents,
    (i) => `${doc(i)},${quoted(`Zapisnik ${i}. seje`)},2023-05-01,minutes-${i}.txt`,
  );
  await writeCsv(
    files.claims,
    'id:ID(Claim),documentId,factId,kind,type,from,to,date,props,passageIds:string[]',
    graph.claims,
    (i) =>
      `c${i},${doc(i)},e${i % Math.max(entities, 1)},node,Person,,,2023-05-01,` +
      `${quoted(JSON.stringify({ name: `Ime Priimek ${i}`, role: 'member' }))},p${i % Math.max(passages, 1)}`,
  );
  await writeCsv(
    files.relations,
    ':START_ID(Entity),:END_ID(Entity),id,documentId,passageId,:TYPE',
    relations,
    (i) => `e${i % entities},e${(i * 7919 + 1) % entities},r${i},${doc(i)},p${i % Math.max(passages, 1)},MEMBER_OF`,
  );
  await writeCsv(
    files.evidence,
    ':START_ID(Entity),:END_ID(Passage),:TYPE',
    evidence,
    (i) => `e${i % entities},p${i % Math.max(passages, 1)},EVIDENCED_BY`,
  );
  await writeCsv(
    files.inDocument,
    ':START_ID(Passage),:END_ID(Document),:TYPE',
    inDocument,
    (i) => `p${i % Math.max(passages, 1)},${doc(i)},IN_DOCUMENT`,
  );

  const java = await findJava();
  const args = [
    `-Xmx${heap}`,
    '-cp',
    `${paths.lib}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    ...['database', 'import', 'full', 'neo4j', '--overwrite-destination', '--multiline-fields=true'],
    // Its list of bad entries, written to the working folder unless told otherwise.
    `--report-file=${join(paths.home, 'import.report')}`,
    `--nodes=${files.entities}`,
    `--nodes=Passage=${files.passages}`,
    `--nodes=Document=${files.documents}`,
    `--nodes=Claim=${files.claims}`,
    `--relationships=${files.relations}`,
    `--relationships=${files.evidence}`,
    `--relationships=${files.inDocument}`,
  ];
  say(`importing with neo4j-admin (heap ${heap}) into ${paths.data}`);
  const began = performance.now();
  const child = spawn(java.bin, args, {
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const seconds = (performance.now() - began) / 1000;
  if (code !== 0) throw new Error(`neo4j-admin import exited with ${code}:\n${output.slice(-3000)}`);
  const done = /IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms/u.exec(output);
  const importSeconds = done ? Number(done[1] ?? 0) * 60 + Number(done[2]) + Number(done[3]) / 1000 : NaN;
  const everything = graph.nodes + graph.relationships + graph.claims;
  const result = {
    at: new Date().toISOString(),
    corpus,
    counts: { nodes: graph.nodes, relationships: graph.relationships, claims: graph.claims },
    heap,
    /** The JVM's whole run, start to exit. */
    seconds: Math.round(seconds * 10) / 10,
    /** What neo4j-admin reports for the import itself. */
    importSeconds,
    graphElementsPerSecond: Math.round((graph.nodes + graph.relationships) / seconds),
    allElementsPerSecond: Math.round(everything / seconds),
  };
  say(
    `imported ${graph.nodes} nodes + ${graph.relationships} relationships + ${graph.claims} claims in ${result.seconds} s ` +
      `(the import itself ${importSeconds} s): ${result.graphElementsPerSecond} graph nodes+rels/s, ` +
      `${result.allElementsPerSecond}/s counting the claims`,
  );
  const out = join(PROJECT_ROOT, 'bench/results/import-floor.json');
  mkdirSync(join(PROJECT_ROOT, 'bench/results'), { recursive: true });
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { runs: unknown[] }).runs : [];
  writeFileSync(out, `${JSON.stringify({ runs: [...previous, result] }, null, 2)}\n`);
  say(`wrote ${out}`);
  rmSync(csv, { recursive: true, force: true });
}

await main();
