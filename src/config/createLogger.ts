import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs (pino); pipe through `npx pino-pretty` to read them. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'municipal-relations-graph' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
