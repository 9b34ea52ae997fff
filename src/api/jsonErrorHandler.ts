import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/** What body-parser's error types mean, said to the client. */
const BODY_PROBLEMS: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'the request body is not valid JSON (or not a JSON object or array)',
  'entity.too.large': 'the request body is too large',
  'encoding.unsupported': 'the request body has an unsupported Content-Encoding',
  'charset.unsupported': 'the request body has an unsupported charset',
  'request.aborted': 'the request was aborted before its body was read',
  'request.size.invalid': 'the request body is shorter or longer than its Content-Length',
};

/**
 * Returns Express's last error handler: an error before GraphQL (a malformed
 * or oversized JSON body) answered as a GraphQL-style JSON error with its 4xx
 * status and code BAD_REQUEST, instead of Express's HTML page; anything else
 * as a generic 500, with the detail in the server log only.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = (error ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown; limit?: unknown };
    const status = Number(e.status ?? e.statusCode);
    if (status >= 400 && status < 500) {
      const problem = BODY_PROBLEMS[String(e.type)] ?? 'the request could not be read';
      const limit = e.type === 'entity.too.large' && typeof e.limit === 'number' ? ` (at most ${e.limit} bytes)` : '';
      res.status(status).json({ errors: [{ message: `${problem}${limit}`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    logger.error({ err: error }, 'request failed outside GraphQL');
    res.status(500).json({
      errors: [
        {
          message: 'Internal server error: the request could not be answered. The server log has the details.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}
