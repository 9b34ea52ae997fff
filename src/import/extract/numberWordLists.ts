import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// mammoth's own document constructors, so an inserted run has every property its writer reads.
const documents = require('mammoth/lib/documents') as {
  run(children: unknown[]): unknown;
  text(value: string): unknown;
};

interface MammothNode {
  type: string;
  children?: MammothNode[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

/**
 * A mammoth `transformDocument` hook that writes Word's automatic numbers into the text:
 * each ordered-list paragraph gets its computed number ("1. ", "2. ") as a leading run and
 * loses its list membership. mammoth itself would render an <ol> per run of list paragraphs,
 * so agenda items interrupted by discussion would all restart at 1 (and extractRawText drops
 * the numbers entirely). Counters continue per Word list level and restart deeper levels when
 * a shallower item appears. Word's start values and number formats are not visible through
 * mammoth: every level is counted 1, 2, 3 with a full stop.
 */
export function numberWordLists(): (document: MammothNode) => MammothNode {
  const counters = new Map<object, { level: number; count: number }>();
  const visit = (node: MammothNode): void => {
    if (node.type === 'paragraph' && node.numbering?.isOrdered) {
      const key = node.numbering;
      const level = Number(key.level) || 0;
      for (const counter of counters.values()) if (counter.level > level) counter.count = 0;
      const counter = counters.get(key) ?? { level, count: 0 };
      counter.count++;
      counters.set(key, counter);
      node.numbering = null;
      node.children = [documents.run([documents.text(`${counter.count}. `)]) as MammothNode, ...(node.children ?? [])];
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (document) => {
    visit(document);
    return document;
  };
}
