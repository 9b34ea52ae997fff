import { parseHeader, parseLine, readBackupLines } from './backupFormat.js';
import { decodeProperties } from './encodeValue.js';

/** Nodes of one batch, grouped by their label set (labels cannot be parameters). */
export interface NodeBatch {
  readonly kind: 'nodes';
  /** JSON of the sorted labels → the nodes' file keys and decoded properties, in the same order. */
  readonly groups: Map<string, { keys: string[]; props: Record<string, unknown>[] }>;
  readonly size: number;
}

/** Relationships of one batch, grouped by type; ends still named by their file keys. */
export interface RelationshipBatch {
  readonly kind: 'relationships';
  readonly groups: Map<string, { starts: string[]; ends: string[]; props: Record<string, unknown>[] }>;
  readonly size: number;
}

export type RestoreBatch = NodeBatch | RelationshipBatch;

/**
 * The lines of an already verified backup file as write batches of up to
 * `batchSize` rows, decoded: all node batches first (a batch never mixes nodes
 * and relationships), then the relationship batches. Reads the file as it goes,
 * so at most the batch being written and the one being read are in memory.
 */
export async function* readRestoreBatches(file: string, batchSize: number): AsyncGenerator<RestoreBatch> {
  let nodes: NodeBatch = { kind: 'nodes', groups: new Map(), size: 0 };
  let relationships: RelationshipBatch = { kind: 'relationships', groups: new Map(), size: 0 };
  let lineNumber = 0;
  for await (const text of readBackupLines(file)) {
    lineNumber += 1;
    if (lineNumber === 1) {
      parseHeader(text);
      continue;
    }
    const parsed = parseLine(text, lineNumber);
    if (parsed.kind === 'trailer') break;
    if (parsed.kind === 'node') {
      const labelsKey = JSON.stringify(parsed.line.labels);
      let group = nodes.groups.get(labelsKey);
      if (!group) nodes.groups.set(labelsKey, (group = { keys: [], props: [] }));
      group.keys.push(parsed.line.n);
      group.props.push(decodeProperties(parsed.line.props));
      nodes = { ...nodes, size: nodes.size + 1 };
      if (nodes.size >= batchSize) {
        yield nodes;
        nodes = { kind: 'nodes', groups: new Map(), size: 0 };
      }
      continue;
    }
    if (nodes.size > 0) {
      yield nodes; // every node is written before the first relationship
      nodes = { kind: 'nodes', groups: new Map(), size: 0 };
    }
    let group = relationships.groups.get(parsed.line.type);
    if (!group) relationships.groups.set(parsed.line.type, (group = { starts: [], ends: [], props: [] }));
    group.starts.push(parsed.line.start);
    group.ends.push(parsed.line.end);
    group.props.push(decodeProperties(parsed.line.props));
    relationships = { ...relationships, size: relationships.size + 1 };
    if (relationships.size >= batchSize) {
      yield relationships;
      relationships = { kind: 'relationships', groups: new Map(), size: 0 };
    }
  }
  if (nodes.size > 0) yield nodes;
  if (relationships.size > 0) yield relationships;
}
