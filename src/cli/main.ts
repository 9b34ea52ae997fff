#!/usr/bin/env node
import { Command } from 'commander';
import { runCommand } from './runCommand.js';

/**
 * The commands users type. Each action imports its module lazily so that a
 * quick command (facts check) does not pay for the server's start-up.
 */
const program = new Command()
  .name('mrg')
  .description('Municipal relations graph: a local Neo4j, the seed facts, and the GraphQL API');

program
  .command('start')
  .description('start the local Neo4j if needed, load the seed facts, and serve the API and playground')
  .action(() => runCommand(async () => (await import('./startCommand.js')).startCommand()));

program
  .command('build')
  .description('build the explorer (dist/explore/) if its sources changed; `start` does it too')
  .action(() =>
    runCommand(async () =>
      (await import('../web/buildExplorer.js')).ensureExplorerBuilt((line) => void process.stdout.write(`${line}\n`)),
    ),
  );

program
  .command('seed')
  .description('load every facts file in seed/facts into Neo4j (idempotent, one transaction per document)')
  .argument('[files...]', 'facts files to load instead of seed/facts/*')
  .action((files: string[]) => runCommand(async () => (await import('./seedCommand.js')).seedCommand(files)));

program
  .command('bulk-load')
  .description(
    'load a whole corpus (facts/ and documents/) in batches of documents, one transaction each, with a progress bar',
  )
  .argument('<corpusDir>', 'a folder holding facts/**/*.facts.yaml and documents/**/*.txt, like seed/')
  .option(
    '--batch <documents>',
    'documents per write transaction (default 1,000; at most 40,000 facts each, which usually decides)',
  )
  .option('--dry-run', 'validate every file and write nothing', false)
  .action((corpus: string, options: { batch?: string; dryRun: boolean }) =>
    runCommand(async () => (await import('./bulkLoadCommand.js')).bulkLoadCommand(corpus, options)),
  );

program
  .command('import')
  .description(
    'draft facts from minutes (text, DOCX, PDF, HTML): a facts file, the stored text and a report per document',
  )
  .argument('<files...>', 'the documents to import')
  .option('--out <path>', 'a folder (default imports/) or, for one document, a .facts.yaml file')
  .option('--load', 'load the drafted facts that need no review, one transaction per document', false)
  .option('--offline', 'do not consult the graph: match names against the bundled gazetteer only', false)
  .action((files: string[], options: { out?: string; load: boolean; offline: boolean }) =>
    runCommand(async () => (await import('./importCommand.js')).importCommand(files, options)),
  );

program
  .command('merge')
  .description(
    'merge one entity into another of the same kind (its relations and passages move; the merge is recorded)',
  )
  .argument('<keepId>', 'the entity that stays')
  .argument('<mergeId>', 'the entity merged into it')
  .option('--reason <text>', 'why they are one, for the record')
  .action((keep: string, merge: string, options: { reason?: string }) =>
    runCommand(async () => (await import('./mergeCommand.js')).mergeCommand(keep, merge, options.reason)),
  );

program
  .command('remove')
  .description('remove one document and what only it states (what other documents state stays)')
  .argument('<documentId>')
  .action((documentId: string) =>
    runCommand(async () => (await import('./removeCommand.js')).removeCommand(documentId)),
  );

program
  .command('generate')
  .description(
    'write a synthetic corpus in the facts format (minutes of municipal bodies), sized by graph nodes, deterministic from the seed',
  )
  .option(
    '--nodes <n>',
    'target graph nodes: distinct entities + documents + passages (stops at the first document past it)',
  )
  .option('--seed <k>', 'seed of the pseudo-random generator: the same nodes and seed give byte-identical files', '1')
  .option('--out <dir>', 'where to write (default .local/corpus/n<nodes>-s<seed>/; emptied first)')
  .action((options: { nodes?: string; seed: string; out?: string }) =>
    runCommand(async () => (await import('./generateCommand.js')).generateCommand(options)),
  );

program
  .command('backup')
  .description('write the whole graph (provenance and stored documents too) to one versioned file, online')
  .option('--out <file>', 'where to write (default backups/graph-<date>.mrg-backup.jsonl.gz)')
  .action((options: { out?: string }) =>
    runCommand(async () => (await import('./backupCommand.js')).backupCommand(options)),
  );

program
  .command('restore')
  .description('rebuild a backup file into an empty database (checks the whole file first)')
  .argument('<file>', 'a file written by backup')
  .option('--force', 'delete everything in a non-empty database first', false)
  .action((file: string, options: { force: boolean }) =>
    runCommand(async () => (await import('./restoreCommand.js')).restoreCommand(file, options)),
  );

program
  .command('token')
  .description('print a bearer token signed with AUTH_JWT_SECRET, for trying the API and the review screen locally')
  .requiredOption('--roles <roles>', 'comma-separated roles, e.g. editor')
  .option('--subject <name>', 'who the token is for (recorded with review decisions)')
  .option('--ttl <span>', 'how long it is valid, e.g. 30m, 8h, 2d', '8h')
  .action((options: { roles: string; subject?: string; ttl: string }) =>
    runCommand(async () => (await import('./tokenCommand.js')).tokenCommand(options)),
  );

const neo4j = program.command('neo4j').description('the local Neo4j that the project provisions from Maven Central');
for (const [name, description] of [
  ['provision', 'resolve Neo4j and APOC from Maven Central into .local/neo4j (done by start when needed)'],
  ['start', 'start the local Neo4j (idempotent) and wait until Bolt answers'],
  ['stop', 'stop the local Neo4j and wait for a clean shutdown'],
  ['status', 'say whether the local Neo4j runs and answers'],
] as const) {
  neo4j
    .command(name)
    .description(description)
    .action(() => runCommand(async () => (await import('./neo4jCommand.js')).neo4jCommand(name)));
}

const facts = program.command('facts').description('check and curate facts files');
facts
  .command('check')
  .description('validate facts files against their documents without touching the database')
  .argument('<files...>')
  .action((files: string[]) => runCommand(async () => (await import('./factsCommand.js')).factsCheck(files)));
facts
  .command('locate')
  .description("set each quote's start offset where the quote occurs exactly once in the document")
  .argument('<file>')
  .option('--write', 'rewrite the file (comments are kept)', false)
  .action((file: string, options: { write: boolean }) =>
    runCommand(async () => (await import('./factsCommand.js')).factsLocate(file, options.write)),
  );

await program.parseAsync();
