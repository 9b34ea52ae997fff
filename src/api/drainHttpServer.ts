import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Server as NetServer } from 'node:net';

export interface HttpDrain {
  /**
   * Takes in the connections already queued, stops listening, answers every
   * request that reached the server, closes each connection once it has no
   * request left, and resolves when none is open. Connections still busy after
   * `graceMs` are cut.
   */
  stop(graceMs: number): Promise<void>;
}

/** Event-loop turns without a new connection that show the kernel's accept queue is empty. */
const QUIET_TURNS = 3;
/** At most this long accepting connections after the signal (clients that keep connecting get refused after it). */
const ACCEPT_FOR_AT_MOST_MS = 2_000;
/** A connection that has asked nothing for this long, or was accepted this long ago and sent nothing, is idle. */
const IDLE_AFTER_MS = 300;
/** How often idle connections are closed while draining. */
const SWEEP_MS = 100;

const nextTurn = (): Promise<void> => new Promise((resolveTurn) => setImmediate(resolveTurn));

interface ConnectionState {
  requests: number;
  lastActive: number;
}

/**
 * Graceful stop of an HTTP server, without the races of `server.close()`
 * (and of Apollo's drain plugin, which calls it): a busy Node server accepts
 * about one queued connection per turn of its event loop, so connections the
 * kernel had already accepted for it are reset when it stops listening; and
 * `close()` at once destroys every connection with no parsed request,
 * including one whose request has arrived but not been read yet. Either way a
 * client is cut off from a request it sent before the signal.
 *
 * Here the server goes on accepting until the queue is empty, then stops
 * listening; a connection is closed only when it has no request in progress
 * and has been quiet for a moment; every answer given while draining says
 * `Connection: close`.
 */
export function drainHttpServer(server: Server): HttpDrain {
  const connections = new Map<Socket, ConnectionState>();
  const unanswered = new Set<ServerResponse>();
  let accepted = 0;
  let draining = false;
  server.on('connection', (socket: Socket) => {
    accepted += 1;
    connections.set(socket, { requests: 0, lastActive: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response: ServerResponse) => {
    const state = connections.get(request.socket);
    if (state) {
      state.requests += 1;
      state.lastActive = Date.now();
    }
    if (draining) closeAfter(response);
    unanswered.add(response);
    response.once('close', () => {
      unanswered.delete(response);
      if (!state) return;
      state.requests -= 1;
      state.lastActive = Date.now();
    });
  });

  const closeIdle = (): void => {
    const now = Date.now();
    for (const [socket, state] of connections) {
      if (state.requests === 0 && now - state.lastActive >= IDLE_AFTER_MS) socket.destroy();
    }
  };

  const drain = async (graceMs: number): Promise<void> => {
    draining = true;
    for (const response of unanswered) closeAfter(response);
    const closed = new Promise<void>((resolveClosed) => server.once('close', () => resolveClosed()));
    await acceptWhatIsQueued(() => accepted);
    // Stop listening only: http.Server#close would also destroy every connection that has no parsed request yet.
    NetServer.prototype.close.call(server);
    const sweep = setInterval(closeIdle, SWEEP_MS);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(cut);
    }
  };
  // Once: a second call (two signals, a test's cleanup) waits for the same stop instead of for a 'close' already past.
  let stopping: Promise<void> | undefined;
  return {
    stop(graceMs) {
      stopping ??= drain(graceMs);
      return stopping;
    },
  };
}

/** Returns once a few turns of the event loop (each of which accepts a queued connection) bring no new one. */
async function acceptWhatIsQueued(acceptedSoFar: () => number): Promise<void> {
  const until = Date.now() + ACCEPT_FOR_AT_MOST_MS;
  let seen = acceptedSoFar();
  let quiet = 0;
  while (quiet < QUIET_TURNS && Date.now() < until) {
    await nextTurn();
    const now = acceptedSoFar();
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}

/** The connection closes once this answer is sent (no keep-alive while draining). */
function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
