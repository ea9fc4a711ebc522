import type { EntityManager } from '@mikro-orm/core';
import type { OfficerCategory, PairingReason, Role } from '@tongxin/schema';
import { hashPassword } from '../src/modules/auth/password.js';
import { Branch } from '../src/modules/org/branch.entity.js';
import { makeBranch, makeBureau, makeOfficer } from './factory.js';
import { DEMO_PASSWORD, type TestApp, type TestClient } from './test-app.js';

export interface PersonSpec {
  name: string;
  initials: string;
  badge: string;
  isMentor?: boolean;
  flaggedReason?: PairingReason;
  disabled?: boolean;
  username?: string;
  roles?: Role[];
  category?: OfficerCategory;
}

let passwordHash: Promise<string> | undefined;

/** Adds officers to a branch directly in the database (there is no API for the personnel roll). */
export async function addOfficers(t: TestApp, branchId: number, people: PersonSpec[]): Promise<Map<string, number>> {
  const em: EntityManager = t.app.orm.em.fork();
  const branch = await em.findOneOrFail(Branch, branchId);
  const hash = people.some((p) => p.username) ? await (passwordHash ??= hashPassword(DEMO_PASSWORD)) : undefined;
  const created = people.map((p) =>
    makeOfficer(em, branch, {
      name: p.name,
      nameInitials: p.initials,
      badgeNumber: p.badge,
      category: p.category,
      isMentor: p.isMentor ?? false,
      flaggedReason: p.flaggedReason,
      disabled: p.disabled ?? false,
      username: p.username,
      passwordHash: p.username ? hash : undefined,
      roles: p.roles,
    }),
  );
  await em.flush();
  return new Map(created.map((o) => [o.name, o.id]));
}

/** A second bureau with one officer: someone no mentor team of the demo bureau may include. */
export async function addForeignOfficer(t: TestApp): Promise<number> {
  const em = t.app.orm.em.fork();
  const bureau = makeBureau(em, { name: '海曙分局', code: 'HS' });
  const branch = makeBranch(em, bureau, { name: '西门派出所', code: 'HS-S01' });
  const officer = makeOfficer(em, branch, {
    name: '外局民警',
    nameInitials: 'wjmj',
    badgeNumber: '900001',
    isMentor: true,
  });
  await em.flush();
  return officer.id;
}

export async function meOf(c: TestClient): Promise<{ officerId: number; branchId: number }> {
  const res = await c.gql<{ me: { officer: { id: string }; branch: { id: string } } }>(
    '{ me { officer { id } branch { id } } }',
  );
  return { officerId: Number(res.data!.me.officer.id), branchId: Number(res.data!.me.branch.id) };
}
