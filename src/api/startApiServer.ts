import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
import { maxPageSizePlugin } from './limits/maxPageSizePlugin.js';
import { validationRules } from './limits/validationRules.js';
import { graphExportRouter } from '../web/graphExport.js';
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
  const { limits } = options.settings;
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: options.settings.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: validationRules(limits),
    formatError: (formatted, error) => formatError(formatted, error, options.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      accessControlPlugin(options.settings.auth.requireForReads),
      maxPageSizePlugin(limits.maxPageSize),
    ],
  });
  const verify = await tokenVerifier(options.settings.auth);
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: options.logger,
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      customSuccessMessage: (req, res, ms) => `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)} ms`,
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await options.readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });
  const allowedOrigins = cors({
    origin: options.settings.corsOrigins.length ? [...options.settings.corsOrigins] : false,
  });
  // Before the routers: an Express router answers OPTIONS for its own GET routes by itself.
  app.use(allowedOrigins);
  if (options.settings.playground) app.use(playgroundRouter('/graphql'));
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
  app.use(
    '/graphql',
    // Room for a document sent to draftImport (base64 of a DOCX or PDF); larger files go through the CLI.
    express.json({ limit: '25mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verify(req.headers.authorization);
        // `jwt` is what @neo4j/graphql's @authentication rules read (schema/auth.graphql).
        return {
          caller,
          ...(caller.claims ? { jwt: caller.claims } : {}),
          executionContext: options.driver,
          database: options.database,
        };
      },
    }),
  );

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
    stop: () => apollo.stop(),
  };
}
