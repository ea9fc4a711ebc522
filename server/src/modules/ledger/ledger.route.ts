import type express from 'express';
import { DomainError } from '../../common/errors.js';
import type { RouteDeps } from '../../routes.js';
import { LedgerService } from './ledger.service.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

const one = (v: unknown) => (typeof v === 'string' ? v : null);

/** GET /ledger/download?from&to&format[&branchId]: the file, built for the session's viewer. */
export function mountLedgerRoutes(app: express.Express, deps: RouteDeps) {
  const service = new LedgerService();
  app.get('/ledger/download', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const ctx = await deps.contextFor(req, res);
      const file = await service.build(ctx, {
        from: one(req.query.from),
        to: one(req.query.to),
        branchId: one(req.query.branchId),
        format: one(req.query.format),
      });
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.body.length));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      res.end(file.body);
    } catch (e) {
      if (e instanceof DomainError) {
        res.status(STATUS[e.code] ?? 400).json({
          code: e.code,
          reason: e.reason,
          message: e.message,
          field: e.field ?? null,
          ...e.params,
        });
        return;
      }
      // Nothing internal reaches the client.
      console.error('ledger download failed', e);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', reason: 'EXPORT_FAILED', message: 'Export failed' });
    }
  });
}
