import { locateQuotes } from '../facts/locateQuotes.js';
import { readFactsFile } from '../facts/readFactsFile.js';

/** `facts check`: validates each file and prints what it states. */
export async function factsCheck(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const facts = await readFactsFile(file);
    process.stdout.write(
      `${facts.source}: ok, ${facts.nodes.length} nodes, ${facts.relations.length} relations, ${facts.passages.length} passages\n`,
    );
  }
}

/** `facts locate`: fixes start offsets of quotes that occur once. */
export async function factsLocate(file: string, write: boolean): Promise<void> {
  const report = await locateQuotes(file, write);
  process.stdout.write(
    `${report.correct} quotes already at their offsets, ${report.fixed} ${write ? 'fixed' : 'would be fixed (add --write)'}\n`,
  );
  for (const u of report.unresolved) process.stdout.write(`  unresolved ${u}\n`);
  if (report.unresolved.length > 0) process.exitCode = 1;
}
