import type { FilterQuery } from '@mikro-orm/core';
import type { SubjectName } from '@tongxin/schema';
import { andWhere, findReadable, requireViewer, scopeWhere } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { parseDay, parseId } from '../../common/parse.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { Branch } from '../org/branch.entity.js';

/** The bureau or one branch, over a period of the bureau's local dates (both ends included). */
export interface ReportScope {
  bureauId: number;
  /** null: the whole bureau. */
  branch: Branch | null;
  from: string;
  to: string;
  /** [fromInstant, toInstant): from 00:00 to the day after `to`, 00:00, bureau time. */
  fromInstant: Date;
  toInstant: Date;
  /** When the figures were computed (the request's clock). */
  now: Date;
  today: string;
}

export interface ReportArgs {
  branchId?: string | number | null;
  from?: string | null;
  to?: string | null;
}

/** Longest period a report covers: keeps month series and exports bounded. */
export const MAX_PERIOD_DAYS = 366 * 5;
/** The instant a bureau-local day starts (UTC+8). */
export const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);
const addDaysToDate = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Default period: the current month and the eleven before it. */
export function defaultFrom(to: string): string {
  const [y, m] = to.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 11, 1));
  return start.toISOString().slice(0, 10);
}

export function resolvePeriod(ctx: AppContext, args: ReportArgs, required: boolean) {
  const today = localDate(ctx.clock.now());
  if (required && !args.from) throw badInput('from', 'START_DATE_REQUIRED');
  if (required && !args.to) throw badInput('to', 'END_DATE_REQUIRED');
  const to = args.to ? parseDay('to', args.to) : today;
  const from = args.from ? parseDay('from', args.from) : defaultFrom(to);
  if (from > to) throw badInput('to', 'END_BEFORE_START');
  if (new Date(to).getTime() - new Date(from).getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw badInput('from', 'PERIOD_TOO_LONG');
  }
  return { from, to, today, fromInstant: dayStart(from), toInstant: dayStart(addDaysToDate(to, 1)) };
}

/**
 * Who may see which report. `subject` is 'Dashboard' (read) or 'Ledger' (export); the rules give
 * the committee the bureau and a secretary their branch. A branch the viewer cannot see at all is
 * NOT_FOUND, like any record out of scope; no branch means the widest scope the viewer has.
 */
export async function resolveReportScope(
  ctx: AppContext,
  subject: 'Dashboard' | 'Ledger',
  args: ReportArgs,
  options: { periodRequired?: boolean } = {},
): Promise<ReportScope> {
  const viewer = requireViewer(ctx);
  const action = subject === 'Dashboard' ? 'read' : 'export';
  if (!ctx.ability.can(action, subject)) throw forbidden();
  const allowed = (branch: number | null) =>
    ctx.ability.can(action, {
      __typename: subject,
      bureau: viewer.bureauId,
      ...(branch === null ? {} : { branch }),
    });

  let branch: Branch | null = null;
  if (args.branchId != null && args.branchId !== '') {
    const found = await findReadable(ctx, Branch, 'Branch', parseId('branchId', args.branchId));
    if (!found || found.bureau.id !== viewer.bureauId) throw notFound('BRANCH_NOT_FOUND');
    if (!allowed(found.id)) throw forbidden();
    branch = found;
  } else if (!allowed(null)) {
    if (!allowed(viewer.branchId)) throw forbidden();
    branch = await ctx.em.findOneOrFail(Branch, viewer.branchId);
  }
  const period = resolvePeriod(ctx, args, options.periodRequired ?? false);
  return { bureauId: viewer.bureauId, branch, now: ctx.clock.now(), ...period };
}

/**
 * The viewer's read scope on `subject` narrowed to the report's bureau or branch: every figure
 * and every exported row is a record the viewer could open. null: nothing is readable.
 */
export function readableIn<T extends object>(
  ctx: Pick<AppContext, 'ability'>,
  subject: SubjectName,
  scope: ReportScope,
  extra: FilterQuery<T> = {} as FilterQuery<T>,
): FilterQuery<T> | null {
  const rules = scopeWhere<T>(ctx.ability, 'read', subject);
  if (rules === null) return null;
  const unit = { bureau: scope.bureauId, ...(scope.branch ? { branch: scope.branch.id } : {}) };
  return andWhere<T>(rules, andWhere<T>(unit as FilterQuery<T>, extra));
}
