import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BackupFormatError, decodeProperties, type EncodedValue } from './encodeValue.js';
import { progressMeter, type ProgressMeter } from './progressMeter.js';

/**
 * The backup file: gzip-compressed JSON lines.
 *   line 1        the header (BackupHeader)
 *   then          one line per node (NodeLine), all nodes first
 *   then          one line per relationship (RelationshipLine)
 *   last line     the trailer (BackupTrailer): the counts again and the SHA-256 of every line before it
 * Node keys are the source's elementIds, used only to join relationships to their ends inside the file.
 */
export const BACKUP_FORMAT = 'municipal-relations-graph-backup';
export const BACKUP_VERSION = 1;

export interface SchemaItem {
  readonly name: string;
  readonly type: string;
  readonly createStatement: string;
}

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  readonly neo4jVersion: string;
  readonly database: string;
  readonly counts: { readonly nodes: number; readonly relationships: number };
  readonly schema: { readonly constraints: SchemaItem[]; readonly indexes: SchemaItem[] };
}

export interface NodeLine {
  readonly n: string;
  readonly labels: string[];
  readonly props: Record<string, EncodedValue>;
}

export interface RelationshipLine {
  readonly r: string;
  readonly type: string;
  readonly start: string;
  readonly end: string;
  readonly props: Record<string, EncodedValue>;
}

export interface BackupTrailer {
  readonly end: true;
  readonly counts: { readonly nodes: number; readonly relationships: number };
  /** Hex SHA-256 of every line before the trailer, each with its '\n', as UTF-8. */
  readonly sha256: string;
}

/** The running checksum of the lines before the trailer. */
export function newChecksum(): Hash {
  return createHash('sha256');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Checks the first line; throws a BackupFormatError that says what is wrong. */
export function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined || line.trim() === '') throw new BackupFormatError('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFormatError('the first line is not JSON: not a backup file of this project');
  }
  if (!isObject(value) || value['format'] !== BACKUP_FORMAT) {
    throw new BackupFormatError(`the first line does not name the format "${BACKUP_FORMAT}": not a backup file`);
  }
  if (value['version'] !== BACKUP_VERSION) {
    throw new BackupFormatError(
      `backup format version ${String(value['version'])} is not supported (this version reads ${BACKUP_VERSION})`,
    );
  }
  const counts = value['counts'];
  const schema = value['schema'];
  if (!isObject(counts) || !isCount(counts['nodes']) || !isCount(counts['relationships'])) {
    throw new BackupFormatError('the header has no valid counts');
  }
  if (!isObject(schema) || !Array.isArray(schema['constraints']) || !Array.isArray(schema['indexes'])) {
    throw new BackupFormatError('the header has no valid schema');
  }
  for (const item of [...(schema['constraints'] as unknown[]), ...(schema['indexes'] as unknown[])]) {
    if (
      !isObject(item) ||
      typeof item['name'] !== 'string' ||
      typeof item['type'] !== 'string' ||
      typeof item['createStatement'] !== 'string'
    ) {
      throw new BackupFormatError('the header has a malformed schema item');
    }
  }
  return value as unknown as BackupHeader;
}

export type BackupLine =
  | { kind: 'node'; line: NodeLine }
  | { kind: 'relationship'; line: RelationshipLine }
  | { kind: 'trailer'; line: BackupTrailer };

/** Parses and checks one line after the header (its values are decoded by decodeProperties when loading). */
export function parseLine(text: string, lineNumber: number): BackupLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFormatError(`line ${lineNumber} is not JSON (the file is damaged)`);
  }
  if (!isObject(value)) throw new BackupFormatError(`line ${lineNumber} is not an object`);
  if (typeof value['n'] === 'string') {
    if (!isStringArray(value['labels']) || !isObject(value['props'])) {
      throw new BackupFormatError(`line ${lineNumber}: a node needs labels and props`);
    }
    return { kind: 'node', line: value as unknown as NodeLine };
  }
  if (typeof value['r'] === 'string') {
    if (
      typeof value['type'] !== 'string' ||
      typeof value['start'] !== 'string' ||
      typeof value['end'] !== 'string' ||
      !isObject(value['props'])
    ) {
      throw new BackupFormatError(`line ${lineNumber}: a relationship needs type, start, end and props`);
    }
    return { kind: 'relationship', line: value as unknown as RelationshipLine };
  }
  if (value['end'] === true) {
    const counts = value['counts'];
    if (
      !isObject(counts) ||
      !isCount(counts['nodes']) ||
      !isCount(counts['relationships']) ||
      typeof value['sha256'] !== 'string'
    ) {
      throw new BackupFormatError(`line ${lineNumber}: a malformed trailer`);
    }
    return { kind: 'trailer', line: value as unknown as BackupTrailer };
  }
  throw new BackupFormatError(`line ${lineNumber} is neither a node, a relationship nor the trailer`);
}

/** The lines of a gzip'd backup file, one at a time (bounded memory). */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const input = createReadStream(file);
  input.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end of file/i.test(String(error))) {
      throw new BackupFormatError(`the file is truncated or not gzip-compressed (${(error as Error).message})`);
    }
    throw error;
  } finally {
    lines.close();
    input.destroy();
  }
}

export interface VerifiedBackup {
  readonly header: BackupHeader;
  readonly nodes: number;
  readonly relationships: number;
  readonly labels: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
}

/**
 * Reads the whole file once without writing anything: the header, every line's
 * shape and values, nodes before relationships, the trailer last, the counts
 * and the checksum. A truncated or altered file is refused here, before a
 * restore touches the database.
 */
export async function verifyBackupFile(file: string, progress?: (line: string) => void): Promise<VerifiedBackup> {
  const hash = newChecksum();
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let nodes = 0;
  let relationships = 0;
  let lineNumber = 0;
  let meter: ProgressMeter | undefined;
  const labels = new Set<string>();
  const types = new Set<string>();
  for await (const text of readBackupLines(file)) {
    lineNumber += 1;
    if (trailer) throw new BackupFormatError(`line ${lineNumber} follows the trailer (the file is damaged)`);
    if (lineNumber === 1) {
      header = parseHeader(text);
      hash.update(`${text}\n`);
      if (progress) meter = progressMeter(progress, 'checked', header.counts);
      continue;
    }
    const parsed = parseLine(text, lineNumber);
    if (parsed.kind === 'trailer') {
      trailer = parsed.line;
      continue;
    }
    hash.update(`${text}\n`);
    try {
      decodeProperties(parsed.line.props);
    } catch (error) {
      if (error instanceof BackupFormatError) throw new BackupFormatError(`line ${lineNumber}: ${error.message}`);
      throw error;
    }
    if (parsed.kind === 'node') {
      if (relationships > 0) throw new BackupFormatError(`line ${lineNumber}: a node after the relationships`);
      nodes += 1;
      for (const label of parsed.line.labels) labels.add(label);
    } else {
      relationships += 1;
      types.add(parsed.line.type);
    }
    meter?.update(nodes, relationships);
  }
  if (!header) throw new BackupFormatError('the file is empty');
  if (!trailer) {
    throw new BackupFormatError(
      `the file ends without its trailer after ${nodes} nodes and ${relationships} relationships: it is truncated`,
    );
  }
  if (hash.digest('hex') !== trailer.sha256) {
    throw new BackupFormatError('the checksum does not match: the file was altered or damaged');
  }
  for (const [what, counted] of [
    ['nodes', nodes],
    ['relationships', relationships],
  ] as const) {
    if (trailer.counts[what] !== counted || header.counts[what] !== counted) {
      throw new BackupFormatError(
        `the file holds ${counted} ${what}, but its header says ${header.counts[what]} and its trailer ${trailer.counts[what]}`,
      );
    }
  }
  return { header, nodes, relationships, labels, types };
}
