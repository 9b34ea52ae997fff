/**
 * Adds `@limit` to every node type and interface of the SDL, so that every generated list
 * returns at most `defaultSize` items unless asked for more, and never more
 * than `maxSize` (which the page-size plugin enforces with an error first).
 * Kept out of `schema/` so that API_MAX_PAGE_SIZE is the one setting.
 */
export function withPageLimits(typeDefs: string, maxSize: number, defaultSize = Math.min(100, maxSize)): string {
  const nodeTypes = [...typeDefs.matchAll(/^type\s+(\w+)(?:\s+implements\s+[\w\s&]+?)?\s+@node\b/gm)].map((m) => m[1]);
  const interfaces = [...typeDefs.matchAll(/^interface\s+(\w+)/gm)].map((m) => m[1]);
  const limit = `@limit(default: ${defaultSize}, max: ${maxSize})`;
  const extensions = [
    ...nodeTypes.map((t) => `extend type ${t} ${limit}`),
    ...interfaces.map((i) => `extend interface ${i} ${limit}`),
  ];
  return `${typeDefs}\n# page limits (src/api/withPageLimits.ts)\n${extensions.join('\n')}\n`;
}
