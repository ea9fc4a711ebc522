import type { EntityManager } from '@mikro-orm/core';
import { MentorRole, Role } from '@tongxin/schema';
import { hashPassword } from '../../modules/auth/password.js';
import { Officer } from '../../modules/officers/officer.entity.js';
import { Branch } from '../../modules/org/branch.entity.js';
import { Bureau } from '../../modules/org/bureau.entity.js';
import { PairingMentor } from '../../modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../../modules/pairings/pairing.entity.js';

export const DEMO_PASSWORD = 'tongxin-demo';

/** The demo bureau (DESIGN.md "Demo data"). Deterministic. */
export async function seedDemoBureau(em: EntityManager, now: Date) {
  void now;
  const hash = await hashPassword(DEMO_PASSWORD);
  const bureau = em.create(Bureau, { name: '鄞州分局', code: 'YZ' });
  const a = em.create(Branch, { bureau, name: '钟公庙派出所', code: 'YZ-S01', kind: 'STATION' });
  const b = em.create(Branch, { bureau, name: '首南派出所', code: 'YZ-S02', kind: 'STATION' });
  const hq = em.create(Branch, { bureau, name: '政治处', code: 'YZ-D01', kind: 'DEPARTMENT' });
  let badge = 100001;
  const person = (branch: Branch, name: string, initials: string, username?: string, roles?: Role[]) =>
    em.create(Officer, {
      bureau,
      branch,
      name,
      nameInitials: initials,
      badgeNumber: String(badge++),
      category: 'POLICE',
      username,
      passwordHash: username ? hash : undefined,
      roles,
      isMentor: roles?.includes(Role.MENTOR) ?? false,
    });
  person(hq, '王建国', 'wjg', 'committee', [Role.COMMITTEE]);
  for (const [branch, suffix] of [
    [a, ''],
    [b, '2'],
  ] as const) {
    person(branch, suffix ? '陈立新' : '李明', suffix ? 'clx' : 'lm', `secretary${suffix}`, [Role.SECRETARY]);
    const mentor = person(branch, suffix ? '赵海涛' : '张卫东', suffix ? 'zht' : 'zwd', `mentor${suffix}`, [
      Role.MENTOR,
    ]);
    const mentee = person(branch, suffix ? '孙浩' : '周磊', suffix ? 'sh' : 'zl', `officer${suffix}`, [Role.OFFICER]);
    const start = new Date('2026-06-01T00:00:00Z');
    const pairing = em.create(Pairing, {
      bureau,
      branch,
      mentee,
      reason: 'DISCIPLINED',
      goals: '帮助其正确认识问题，放下包袱，轻装上阵',
      startDate: '2026-06-01',
      plannedEndDate: '2027-06-01',
      nextContactDue: new Date(start.getTime() + 30 * 86_400_000),
      riskNotes: '近期情绪低落，需重点关注',
    });
    em.create(PairingMentor, { pairing, officer: mentor, role: MentorRole.LEAD, startedAt: start });
  }
  await em.flush();
}
