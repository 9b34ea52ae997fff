import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { stringify } from 'yaml';
import { loadConfig } from '../config/config.js';
import { cliActor } from '../load/auditTrail.js';
import { readFactsFile } from '../facts/readFactsFile.js';
import { draftDocument } from '../import/draftDocument.js';
import { draftPaths } from '../import/draftPaths.js';
import { ImportError } from '../import/extract/ImportError.js';
import { summarizeDraft } from '../import/report/summarizeDraft.js';
import { writeReport } from '../import/report/writeReport.js';
import { EMPTY_GRAPH, readKnownGraph, type KnownGraph } from '../import/resolve/knownGraph.js';
import { ensureSchema } from '../load/ensureSchema.js';
import { loadFacts } from '../load/loadFacts.js';
import { connectDriver } from '../neo4j/connectDriver.js';
import { neo4jConnection } from '../neo4j/neo4jConnection.js';

export interface ImportOptions {
  readonly out?: string;
  readonly load: boolean;
  /** Draft without the graph: names are matched against the bundled gazetteer only. */
  readonly offline: boolean;
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const FACTS_HEADER =
  '# Draft facts made by the importer (npm run import). Every fact quotes its passage of the stored text.\n' +
  '# Facts with a `review:` entry are validated but not loaded: accept one by deleting its review entry\n' +
  '# (or correct it), then load with `npm run seed -- <this file>` or the importFacts mutation.\n';

/**
 * `import <file…> [--out] [--load] [--offline]`: drafts facts from each
 * document (text, DOCX, PDF or HTML), writes the facts file, the stored text
 * and a report, prints one line per document, and with --load loads the facts
 * no reviewer still has to accept, one transaction per document. A document
 * that fails is reported and the others go on; the exit code is 1 if any failed.
 */
export async function importCommand(files: readonly string[], options: ImportOptions): Promise<void> {
  let driver: Driver | undefined;
  let database = 'neo4j';
  let graph: KnownGraph = EMPTY_GRAPH;
  if (!options.offline) {
    const config = loadConfig();
    const connection = await neo4jConnection(config, say);
    database = connection.database;
    driver = await connectDriver(connection);
  }
  let failed = 0;
  try {
    if (driver) {
      graph = await readKnownGraph(driver, database);
      say(`the graph knows ${graph.entities.length} named entities and ${graph.sessions.length} sessions`);
      if (options.load) await ensureSchema(driver, database);
    }
    for (const [index, file] of files.entries()) {
      const began = performance.now();
      const tag = files.length > 1 ? `[${index + 1}/${files.length}] ${file}` : file;
      try {
        const size = (await stat(file)).size;
        const paths = draftPaths(file, options.out, files.length);
        const long = size > 200_000;
        const drafted = await draftDocument(new Uint8Array(await readFile(file)), file, {
          graph,
          documentFile: paths.documentFile,
          ...(long ? { progress: (stage: string) => say(`${tag}: ${stage}…`) } : {}),
        });
        await mkdir(dirname(paths.facts), { recursive: true });
        await writeFile(paths.text, drafted.text, 'utf8');
        await writeFile(paths.facts, FACTS_HEADER + stringify(drafted.draft.facts, { lineWidth: 0 }), 'utf8');
        const seconds = (performance.now() - began) / 1000;
        await writeFile(
          paths.report,
          writeReport(drafted.draft, { fileName: drafted.fileName, extractedWith: drafted.extractedWith, seconds }),
          'utf8',
        );
        const s = summarizeDraft(drafted.draft);
        let loaded = '';
        if (options.load && driver) {
          const facts = await readFactsFile(paths.facts);
          const r = await loadFacts(driver, database, facts, { audit: { action: 'IMPORT_LOAD', ...cliActor() } });
          loaded =
            `; loaded ${r.nodes} facts and ${r.relations} relations, created ${r.nodesCreated} nodes and ` +
            `${r.relationshipsCreated} relationships (${facts.pending.length} facts await review, not loaded)`;
        }
        say(
          `${tag}: ${drafted.format} → ${s.documentId}: ${s.nodes} facts, ${s.relations} relations, ${s.forReview} for review, ` +
            `${s.linked} linked to the graph, ${s.created} new, in ${seconds.toFixed(2)} s → ${relative('.', paths.facts)}${loaded}`,
        );
        for (const w of drafted.warnings) say(`  warning: ${w}`);
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        const kind = error instanceof ImportError ? `cannot import (${error.code})` : 'failed';
        process.stderr.write(`${tag}: ${kind}: ${message}\n`);
        if (process.env['DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      }
    }
  } finally {
    await driver?.close();
  }
  if (failed > 0) {
    throw new Error(
      `${failed} of ${files.length} document(s) could not be imported${options.load ? '; nothing of them was loaded' : ''}`,
    );
  }
}
