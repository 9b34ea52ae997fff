import express, { type Request, type Response, type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import {
  DEFAULT_GRAPH_NODES,
  MAX_GRAPH_DEPTH,
  MAX_GRAPH_NODES,
  type GraphView,
  type GraphViewOptions,
} from '../api/graphView/graphView.js';
import { GraphViewError } from '../api/graphView/GraphViewError.js';
import { readGraphView } from '../api/graphView/readGraphView.js';
import { toGraphML } from '../api/graphView/toGraphML.js';

const PARAMETERS = ['focus', 'depth', 'types', 'includeProvenance', 'maxNodes'];
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** One query parameter as a string, or undefined; given twice is an error. */
function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new GraphViewError(name, `${name} is given more than once; give it once`);
  return value;
}

function wholeNumber(req: Request, name: string, fallback: number, min: number, max: number): number {
  const text = single(req, name);
  if (text === undefined || text.trim() === '') return fallback;
  if (!/^\s*\d+\s*$/.test(text)) {
    throw new GraphViewError(name, `${name} must be a whole number from ${min} to ${max}; got "${text}"`);
  }
  return Number(text);
}

/** The export's options from the query string; a GraphViewError names a bad parameter. */
function exportOptions(req: Request): GraphViewOptions {
  const unknown = Object.keys(req.query).filter((k) => !PARAMETERS.includes(k));
  if (unknown.length > 0) {
    throw new GraphViewError(
      unknown[0] ?? '',
      `unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${PARAMETERS.join(', ')}`,
    );
  }
  const focus = single(req, 'focus');
  const typesValue = req.query['types'];
  const typesText = Array.isArray(typesValue) ? typesValue.join(',') : single(req, 'types');
  const provenance = single(req, 'includeProvenance');
  if (provenance !== undefined && !['', 'true', 'false', '1', '0'].includes(provenance)) {
    throw new GraphViewError('includeProvenance', `includeProvenance must be true or false; got "${provenance}"`);
  }
  return {
    focus: focus === undefined || focus === '' ? undefined : focus,
    depth: wholeNumber(req, 'depth', 1, 0, MAX_GRAPH_DEPTH),
    types:
      typesText === undefined || typesText.trim() === ''
        ? undefined
        : typesText
            .split(',')
            .map((t) => t.trim())
            .filter((t) => t !== ''),
    includeProvenance: provenance === 'true' || provenance === '1',
    maxNodes: wholeNumber(req, 'maxNodes', DEFAULT_GRAPH_NODES, 1, MAX_GRAPH_NODES),
  };
}

/** A file name from the focus id: letters, digits, dot, dash and underscore only. */
function fileName(options: GraphViewOptions, extension: string): string {
  const focus = options.focus?.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `graph${focus ? `-${focus}` : ''}.${extension}`;
}

function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    UNAVAILABLE.has(String(e?.code ?? '')) ||
    /connect ECONNREFUSED|Pool is closed|Failed to connect|Could not perform discovery/.test(String(e?.message ?? ''))
  );
}

/**
 * GET /export/graph.json and GET /export/graph.graphml: the graph view that
 * the GraphQL field `graph` gives (see GraphView), as a file to download.
 * Query parameters: focus (a node id), depth (0–4, default 1), types
 * (comma-separated node kinds), includeProvenance (true/false), maxNodes
 * (1–5000, default 500). A bad parameter is answered 400 with
 * `{ "error": "…" }`; Neo4j out of reach, 503.
 */
export function graphExportRouter(driver: Driver, database: string): Router {
  const router = express.Router();
  const send =
    (extension: string, contentType: string, render: (view: GraphView) => string) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const options = exportOptions(req);
        const view = await readGraphView(driver, database, options);
        res
          .status(200)
          .set('Content-Type', `${contentType}; charset=utf-8`)
          .set('Content-Disposition', `attachment; filename="${fileName(options, extension)}"`)
          .set('Cache-Control', 'no-store')
          .send(render(view));
      } catch (error) {
        if (error instanceof GraphViewError) {
          res.status(400).json({ error: error.message });
        } else if (isDatabaseUnavailable(error)) {
          res.status(503).json({ error: 'The graph database is not reachable right now; try again shortly.' });
        } else {
          // pino-http's logger when the app has one (startApiServer's has).
          const log = (req as { log?: { error: (details: object, message: string) => void } }).log;
          if (log) log.error({ err: error }, 'graph export failed');
          else console.error('graph export failed', error);
          res
            .status(500)
            .json({ error: 'Internal server error: the export could not be made. The server log has the details.' });
        }
      }
    };
  router.get(
    '/export/graph.json',
    send('json', 'application/json', (view) => JSON.stringify(view)),
  );
  router.get('/export/graph.graphml', send('graphml', 'application/graphml+xml', toGraphML));
  return router;
}
