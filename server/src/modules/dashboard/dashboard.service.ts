import type { FilterQuery } from '@mikro-orm/core';
import { ActionItemStatus, PairingReason, PairingStatus, ReviewRating, TalkKind, VisitKind } from '@tongxin/schema';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from '../reviews/outcome-review.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { type ContactGroup, DashboardRepository, overlapping } from './dashboard.repository.js';
import { forumFigures } from './forum-figures.js';
import {
  ActionItemStats,
  BranchFigures,
  Dashboard,
  MonthContacts,
  MonthRatings,
  PairingStatusCounts,
  type DashboardArgs,
} from './dashboard.types.js';
import { type ReportScope, readableIn, resolveReportScope } from './report-scope.js';

const REVIEW_RATINGS = Object.values(ReviewRating);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const sumBy = <T>(rows: T[], pick: (r: T) => number, keep: (r: T) => boolean = () => true) =>
  rows.reduce((s, r) => (keep(r) ? s + pick(r) : s), 0);

/** Every 'YYYY-MM' from the period's first month to its last. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The last 'YYYY-MM-DD' of a 'YYYY-MM' month. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The action-item figures, defined once: every figure but `total` counts the items that were not
 * dropped, so 应整改 = 已完成 + 未完成, 即知即改 is part of 已完成, and 整改完成率 = 已完成 / 应整改.
 */
export function actionItemStats(items: { status: string; count: number; onTime: number; overdue: number }[]) {
  const by = (s: string) =>
    sumBy(
      items,
      (r) => r.count,
      (r) => r.status === s,
    );
  const done = by(ActionItemStatus.DONE);
  const open = by(ActionItemStatus.OPEN);
  const counted = done + open;
  return Object.assign(new ActionItemStats(), {
    total: sumBy(items, (r) => r.count),
    counted,
    done,
    doneOnTime: sumBy(items, (r) => r.onTime),
    open,
    overdue: sumBy(items, (r) => r.overdue),
    dropped: by(ActionItemStatus.DROPPED),
    completionRate: ratio(done, counted),
  });
}

export class DashboardService {
  async dashboard(ctx: AppContext, args: DashboardArgs): Promise<Dashboard> {
    const scope = await resolveReportScope(ctx, 'Dashboard', args);
    return this.compute(ctx, scope);
  }

  async compute(ctx: AppContext, scope: ReportScope): Promise<Dashboard> {
    const repo = new DashboardRepository(ctx.em);
    const during = { $gte: scope.fromInstant, $lt: scope.toInstant };
    const pairingWhere = readableIn<Pairing>(ctx, 'Pairing', scope, overlapping(scope));
    const visitWhere = readableIn<Visit>(ctx, 'Visit', scope, { occurredAt: during });
    const talkWhere = readableIn<Talk>(ctx, 'Talk', scope, { occurredAt: during });
    const itemWhere = readableIn<ActionItem>(ctx, 'ActionItem', scope, {
      dueDate: { $gte: scope.from, $lte: scope.to },
    });
    const reviewWhere = readableIn<OutcomeReview>(ctx, 'OutcomeReview', scope, { createdAt: during });
    const branchWhere = (
      scope.branch ? { id: scope.branch.id } : readableBranches(ctx, scope.bureauId)
    ) as FilterQuery<Branch> | null;

    const [pairings, mentees, visits, talks, items, ratings, branches] = await Promise.all([
      pairingWhere ? repo.pairingGroups(pairingWhere, scope.now) : [],
      pairingWhere ? repo.menteeCounts(pairingWhere) : { total: 0, byBranch: new Map<number, number>() },
      visitWhere ? repo.visitGroups(visitWhere) : [],
      talkWhere ? repo.talkGroups(talkWhere) : [],
      itemWhere ? repo.actionItemGroups(itemWhere, scope.today) : [],
      reviewWhere ? repo.ratingGroups(reviewWhere) : [],
      branchWhere ? ctx.em.find(Branch, branchWhere, { orderBy: { code: 'asc' } }) : [],
    ]);

    const d = new Dashboard();
    d.bureau = scope.bureauId;
    d.branch = scope.branch;
    d.from = scope.from;
    d.to = scope.to;
    d.asOf = scope.now;
    d.officersHelped = mentees.total;

    const byStatus = (s: string) =>
      sumBy(
        pairings,
        (r) => r.count,
        (r) => r.status === s,
      );
    d.pairings = Object.assign(new PairingStatusCounts(), {
      total: sumBy(pairings, (r) => r.count),
      active: byStatus(PairingStatus.ACTIVE),
      inReview: byStatus(PairingStatus.IN_REVIEW),
      concluded: byStatus(PairingStatus.CONCLUDED),
      escalated: byStatus(PairingStatus.ESCALATED),
      cancelled: byStatus(PairingStatus.CANCELLED),
    });
    d.pairingsByReason = Object.values(PairingReason).map((reason) => ({
      reason,
      count: sumBy(
        pairings,
        (r) => r.count,
        (r) => r.reason === reason,
      ),
    }));
    d.overduePairings = sumBy(pairings, (r) => r.overdue);

    d.contactsByKind = Object.values(VisitKind).map((kind) => {
      const rows = visits.filter((r) => r.kind === kind);
      return {
        kind,
        count: sumBy(rows, (r) => r.count),
        sessions: sumBy(rows, (r) => r.sessions),
        acknowledged: sumBy(rows, (r) => r.acknowledged),
      };
    });
    d.visitCount = sumBy(visits, (r) => r.count);
    d.followUpVisits = sumBy(
      visits,
      (r) => r.count,
      (r) => r.kind === VisitKind.FOLLOW_UP,
    );
    d.acknowledgmentRate = ratio(
      sumBy(visits, (r) => r.acknowledged),
      d.visitCount,
    );

    d.actionItems = actionItemStats(items);

    d.talksByKind = Object.values(TalkKind).map((kind) => ({
      kind,
      count: sumBy(
        talks,
        (r) => r.count,
        (r) => r.kind === kind,
      ),
    }));
    d.talkCount = sumBy(talks, (r) => r.count);

    const months = monthsOf(scope.from, scope.to);
    const inMonth = (rows: ContactGroup[], month: string, kind?: string) =>
      sumBy(
        rows,
        (r) => r.count,
        (r) => r.month === month && (!kind || r.kind === kind),
      );
    const lastCounted = scope.to < scope.today ? scope.to : scope.today;
    d.contactsByMonth = months.map((month) =>
      Object.assign(new MonthContacts(), {
        month,
        partial: `${month}-01` < scope.from || lastDayOf(month) > lastCounted,
        visits: inMonth(visits, month),
        followUps: inMonth(visits, month, VisitKind.FOLLOW_UP),
        talks: inMonth(talks, month),
      }),
    );
    // 座谈会 场 and the problems raised at them come from the forum and problem records.
    Object.assign(d, await forumFigures(ctx, scope, branches, d.contactsByMonth));
    d.ratings = REVIEW_RATINGS.map((rating) => ({
      rating,
      count: sumBy(
        ratings,
        (r) => r.count,
        (r) => r.rating === rating,
      ),
    }));
    d.ratingsByMonth = months.map((month) =>
      Object.assign(new MonthRatings(), {
        month,
        ratings: REVIEW_RATINGS.map((rating) => ({
          rating,
          count: sumBy(
            ratings,
            (r) => r.count,
            (r) => r.month === month && r.rating === rating,
          ),
        })),
      }),
    );

    d.branches = branches
      .map((branch) => {
        const mine = <T extends { branchId: number }>(r: T) => r.branchId === branch.id;
        const active = sumBy(
          pairings,
          (r) => r.count,
          (r) => mine(r) && r.status === PairingStatus.ACTIVE,
        );
        const overdue = sumBy(pairings, (r) => r.overdue, mine);
        const contacts = sumBy(visits, (r) => r.count, mine);
        return Object.assign(new BranchFigures(), {
          branch,
          officersHelped: mentees.byBranch.get(branch.id) ?? 0,
          active,
          inReview: sumBy(
            pairings,
            (r) => r.count,
            (r) => mine(r) && r.status === PairingStatus.IN_REVIEW,
          ),
          overdue,
          overdueShare: active > 0 ? overdue / active : 0,
          contacts,
          followUps: sumBy(
            visits,
            (r) => r.count,
            (r) => mine(r) && r.kind === VisitKind.FOLLOW_UP,
          ),
          talks: sumBy(talks, (r) => r.count, mine),
          acknowledgmentRate: ratio(
            sumBy(visits, (r) => r.acknowledged, mine),
            contacts,
          ),
        });
      })
      .sort(
        (a, b) =>
          b.overdueShare - a.overdueShare ||
          b.overdue - a.overdue ||
          b.active - a.active ||
          a.branch.code.localeCompare(b.branch.code),
      );
    return d;
  }
}

/** The branches of the bureau the viewer may read. */
function readableBranches(ctx: AppContext, bureauId: number) {
  return readableIn<Branch>(ctx, 'Branch', { bureauId, branch: null } as ReportScope);
}
