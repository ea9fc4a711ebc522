import type { EntityManager } from '@mikro-orm/core';
import type { ForumKind, ProblemStatus } from '@tongxin/schema';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Branch } from '../src/modules/org/branch.entity.js';
import { ProblemCategory } from '../src/modules/problems/problem-category.entity.js';
import { makeForum, makeProblem } from './factory.js';
import type { BranchFixture } from './reviews-fixture.js';
import type { TestApp } from './test-app.js';

// Forums and problems of the fixture branch (reviews-fixture.ts) with every case the dashboard
// counts: inside and outside the period, every status, overdue and not, and a committee forum whose
// problem the branch owns but did not raise. Today is 2026-10-20 (FIXTURE_NOW).

export interface ForumSpec {
  key: string;
  at: Date;
  kind: ForumKind;
  /** A committee forum of the bureau (no branch). */
  committee?: boolean;
}
export interface ProblemSpec {
  forum: string;
  status: ProblemStatus;
  dueDate?: string;
  /** Owned by the fixture branch though raised elsewhere. */
  ownedByBranch?: boolean;
  anonymous?: boolean;
}

export const FORUMS: ForumSpec[] = [
  { key: 'F0', at: new Date('2026-05-20T02:00:00Z'), kind: 'GROUP' },
  { key: 'F1', at: new Date('2026-06-10T06:00:00Z'), kind: 'ASSISTANCE' },
  // 07-31 20:00 UTC is 08-01 04:00 bureau time: an August forum.
  { key: 'F2', at: new Date('2026-07-31T20:00:00Z'), kind: 'GROUP' },
  { key: 'F3', at: new Date('2026-10-02T06:00:00Z'), kind: 'OTHER' },
  { key: 'C1', at: new Date('2026-09-15T06:00:00Z'), kind: 'HEART_TO_HEART', committee: true },
];

export const PROBLEMS: ProblemSpec[] = [
  { forum: 'F0', status: 'CLOSED', dueDate: '2026-06-30' },
  { forum: 'F1', status: 'FIXED_ON_THE_SPOT' },
  { forum: 'F1', status: 'CLOSED', dueDate: '2026-07-01' },
  { forum: 'F1', status: 'RECTIFYING', dueDate: '2026-09-30', anonymous: true },
  { forum: 'F2', status: 'OPEN' },
  { forum: 'F2', status: 'OPEN', dueDate: '2026-10-01' },
  { forum: 'F2', status: 'DECLINED' },
  { forum: 'F3', status: 'FIXED_ON_THE_SPOT' },
  { forum: 'F3', status: 'RECTIFYING', dueDate: '2026-11-30' },
  { forum: 'C1', status: 'RECTIFYING', dueDate: '2026-10-10', ownedByBranch: true },
];

export interface ForumFixture {
  forumIds: Record<string, number>;
  problemIds: number[];
}

/** Writes the forums (hosted by the fixture's secretary, the committee's by the committee) and problems. */
export async function addForumFixture(t: TestApp, fx: BranchFixture): Promise<ForumFixture> {
  const em: EntityManager = t.app.orm.em.fork();
  const branch = await em.findOneOrFail(Branch, fx.branchId);
  const secretary = await em.findOneOrFail(Officer, { username: fx.secretary });
  const committee = await em.findOneOrFail(Officer, { username: 'committee' });
  const [category] = await em.find(ProblemCategory, { bureau: fx.bureauId }, { orderBy: { position: 'asc' } });
  const forums = new Map(
    FORUMS.map((f) => [
      f.key,
      makeForum(em, {
        bureau: branch.bureau,
        branch: f.committee ? null : branch,
        host: f.committee ? committee : secretary,
        kind: f.kind,
        title: `座谈会 ${f.key}`,
        occurredAt: f.at,
      }),
    ]),
  );
  const problems = PROBLEMS.map((p, i) =>
    makeProblem(em, {
      forum: forums.get(p.forum)!,
      category,
      text: `问题 ${i}`,
      status: p.status,
      dueDate: p.dueDate ?? null,
      anonymous: p.anonymous ?? false,
      ownerBranch: p.ownedByBranch ? branch : null,
    }),
  );
  await em.flush();
  return {
    forumIds: Object.fromEntries([...forums].map(([k, f]) => [k, f.id])),
    problemIds: problems.map((p) => p.id),
  };
}
