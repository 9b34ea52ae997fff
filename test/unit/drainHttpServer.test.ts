import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainHttpServer } from '../../src/api/drainHttpServer.js';

const open: Server[] = [];
afterEach(() => {
  for (const server of open.splice(0)) server.closeAllConnections();
});

/** A server whose `/slow` answers after `slowMs`, and everything else at once. */
async function serve(slowMs: number): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const answer = () => response.end(`answered ${request.url}`);
    if (request.url === '/slow') setTimeout(answer, slowMs);
    else answer();
  });
  open.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A raw keep-alive connection: `send` writes a GET, `text` is everything received, `closed` resolves at close. */
async function connection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((connected) => socket.once('connect', connected));
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((done) => socket.once('close', () => done()));
  return {
    send: (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`),
    text: () => text,
    closed,
  };
}

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
};

describe('drainHttpServer', () => {
  it('answers the request in progress, with Connection: close, then closes its connection and stops', async () => {
    const { server, port } = await serve(400);
    const drain = drainHttpServer(server);
    const client = await connection(port);
    client.send('/slow');
    await new Promise((r) => setTimeout(r, 50));
    const stopped = drain.stop(5_000);
    await client.closed;
    expect(client.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Connection: close[\s\S]*answered \/slow$/i);
    await stopped;
    expect(server.listening).toBe(false);
  });

  it('closes a keep-alive connection left idle, and refuses new connections once stopping', async () => {
    const { server, port } = await serve(0);
    const drain = drainHttpServer(server);
    const idle = await connection(port);
    idle.send('/quick');
    await until(() => idle.text().includes('answered /quick'));
    // Answered before the drain: kept alive, as usual.
    expect(idle.text()).toMatch(/Connection: keep-alive/i);
    await drain.stop(5_000);
    await idle.closed;
    const refused = await new Promise<boolean>((answer) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => answer(false));
      socket.once('error', () => answer(true));
    });
    expect(refused).toBe(true);
  });

  it('a request arriving on a fresh connection just after the signal is read and answered, not cut', async () => {
    const { server, port } = await serve(0);
    const drain = drainHttpServer(server);
    const late = await connection(port);
    const stopped = drain.stop(5_000);
    // Connected before the signal, request sent right after it: Node's close() would already have destroyed it.
    late.send('/late');
    await late.closed;
    expect(late.text()).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*answered \/late$/);
    await stopped;
  });

  it('cuts connections still busy after the grace period, so stopping always ends', async () => {
    const { server, port } = await serve(60_000);
    const drain = drainHttpServer(server);
    const stuck = await connection(port);
    stuck.send('/slow');
    await new Promise((r) => setTimeout(r, 50));
    await drain.stop(300);
    await stuck.closed;
    expect(stuck.text()).toBe('');
    expect(server.listening).toBe(false);
  });

  it('a second stop, as from a second signal, waits for the same stop and resolves', async () => {
    const { server } = await serve(0);
    const drain = drainHttpServer(server);
    const first = drain.stop(5_000);
    await first;
    await expect(drain.stop(5_000)).resolves.toBeUndefined();
    expect(drain.stop(5_000)).toBe(first);
  });
});
