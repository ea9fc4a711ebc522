import type express from 'express';

export type Readiness = { ready: true } | { ready: false; reason: 'database' | 'migrations' | 'stopping' };

/**
 * `/healthz`: the process answers (a liveness probe restarts it when it does not).
 * `/readyz`: it can serve requests: the database answers, its schema is current and the server
 * is not stopping (a load balancer sends traffic elsewhere while it answers 503).
 */
export function mountHealth(app: express.Express, readiness: () => Promise<Readiness>) {
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const state = await readiness().catch(() => ({ ready: false, reason: 'database' }) as const);
    if (state.ready) res.json({ ok: true });
    else res.status(503).json({ ok: false, reason: state.reason });
  });
}
