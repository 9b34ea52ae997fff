import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import cors from 'cors';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config/config.js';
import { accessControlPlugin, READS_NEED_TOKEN } from './auth/accessControlPlugin.js';
import { tokenVerifier } from './auth/verifyToken.js';
import { drainHttpServer } from './drainHttpServer.js';
import { errorStatusPlugin } from './errorStatusPlugin.js';
import { jsonErrorHandler } from './jsonErrorHandler.js';
import { maxPageSizePlugin } from './limits/maxPageSizePlugin.js';
import { validationRules } from './limits/validationRules.js';
import { graphExportRouter } from '../web/graphExport.js';
import { explorerRouter } from '../web/explorer.js';
import { playgroundRouter } from '../web/playground.js';
import type { ApiContext } from './context.js';
import { formatError } from './formatError.js';
import type { Readiness } from './readiness.js';

export interface ApiServerOptions {
  readonly schema: GraphQLSchema;
  readonly driver: Driver;
  readonly database: string;
  readonly readiness: Readiness;
  readonly logger: Logger;
  readonly host: string;
  readonly port: number;
  readonly settings: Pick<Config, 'limits' | 'introspection' | 'playground' | 'corsOrigins' | 'auth'>;
}

export interface RunningApi {
  readonly url: string;
  readonly server: Server;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  stop(): Promise<void>;
}

/**
 * The HTTP server: GraphQL at /graphql (Apollo Server 5 on Express 5), the
 * playground at /, /health (the process is up) and /ready (Neo4j answers and
 * the schema is built). Resolves once it listens.
 */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApi> {
  const app = express();
  const server = createServer(app);
  const drain = drainHttpServer(server);
  const { limits } = options.settings;
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: options.settings.introspection,
    includeStacktraceInErrorResponses: false,
    // The command that runs the server stops it on SIGINT/SIGTERM (src/cli/startCommand.ts). Apollo's own handlers
    // would race it, and re-raise the signal after stopping, so the process died before closing the driver.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: validationRules(limits),
    formatError: (formatted, error) => formatError(formatted, error, options.logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No field has a cache hint, so every answer was "no-store" anyway: the header is set below, without the
      // plugin's hook around every resolved field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      accessControlPlugin(options.settings.auth.requireForReads),
      maxPageSizePlugin(limits.maxPageSize),
      errorStatusPlugin(),
    ],
  });
  const verify = await tokenVerifier(options.settings.auth);
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: options.logger,
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      // Small serializers of the raw objects: pino-http binds `req` to a child logger for every request, which
      // serializes it there and then; the standard ones copied every header of the request and the response.
      wrapSerializers: false,
      serializers: { req: serializeRequest, res: serializeResponse },
      // Built when the response is done: the body is parsed by then, and the /graphql mount has cut `req.url` to "/".
      customSuccessObject: (req, res, fields: object) => ({ ...fields, ...requestLogFields(req, res) }),
      customErrorObject: (req, res, _error, fields: object) => ({ ...fields, ...requestLogFields(req, res) }),
      customSuccessMessage: (req, res, ms) => `${requestLogLine(req, res)} ${Math.round(ms)} ms`,
      customErrorMessage: (req, res, error) => `${requestLogLine(req, res)} failed: ${error.message}`,
    }),
  );
  const allowedOrigins = cors({
    origin: options.settings.corsOrigins.length ? [...options.settings.corsOrigins] : false,
  });
  // Before the routers: an Express router answers OPTIONS for its own GET routes by itself.
  app.use(allowedOrigins);
  // Once for every request: the database @neo4j/graphql's generated queries run in (it assumes "neo4j" otherwise).
  const sessionConfig = Object.freeze({ database: options.database });
  const graphql = [
    // Room for a document sent to draftImport (base64 of a DOCX or PDF); larger files go through the CLI.
    express.json({ limit: '25mb' }),
    noStore,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verify(req.headers.authorization);
        // `jwt` is what @neo4j/graphql's @authentication rules read (schema/auth.graphql).
        return {
          caller,
          ...(caller.claims ? { jwt: caller.claims } : {}),
          executionContext: options.driver,
          database: options.database,
          sessionConfig,
        };
      },
    }),
  ];
  // A GraphQL POST goes straight to Apollo, past the routers of pages and exports (which only serve GETs).
  app.post('/graphql', ...graphql);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await options.readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });
  if (options.settings.playground) app.use(playgroundRouter('/graphql'));
  app.use(explorerRouter());
  // The exports are reads: open, or behind a verified token when reads need one.
  app.use('/export', async (req, res, next) => {
    try {
      const caller = await verify(req.headers.authorization);
      if (options.settings.auth.requireForReads && !caller.authenticated) {
        res.status(401).json({ error: READS_NEED_TOKEN });
        return;
      }
      next();
    } catch (error) {
      res.status(401).json({ error: (error as Error).message });
    }
  });
  app.use(graphExportRouter(options.driver, options.database));
  app.use('/graphql', ...graphql);
  // Last: errors before GraphQL (a malformed or oversized body) as JSON, not Express's HTML page.
  app.use(jsonErrorHandler(options.logger));

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port} on ${options.host} is already in use; set PORT to a free port`)
          : error,
      ),
    );
    server.listen(options.port, options.host, resolvePromise);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    async stop() {
      await drain.stop(STOP_GRACE_MS);
      await apollo.stop();
    },
  };
}

/** How long requests in flight may take to finish once stopping began (before the 8 s of src/cli/startCommand.ts). */
const STOP_GRACE_MS = 7_000;

/** Every GraphQL answer is personal to its request: never stored by a cache (what Apollo's cache control said). */
function noStore(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  res.setHeader('cache-control', 'no-store');
  next();
}

/** What the request log says about the request: no headers (nor the token in them). */
function serializeRequest(req: IncomingMessage & { id?: unknown; originalUrl?: string }) {
  return { id: req.id, method: req.method, url: req.originalUrl ?? req.url, remoteAddress: req.socket?.remoteAddress };
}

/** What the request log says about the response. */
function serializeResponse(res: ServerResponse) {
  return { statusCode: res.statusCode };
}

/** The name of a GraphQL document's first operation, when it opens with a named one. */
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * What the request log says about a finished request: the path as the client
 * asked for it, the status sent (`aborted` when the client left before the
 * response was complete) and, for GraphQL, the operation's name when the body
 * or query string gives one.
 */
function requestLogFields(
  req: IncomingMessage,
  res: ServerResponse,
): { path: string; status: number; aborted?: true; operationName?: string } {
  const { originalUrl, url, body, query } = req as IncomingMessage & {
    originalUrl?: string;
    body?: unknown;
    query?: unknown;
  };
  const named = (source: unknown): string | undefined => {
    const { operationName: name, query: document } = (source ?? {}) as { operationName?: unknown; query?: unknown };
    if (typeof name === 'string' && name !== '') return name;
    // Clients such as curl leave operationName out; the document's own name then says what was asked.
    if (typeof document === 'string') return OPERATION_NAME.exec(document)?.[1];
    return undefined;
  };
  const operationName = named(body) ?? named(query);
  return {
    path: originalUrl ?? url ?? '',
    status: res.statusCode,
    ...(res.writableFinished ? {} : { aborted: true as const }),
    ...(operationName ? { operationName } : {}),
  };
}

/** The request log's message: `POST /graphql 200 Twinnings`. */
function requestLogLine(req: IncomingMessage, res: ServerResponse): string {
  const { path, status, aborted, operationName } = requestLogFields(req, res);
  return [req.method, path, aborted ? `${status} (aborted)` : status, operationName].filter(Boolean).join(' ');
}
