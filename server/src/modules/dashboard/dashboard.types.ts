import { Optional } from '../../common/input-fields.js';
import { PairingReason, ReviewRating, TalkKind, VisitKind } from '@tongxin/schema';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { guardedByParent } from '../../common/decisions.js';
import { Branch } from '../org/branch.entity.js';
import { BranchProblems, CategoryProblems, MonthProblems, ProblemStats } from './forum-figures.types.js';

@ArgsType()
export class DashboardArgs {
  @Optional(() => ID, 'One branch; omitted: the widest scope the viewer has')
  branchId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default: first day of the month 11 months ago' })
  @IsOptional()
  @MaxLength(10)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, included; default: today' })
  @IsOptional()
  @MaxLength(10)
  to?: string | null;
}

@ObjectType({ description: 'Pairings by their current status' })
export class PairingStatusCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) inReview!: number;
  @Field(() => Int) concluded!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) cancelled!: number;
}
guardedByParent('PairingStatusCounts', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType()
export class ReasonCount {
  @Field(() => PairingReason) reason!: PairingReason;
  @Field(() => Int) count!: number;
}
guardedByParent('ReasonCount', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType({ description: '人次: each logged contact; sessions: distinct meetings (座谈会 场)' })
export class ContactKindCount {
  @Field(() => VisitKind) kind!: VisitKind;
  @Field(() => Int, { description: '人次' }) count!: number;
  @Field(() => Int, { description: 'Distinct meetings per branch (same time)' }) sessions!: number;
  @Field(() => Int) acknowledged!: number;
}
guardedByParent('ContactKindCount', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType()
export class TalkKindCount {
  @Field(() => TalkKind) kind!: TalkKind;
  @Field(() => Int) count!: number;
}
guardedByParent('TalkKindCount', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType({
  description:
    '整改事项 due in the period. One base for every figure: `counted` (应整改) is the items due in the ' +
    'period that were not dropped, `done` + `open` = `counted`; `doneOnTime` (即知即改) is the part of ' +
    '`done` closed by its due date; `completionRate` = `done` / `counted`.',
})
export class ActionItemStats {
  @Field(() => Int, { description: 'Items due in the period, dropped included' }) total!: number;
  @Field(() => Int, { description: '应整改: items due in the period, not dropped (done + open)' }) counted!: number;
  @Field(() => Int, { description: '已完成: done, on time or late' }) done!: number;
  @Field(() => Int, { description: '即知即改: done on or before the due date (part of done)' }) doneOnTime!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int, { description: 'Open past their due date (part of open)' }) overdue!: number;
  @Field(() => Int) dropped!: number;
  @Field(() => Float, { nullable: true, description: '整改完成率: done / counted; null without counted items' })
  completionRate!: number | null;
}
guardedByParent('ActionItemStats', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType()
export class MonthContacts {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field({
    description: 'The period covers only part of the month, or the month has not ended: its counts are not comparable',
  })
  partial!: boolean;
  @Field(() => Int) visits!: number;
  @Field(() => Int) followUps!: number;
  @Field(() => Int) talks!: number;
}
guardedByParent('MonthContacts', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType()
export class RatingCount {
  @Field(() => ReviewRating) rating!: ReviewRating;
  @Field(() => Int) count!: number;
}
guardedByParent('RatingCount', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType()
export class MonthRatings {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => [RatingCount]) ratings!: RatingCount[];
}
guardedByParent('MonthRatings', 'Counts inside a Dashboard, computed over the viewer’s scope.');

@ObjectType({ description: 'One branch in the ranking' })
export class BranchFigures {
  @Field(() => Branch) branch!: Branch;
  @Field(() => Int) officersHelped!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) inReview!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { description: 'overdue / active; 0 without active pairings' }) overdueShare!: number;
  @Field(() => Int, { description: 'Visits in the period' }) contacts!: number;
  @Field(() => Int) followUps!: number;
  @Field(() => Int) talks!: number;
  @Field(() => Float, { nullable: true }) acknowledgmentRate!: number | null;
}
guardedByParent('BranchFigures', 'A row of a Dashboard, computed over the viewer’s scope.');

@ObjectType({
  description:
    'Figures of the bureau or one branch. Pairings: those whose planned span overlaps the period ' +
    '(startDate ≤ to, plannedEndDate ≥ from), by current status; overdue is as of now. Visits and ' +
    'talks: occurred in the period. Action items: due in the period. Reviews: made in the period. ' +
    'Every figure counts only records the viewer may read.',
})
export class Dashboard {
  /**
   * 'Dashboard' is a CASL subject: the field middleware checks each field against the viewer's
   * read rule ({ bureau } for the committee, { branch } for a secretary), so the record carries both.
   */
  bureau!: number;
  @Field(() => Branch, { nullable: true, description: 'null: the whole bureau' }) branch!: Branch | null;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Date) asOf!: Date;
  @Field(() => Int, { description: '结对帮扶人数: distinct mentees, cancelled pairings excluded' })
  officersHelped!: number;
  @Field(() => PairingStatusCounts) pairings!: PairingStatusCounts;
  @Field(() => [ReasonCount]) pairingsByReason!: ReasonCount[];
  @Field(() => Int, { description: 'Active pairings past their next contact due date' }) overduePairings!: number;
  @Field(() => [ContactKindCount]) contactsByKind!: ContactKindCount[];
  @Field(() => Int) visitCount!: number;
  @Field(() => Int, { description: '回访教育 人次' }) followUpVisits!: number;
  @Field(() => Int, { description: '座谈会 场: forums (Forum records) held in the period' }) forumSessions!: number;
  @Field(() => ProblemStats, { description: '征集问题 / 即知即改 / 已销号 / 逾期: problems raised in the period' })
  problems!: ProblemStats;
  @Field(() => [MonthProblems], { description: 'Every month of the period, oldest first' })
  problemsByMonth!: MonthProblems[];
  @Field(() => [BranchProblems], {
    description:
      'Branches with forums or problems in the period, most problems first; branch null: the committee’s forums',
  })
  problemsByBranch!: BranchProblems[];
  @Field(() => [CategoryProblems], { description: 'The bureau’s categories in order' })
  problemsByCategory!: CategoryProblems[];
  @Field(() => Float, { nullable: true, description: 'Acknowledged visits / visits; null without visits' })
  acknowledgmentRate!: number | null;
  @Field(() => ActionItemStats) actionItems!: ActionItemStats;
  @Field(() => [TalkKindCount]) talksByKind!: TalkKindCount[];
  @Field(() => Int) talkCount!: number;
  @Field(() => [MonthContacts], { description: 'Every month of the period, oldest first' })
  contactsByMonth!: MonthContacts[];
  @Field(() => [RatingCount]) ratings!: RatingCount[];
  @Field(() => [MonthRatings], { description: 'Every month of the period, oldest first' })
  ratingsByMonth!: MonthRatings[];
  @Field(() => [BranchFigures], { description: 'Ranked by overdue share, highest first' })
  branches!: BranchFigures[];
}
