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
  .command('seed')
  .description('load every facts file in seed/facts into Neo4j (idempotent, one transaction per document)')
  .argument('[files...]', 'facts files to load instead of seed/facts/*')
  .action((files: string[]) => runCommand(async () => (await import('./seedCommand.js')).seedCommand(files)));

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
