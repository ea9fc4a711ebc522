import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

// Files a browser must ask about every time: the page that names the current bundle, the service
// worker (a stale one would keep serving an old release) and the web app manifest.
const REVALIDATE = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);
const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the built portal (client/dist) when it is there:
 * - /assets/*: Vite's content-hashed files; a release writes new names, so browsers keep these for
 *   a year without asking (`immutable`). A missing one is a 404, never index.html: a stale page
 *   asking for an old chunk must fail as a script, not parse HTML.
 * - index.html, sw.js, manifest.webmanifest: `no-cache` (revalidated on every load).
 * - the rest (icons): an hour.
 * - any other GET outside the API, downloads and health checks: index.html, the portal routes
 *   on the client (the service worker's navigation fallback skips the same paths).
 */
export function mountPortal(app: express.Express, clientDist: string): void {
  const indexHtml = path.join(clientDist, 'index.html');
  if (!fs.existsSync(indexHtml)) return;

  app.use(
    '/assets',
    express.static(path.join(clientDist, 'assets'), { index: false, immutable: true, maxAge: YEAR_SECONDS * 1000 }),
    (_req, res) => {
      res.status(404).end();
    },
  );
  app.use(
    express.static(clientDist, {
      index: false,
      maxAge: '1h',
      setHeaders(res, file) {
        if (REVALIDATE.has(path.basename(file))) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get(/^\/(?!graphql|healthz|readyz|ledger\/|admin\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
