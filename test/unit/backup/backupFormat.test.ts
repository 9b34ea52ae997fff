import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, verifyBackupFile } from '../../../src/backup/backupFormat.js';
import { BackupFormatError } from '../../../src/backup/encodeValue.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-backup-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = (counts = { nodes: 2, relationships: 1 }, version = BACKUP_VERSION): string =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version,
    createdAt: '2025-01-01T00:00:00.000Z',
    neo4jVersion: '5.26.0',
    database: 'neo4j',
    counts,
    schema: { constraints: [], indexes: [] },
  });
const BODY = [
  JSON.stringify({ n: 'a', labels: ['Municipality', 'Entity'], props: { id: 'm1', population: { $int: '295504' } } }),
  JSON.stringify({ n: 'b', labels: ['City'], props: { id: 'c1', lat: 46.05 } }),
  JSON.stringify({
    r: 'x',
    type: 'LOCATED_IN',
    start: 'a',
    end: 'b',
    props: { since: { $date: { year: '1991', month: '6', day: '25' } } },
  }),
];

/** A file as backup writes it: the lines, then the trailer with their checksum. */
function backupText(lines: string[], counts = { nodes: 2, relationships: 1 }): string {
  const text = lines.map((l) => `${l}\n`).join('');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return `${text}${JSON.stringify({ end: true, counts, sha256 })}\n`;
}

let serial = 0;
function file(content: string | Buffer): string {
  serial += 1;
  const path = join(dir, `f${serial}.jsonl.gz`);
  writeFileSync(path, typeof content === 'string' ? gzipSync(content) : content);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await verifyBackupFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupFormatError);
  return (error as Error).message;
}

describe('checking a backup file before a restore', () => {
  it('accepts a whole file and counts what it holds', async () => {
    const v = await verifyBackupFile(file(backupText([header(), ...BODY])));
    expect(v.nodes).toBe(2);
    expect(v.relationships).toBe(1);
    expect([...v.labels].sort()).toEqual(['City', 'Entity', 'Municipality']);
    expect([...v.types]).toEqual(['LOCATED_IN']);
  });

  it('refuses a file cut short, at a line or inside the gzip stream', async () => {
    const whole = backupText([header(), ...BODY]);
    const withoutTrailer = whole.split('\n').slice(0, -2).join('\n') + '\n';
    expect(await refusal(file(withoutTrailer))).toMatch(/truncated/);
    const gz = gzipSync(whole);
    expect(await refusal(file(gz.subarray(0, gz.length - 10)))).toMatch(/truncated|gzip/);
    expect(await refusal(file(gz.subarray(0, Math.floor(gz.length / 2))))).toMatch(/truncated|gzip|JSON/);
  });

  it('refuses a file whose lines were altered, even when each line still parses', async () => {
    const whole = backupText([header(), ...BODY]).replace('"m1"', '"m2"');
    expect(await refusal(file(whole))).toMatch(/checksum/);
    const flipped = gzipSync(backupText([header(), ...BODY]));
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    await refusal(file(flipped));
  });

  it('refuses counts that disagree with the lines', async () => {
    expect(await refusal(file(backupText([header({ nodes: 3, relationships: 1 }), ...BODY])))).toMatch(/3/);
    expect(await refusal(file(backupText([header(), ...BODY], { nodes: 2, relationships: 5 })))).toMatch(
      /relationships/,
    );
  });

  it('refuses another format, another version, and a file that is not gzip', async () => {
    expect(await refusal(file(backupText([header(undefined, 2), ...BODY])))).toMatch(/version 2/);
    expect(await refusal(file(backupText(['{"format":"something-else"}', ...BODY])))).toMatch(/not a backup/);
    expect(await refusal(file(Buffer.from(backupText([header(), ...BODY]))))).toMatch(/gzip|truncated/);
    expect(await refusal(file(''))).toMatch(/empty/);
  });

  it('refuses lines after the trailer, nodes after relationships and values it does not know', async () => {
    expect(await refusal(file(backupText([header(), ...BODY]) + BODY[0] + '\n'))).toMatch(/follows the trailer/);
    expect(await refusal(file(backupText([header(), BODY[0]!, BODY[2]!, BODY[1]!])))).toMatch(/node after/);
    const evil = JSON.stringify({ n: 'c', labels: ['City'], props: { id: { $cypher: 'DETACH DELETE' } } });
    expect(
      await refusal(
        file(
          backupText([header({ nodes: 3, relationships: 1 }), ...BODY.slice(0, 2), evil, BODY[2]!], {
            nodes: 3,
            relationships: 1,
          }),
        ),
      ),
    ).toMatch(/unknown value tag/);
  });

  it('reads back what it wrote (sanity of the helper)', () => {
    const path = file(backupText([header(), ...BODY]));
    expect(gunzipSync(readFileSync(path)).toString('utf8').split('\n')[0]).toBe(header());
  });
});
