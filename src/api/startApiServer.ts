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
import { pinoHttp } from 'pino-http';
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
  readonly production: boolean;
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
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, options.logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
  });
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
  app.use(playgroundRouter('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ executionContext: options.driver, database: options.database }),
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
