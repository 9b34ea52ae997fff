import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { EXPLORER_DIST } from './buildExplorer.js';

/**
 * The explorer at /explore/: the files Vite built (hashed names, cached for a
 * year), and index.html for every other path below /explore/, so a shared URL
 * such as /explore/?focus=… or /explore/review opens the application.
 */
export function explorerRouter(distDir = EXPLORER_DIST): Router {
  // strict: "/explore" redirects, "/explore/" is the application.
  const router = express.Router({ strict: true });
  const index = join(distDir, 'index.html');
  router.get('/explore', (_req, res) => res.redirect(301, '/explore/'));
  router.use('/explore/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.get(/^\/explore\/.*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The explorer is not built: `npm start` builds it (dist/explore/).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
