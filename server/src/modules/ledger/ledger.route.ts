import type express from 'express';
import type { AppContext } from '../../common/context.js';
import { DomainError } from '../../common/errors.js';
import { requestScope } from '../../common/http/request-scope.js';
import type { RouteDeps } from '../../routes.js';
import { LedgerService } from './ledger.service.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  REQUEST_TIMEOUT: 503,
};

const one = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * GET /ledger/download?from&to&format[&branchId]: the file, built for the session's viewer.
 * Building a file is an expensive operation: it waits its turn in the instance's line (429 with
 * Retry-After when the line is full), runs on the download's time budget, and stops when the
 * client goes away.
 */
export function mountLedgerRoutes(app: express.Express, deps: RouteDeps) {
  const service = new LedgerService();
  // In the request's scope, so the database cancels its statement in flight when the budget ends.
  app.get('/ledger/download', requestScope, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    let ctx: AppContext | null = null;
    try {
      ctx = await deps.contextFor(req, res);
      const budget = ctx.limits.useBudget(deps.config.limits.downloadBudgetMs);
      res.on('close', () => {
        if (!res.writableFinished) budget.abort();
      });
      const current = ctx;
      await current.limits.expensive(async () => {
        const file = await service.build(current, {
          from: one(req.query.from),
          to: one(req.query.to),
          branchId: one(req.query.branchId),
          format: one(req.query.format),
        });
        res.setHeader('Content-Type', file.contentType);
        if (file.length !== null) res.setHeader('Content-Length', String(file.length));
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        );
        await file.write(res);
      });
    } catch (e) {
      if (res.headersSent) {
        // Part of the file is out: cut the connection so the client sees a broken download, not a short file.
        if (!(e instanceof DomainError)) console.error('ledger download failed', e);
        res.destroy();
        return;
      }
      if (e instanceof DomainError) {
        if (e.code === 'RATE_LIMITED' && 'retryAfterSeconds' in e.params) {
          res.setHeader('Retry-After', String(e.params.retryAfterSeconds));
        }
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
    } finally {
      ctx?.limits.budget.dispose();
    }
  });
}
