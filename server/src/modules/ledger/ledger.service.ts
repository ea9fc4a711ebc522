import type { Writable } from 'node:stream';
import { requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { type ReportArgs, type ReportScope, resolveReportScope } from '../dashboard/report-scope.js';
import { buildLedgerContent } from './ledger-content.js';
import { ledgerDocx, writeLedgerXlsx } from './ledger-files.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerExport, LedgerFormat } from './ledger.types.js';

export interface LedgerArgs extends ReportArgs {
  format?: string | null;
}

export interface LedgerFile {
  /** Writes the file to `out` (streamed for a workbook), stopping when the request's budget is spent. */
  write(out: Writable): Promise<void>;
  /** Known ahead for a document (built whole); a workbook is streamed without one. */
  length: number | null;
  filename: string;
  /** ASCII name for clients that ignore filename*. */
  asciiFilename: string;
  contentType: string;
}

const CONTENT_TYPE: Record<LedgerFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function parseFormat(raw: string | null | undefined): LedgerFormat {
  const f = (raw ?? '').toUpperCase();
  if (f !== LedgerFormat.XLSX && f !== LedgerFormat.DOCX) {
    throw badInput('format', 'INVALID_FORMAT');
  }
  return f;
}

/**
 * A Word document is built whole in memory by its library (it has no streaming writer), so it is
 * offered up to this many records; a larger ledger is exported as a workbook, which streams.
 */
export const DOCX_MAX_RECORDS = 5000;

const extension = (f: LedgerFormat) => f.toLowerCase();
const filenameOf = (scope: ReportScope, f: LedgerFormat) =>
  `台账_${scope.branch ? scope.branch.name : '全局'}_${scope.from}_${scope.to}.${extension(f)}`;
const asciiFilenameOf = (scope: ReportScope, f: LedgerFormat) =>
  `tongxin-ledger-${scope.branch ? `branch${scope.branch.id}` : 'bureau'}-${scope.from}-${scope.to}.${extension(f)}`;

/**
 * 台账 export. The mutation checks the request and answers with a link; the file is built when
 * the link is fetched, where the session, the rules and the parameters are checked again, so a
 * link is worth nothing without the session of someone allowed to export that scope.
 */
export class LedgerService {
  async requestExport(ctx: AppContext, args: LedgerArgs): Promise<LedgerExport> {
    const viewer = requireViewer(ctx);
    const format = parseFormat(args.format);
    const scope = await resolveReportScope(ctx, 'Ledger', args, { periodRequired: true });
    const query = new URLSearchParams({ from: scope.from, to: scope.to, format: extension(format) });
    if (scope.branch) query.set('branchId', String(scope.branch.id));
    audit(ctx.em, viewer, {
      action: 'exportLedger',
      subjectType: 'Ledger',
      subjectId: scope.branch?.id ?? null,
      detail: { format, from: scope.from, to: scope.to, branchId: scope.branch?.id ?? null },
    });
    await ctx.em.flush();
    return Object.assign(new LedgerExport(), {
      url: `/ledger/download?${query.toString()}`,
      filename: filenameOf(scope, format),
    });
  }

  async build(ctx: AppContext, args: LedgerArgs): Promise<LedgerFile> {
    const viewer = requireViewer(ctx);
    const format = parseFormat(args.format);
    const scope = await resolveReportScope(ctx, 'Ledger', args, { periodRequired: true });
    const records = await new LedgerRepository(ctx.em).records(ctx.ability, scope);
    ctx.limits.budget.check();
    const content = buildLedgerContent(ctx, scope, records);
    const total = Object.values(content.counts).reduce((a, b) => a + b, 0);
    if (format === LedgerFormat.DOCX && total > DOCX_MAX_RECORDS) {
      throw badInput('format', 'LEDGER_TOO_LARGE', { max: DOCX_MAX_RECORDS });
    }
    const body = format === LedgerFormat.DOCX ? await ledgerDocx(content) : null;
    // Written before the first byte leaves: a file that reaches its viewer is always in the log.
    // One event per file, and the file's only trace: what was exported, and which confidential
    // records' content it carries (ids and count), so a file is one line in the audit log.
    const { talks, visitNotes, forumMinutes } = content.confidentialRead;
    audit(ctx.em, viewer, {
      action: 'downloadLedger',
      subjectType: 'Ledger',
      subjectId: scope.branch?.id ?? null,
      detail: {
        format,
        from: scope.from,
        to: scope.to,
        branchId: scope.branch?.id ?? null,
        counts: content.counts,
        confidentialTalkIds: talks,
        confidentialVisitNoteIds: visitNotes,
        confidentialForumMinuteIds: forumMinutes,
        confidentialCount: talks.length + visitNotes.length + forumMinutes.length,
      },
    });
    await ctx.em.flush();
    const budget = ctx.limits.budget;
    return {
      write: async (out) => {
        if (body) out.end(body);
        else await writeLedgerXlsx(content, out, budget);
      },
      length: body ? body.length : null,
      filename: filenameOf(scope, format),
      asciiFilename: asciiFilenameOf(scope, format),
      contentType: CONTENT_TYPE[format],
    };
  }
}
