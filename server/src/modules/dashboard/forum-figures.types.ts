import { Field, Int, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { Branch } from '../org/branch.entity.js';
import { ProblemCategory } from '../problems/problem-category.entity.js';

const WHY = 'Counts inside a Dashboard, computed over the viewer’s scope.';

@ObjectType({
  description:
    'Problems raised in the period, by their status now: raised = open + fixedOnTheSpot + rectifying + closed + ' +
    'declined; overdue (part of open + rectifying) as of now.',
})
export class ProblemStats {
  @Field(() => Int, { description: '征集问题' }) raised!: number;
  @Field(() => Int, { description: '待处理' }) open!: number;
  @Field(() => Int, { description: '即知即改' }) fixedOnTheSpot!: number;
  @Field(() => Int, { description: '限期整改中' }) rectifying!: number;
  @Field(() => Int, { description: '已销号' }) closed!: number;
  @Field(() => Int, { description: '不予采纳' }) declined!: number;
  @Field(() => Int, { description: '逾期: open or rectifying past the due date' }) overdue!: number;
}
guardedByParent('ProblemStats', WHY);

@ObjectType({ description: 'Forums held and problems raised in one month' })
export class MonthProblems {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field({ description: 'The period covers only part of the month, or the month has not ended' })
  partial!: boolean;
  @Field(() => Int, { description: '座谈会 场' }) forums!: number;
  @Field(() => Int) raised!: number;
  @Field(() => Int) fixedOnTheSpot!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) overdue!: number;
}
guardedByParent('MonthProblems', WHY);

@ObjectType({ description: 'Forums and problems of one branch; branch null: the committee’s own forums' })
export class BranchProblems {
  @Field(() => Branch, { nullable: true }) branch!: Branch | null;
  @Field(() => Int, { description: '座谈会 场' }) forums!: number;
  @Field(() => Int) raised!: number;
  @Field(() => Int) fixedOnTheSpot!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) overdue!: number;
}
guardedByParent('BranchProblems', WHY);

@ObjectType()
export class CategoryProblems {
  @Field(() => ProblemCategory) category!: ProblemCategory;
  @Field(() => Int) raised!: number;
}
guardedByParent('CategoryProblems', WHY);
