/** How often a long backup or restore says how far it is. */
const EVERY_MS = 2_000;

export interface ProgressMeter {
  /** Records how many nodes and relationships are done; prints a line at most every 2 s. */
  update(nodes: number, relationships: number): void;
  /** Prints the line now (e.g. at the end of a phase). */
  flush(): void;
}

const thousands = (value: number): string => value.toLocaleString('en-US');

/**
 * A progress line for long work on nodes and relationships: done/total of each,
 * the rate since the start of this phase (rows per second), the process's
 * memory and the elapsed time. Backup and restore print it on stderr.
 */
export function progressMeter(
  say: (line: string) => void,
  what: string,
  totals: { readonly nodes: number; readonly relationships: number },
): ProgressMeter {
  const began = Date.now();
  let last = began;
  let nodes = 0;
  let relationships = 0;
  const print = (): void => {
    last = Date.now();
    const seconds = Math.max((last - began) / 1000, 0.001);
    const rate = Math.round((nodes + relationships) / seconds);
    say(
      `  ${what}: ${thousands(nodes)}/${thousands(totals.nodes)} nodes, ` +
        `${thousands(relationships)}/${thousands(totals.relationships)} relationships ` +
        `(${thousands(rate)} rows/s, ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB in use, ${seconds.toFixed(0)} s)`,
    );
  };
  return {
    update(doneNodes, doneRelationships) {
      nodes = doneNodes;
      relationships = doneRelationships;
      if (Date.now() - last >= EVERY_MS) print();
    },
    flush: print,
  };
}
