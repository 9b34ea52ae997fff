/**
 * The explorer's table view (explore/src/table/) on large generated views:
 * how long its pure steps take — rows from the view (names, degree, folded
 * search text), the text filter, sorting — with 2,000 and 10,000 nodes (about
 * three relations per node). Run: `npx tsx bench/explorerTable.bench.ts [nodes…]`.
 * Figures, not assertions: speed is measured here, never in tests. CPU time is
 * printed beside wall time, since on a shared, busy machine wall time mostly
 * measures the neighbours.
 *
 * The explorer's modules use the browser bundle's extensionless imports, which
 * this project's Node type check (NodeNext) refuses; they are loaded by URL at
 * run time (tsx resolves them) and typed here by what the bench uses.
 */
import { syntheticGraphView, type SyntheticView } from './syntheticGraphView.js';

interface Row {
  search: string;
  [key: string]: unknown;
}
type Vocabulary = Record<'kind' | 'relation' | 'role' | 'value', (code: string) => string>;
interface TableRows {
  nodeRows(view: SyntheticView, vocabulary: Vocabulary): Row[];
  relationRows(view: SyntheticView, vocabulary: Vocabulary): Row[];
  RAW_VOCABULARY: Vocabulary;
}
interface TableFilter {
  filterRows(rows: Row[], query: string): Row[];
  sortRows(
    rows: Row[],
    sort: { key: string; direction: 'ascending' | 'descending' },
    value: (row: Row, key: string) => unknown,
    locale: string,
  ): Row[];
}

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, import.meta.url).href)) as T;
const { nodeRows, relationRows, RAW_VOCABULARY } = await load<TableRows>('../explore/src/table/tableRows.ts');
const { filterRows, sortRows } = await load<TableFilter>('../explore/src/table/tableFilter.ts');

function time<T>(label: string, run: () => T): T {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) =>
    [...xs]
      .sort((a, b) => a - b)[2]!
      .toFixed(1)
      .padStart(7);
  console.log(`  ${label.padEnd(44)} median ${median(wall)} ms wall, ${median(cpu)} ms CPU`);
  return result;
}

const counts = process.argv.slice(2).map(Number).filter(Boolean);
for (const n of counts.length > 0 ? counts : [2_000, 10_000]) {
  const view = syntheticGraphView(n);
  console.log(`table view with ${view.nodes.length} nodes and ${view.edges.length} relations`);
  const nodes = time('node rows', () => nodeRows(view, RAW_VOCABULARY));
  const relations = time('relation rows', () => relationRows(view, RAW_VOCABULARY));
  time('text filter on nodes ("kranj 12")', () => filterRows(nodes, 'kranj 12'));
  time('text filter on relations ("involved 3")', () => filterRows(relations, 'involved 3'));
  time('sort nodes by name (Slovenian collation)', () =>
    sortRows(nodes, { key: 'name', direction: 'ascending' }, (r, k) => r[k], 'sl'),
  );
  time('sort nodes by degree', () => sortRows(nodes, { key: 'degree', direction: 'descending' }, (r, k) => r[k], 'sl'));
  time('sort relations by source name', () =>
    sortRows(relations, { key: 'from', direction: 'ascending' }, (r, k) => r[k], 'sl'),
  );
}
