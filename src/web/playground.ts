import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { readExampleOperations } from './exampleOperations.js';

const require = createRequire(import.meta.url);

/** Files of the playground, all from npm packages, so it works on a closed network. */
const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd', 'react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(endpoint: string): string {
  const tabs = readExampleOperations().map((op) => ({ query: op.query }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Municipal relations graph · GraphQL playground</title>
  <link rel="stylesheet" href="/playground/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script>
    const tabs = ${scriptJson(tabs)};
    const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false,
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * GraphiQL served from the project's own node_modules at `/` and, for
 * browsers, at GET `/graphql`; opens with the example operations as tabs.
 */
export function playgroundRouter(endpoint = '/graphql'): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/playground/${name}`, (_req, res) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.sendFile(file);
    });
  }
  const html = (_req: express.Request, res: express.Response): void => {
    res.type('html').send(page(endpoint));
  };
  router.get('/', html);
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  router.get(endpoint, (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query['query']) html(req, res);
    else next();
  });
  return router;
}
