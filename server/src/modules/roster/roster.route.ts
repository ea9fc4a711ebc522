import { ErrorCode, LIMITS, type SubjectRecord } from '@tongxin/schema';
import express from 'express';
import { errorBody, sendError } from '../../common/http-error.js';
import type { AppContext } from '../../common/context.js';
import { DomainError, badInput, forbidden, unauthenticated } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import type { RouteDeps } from '../../routes.js';
import { type ImportSession, importRoster } from './roster-import.service.js';
import { RosterImportRepository } from './roster-import.repository.js';
import type { ImportProgress, ImportReport } from './roster-report.js';
import { rosterTemplateCsv, rosterTemplateXlsx, type TemplateFile } from './roster-template.js';

// The roster import over HTTP, for the sysadmin's portal page (a file is no GraphQL argument):
//   GET  /admin/roster/template.xlsx | template.csv   the file to fill in
//   POST /admin/roster/import?mode=dry-run|apply      the file as the raw body → the report
// The POST needs the X-Tongxin-Preflight header: a custom header cannot be sent cross-site
// without a CORS preflight, which this server never grants (as Apollo's CSRF prevention does).

export const PREFLIGHT_HEADER = 'x-tongxin-preflight';
const MAX_BYTES = LIMITS.rosterImportMaxMb * 1024 * 1024;

/** The viewer's context, when they may import the roster of their bureau. */
async function importer(deps: RouteDeps, req: express.Request, res: express.Response): Promise<AppContext> {
  const ctx = await deps.contextFor(req, res);
  if (!ctx.viewer) throw unauthenticated();
  const roster: SubjectRecord = { __typename: 'Roster', bureau: ctx.viewer.bureauId };
  if (!ctx.ability.can('import', roster)) throw forbidden();
  return ctx;
}

function sendFile(res: express.Response, file: TemplateFile) {
  const ascii = file.filename.endsWith('.csv') ? 'roster-template.csv' : 'roster-template.xlsx';
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  res.end(file.body);
}

function modeOf(raw: unknown): 'dry-run' | 'apply' {
  if (raw === undefined || raw === 'dry-run') return 'dry-run';
  if (raw === 'apply') return 'apply';
  throw badInput('mode', 'INVALID_INPUT');
}

const refusedApply = (report: ImportReport) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'IMPORT_HAS_PROBLEMS', 'file', {
    rows: report.totals.error + report.fileProblems.length,
  });

export function mountRosterRoutes(app: express.Express, deps: RouteDeps) {
  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/admin/roster/template.${format}`, async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        const ctx = await importer(deps, req, res);
        const branches = await new RosterImportRepository(ctx.em).branchesOf(ctx.viewer!.bureauId);
        const names = branches.map((b) => b.name);
        sendFile(res, format === 'xlsx' ? await rosterTemplateXlsx(names) : rosterTemplateCsv(names));
      } catch (e) {
        sendError(res, e, 'roster template');
      }
    });
  }

  app.post(
    '/admin/roster/import',
    // Refused before the body is read: no upload is accepted from a stranger.
    (async (req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        if (!req.get(PREFLIGHT_HEADER)) throw badInput('header', 'PREFLIGHT_HEADER_REQUIRED');
        res.locals.mode = modeOf(req.query.mode);
        res.locals.ctx = await importer(deps, req, res);
        next();
      } catch (e) {
        sendError(res, e, 'roster import');
      }
    }) satisfies express.RequestHandler,
    express.raw({ type: () => true, limit: MAX_BYTES }),
    (async (req, res) => {
      const ctx = res.locals.ctx as AppContext;
      const apply = res.locals.mode === 'apply';
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const session: ImportSession = {
        em: ctx.em,
        bureauId: ctx.viewer!.bureauId,
        viewer: ctx.viewer,
        ability: ctx.ability,
        now: ctx.clock.now(),
        transaction: (work) => inTransaction(ctx, work),
      };
      if ((req.get('accept') ?? '').includes('application/x-ndjson')) {
        await streamImport(res, session, body, apply);
        return;
      }
      try {
        const report = await importRoster(session, body, { apply });
        if (apply && !report.ok) res.status(400).json({ ...errorBody(refusedApply(report)), report });
        else res.json(report);
      } catch (e) {
        sendError(res, e, 'roster import');
      }
    }) satisfies express.RequestHandler,
    // The body parser's refusals: too large, or a broken upload.
    ((err: { type?: string }, _req, res, _next) => {
      const tooLarge = err?.type === 'entity.too.large';
      const e = tooLarge
        ? badInput('file', 'IMPORT_FILE_TOO_LARGE', { maxMb: LIMITS.rosterImportMaxMb })
        : badInput('file', 'IMPORT_FILE_UNREADABLE');
      res.status(tooLarge ? 413 : 400).json(errorBody(e));
    }) satisfies express.ErrorRequestHandler,
  );
}

/**
 * NDJSON: a `progress` line as the rows are checked and written, then one `report` line, or one
 * `error` line. The status is 200 once the first line is out, so the outcome is in the last line.
 */
async function streamImport(res: express.Response, session: ImportSession, body: Buffer, apply: boolean) {
  res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
  const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
  try {
    const report = await importRoster(session, body, {
      apply,
      onProgress: (p: ImportProgress) => line({ type: 'progress', ...p }),
    });
    if (apply && !report.ok) line({ type: 'error', error: errorBody(refusedApply(report)), report });
    else line({ type: 'report', report });
  } catch (e) {
    if (e instanceof DomainError) line({ type: 'error', error: errorBody(e) });
    else {
      console.error('[tongxin] roster import failed', e);
      line({ type: 'error', error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }
  }
  res.end();
}
