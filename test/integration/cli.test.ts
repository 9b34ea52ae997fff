import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { runCli } from '../helpers/runCli.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { FIXTURE_TEXT, factsFixture } from '../helpers/factsFixture.js';

const root = resolve(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];

const cli = runCli;

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('the command line', () => {
  it.skipIf(Boolean(loadConfig().external))(
    'neo4j status and an idempotent start say the local Neo4j runs',
    async () => {
      const status = await cli('neo4j', 'status');
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/Neo4j running \(pid \d+\) on bolt:\/\/127\.0\.0\.1:\d+, answering/);
      const start = await cli('neo4j', 'start');
      expect(start.code).toBe(0);
      expect(start.stdout).toMatch(/Neo4j already running/);
    },
  );

  it('facts check accepts the seed and names file, fact and problem for a bad file, without a stack trace', async () => {
    const ok = await cli('facts', 'check', 'seed/facts/kranj-kmms-2021-12-14-seja-2.facts.yaml');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/ok, \d+ nodes, \d+ relations, \d+ passages/);

    const dir = await mkdtemp(join(tmpdir(), 'mrg-cli-'));
    dirs.push(dir);
    await writeFile(join(dir, 'fixture.txt'), FIXTURE_TEXT);
    const raw = factsFixture('cli');
    (raw.nodes[0] as { evidence: unknown }).evidence = [{ start: 3, quote: 'Mestna občina Kranj' }];
    const file = join(dir, 'bad.facts.yaml');
    await writeFile(file, stringify(raw));
    const bad = await cli('facts', 'check', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(file);
    expect(bad.stderr).toMatch(
      /org:mok-cli \(nodes\[0\]\): quote "Mestna občina Kranj" is not at offset 3.*occurs at offset 10/,
    );
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('facts locate fixes an offset of a quote that occurs once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-cli-'));
    dirs.push(dir);
    await writeFile(join(dir, 'fixture.txt'), FIXTURE_TEXT);
    const raw = factsFixture('locate');
    (raw.nodes[1] as { evidence: unknown }).evidence = [{ start: 0, quote: 'mestom Zhangjiakou' }];
    const file = join(dir, 'f.facts.yaml');
    await writeFile(file, stringify(raw));
    const result = await cli('facts', 'locate', file, '--write');
    expect(result.stdout).toMatch(/1 fixed/);
    expect((await cli('facts', 'check', file)).code).toBe(0);
  });

  it('start serves the seeded API and playground, and stops gracefully on SIGTERM', async () => {
    const port = await new Promise<number>((res) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => res(p));
      });
    });
    const child = spawn(tsx, [join(root, 'src/cli/main.ts'), 'start'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((res) => child.once('exit', res));
    try {
      const deadline = Date.now() + 90_000;
      let ready = false;
      while (!ready && Date.now() < deadline && child.exitCode === null) {
        ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready, output).toBe(true);
      expect(output).toMatch(/loaded doc:kranj-kmms-2021-12-14-seja-2/);
      expect(output).toContain(`playground  http://127.0.0.1:${port}/`);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sessions(where: { number: { eq: 2 } }) { startTime endTime } }' }),
      });
      expect(await answer.json()).toEqual({ data: { sessions: [{ startTime: '17:00', endTime: '17:18' }] } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM: finishing requests in flight…\nAPI stopped/);
  });
});
