import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { OfficerCategory, Role } from '@tongxin/schema';
import { Officer } from '../../modules/officers/officer.entity.js';
import { Branch } from '../../modules/org/branch.entity.js';
import type { Bureau } from '../../modules/org/bureau.entity.js';
import { type BranchSpec, branchCatalogue } from './branches.js';
import { NameGenerator, nameInitials } from './names.js';
import type { Rng } from './prng.js';

export type Post = 'head' | 'secretary' | 'deputy' | 'staff';

/** An officer's row before it is inserted (bureau and branch are added then). */
export type OfficerData = Omit<RequiredEntityData<Officer>, 'bureau' | 'branch'> & {
  name: string;
  category: OfficerCategory;
  isMentor: boolean;
  disabled: boolean;
};

export interface OfficerInfo {
  data: OfficerData;
  /** A reference to the inserted row (insertOfficers). */
  entity: Officer;
  branch: BranchInfo;
  post: Post;
  account?: AccountName;
}

export interface BranchInfo {
  spec: BranchSpec;
  entity: Branch;
  officers: OfficerInfo[];
  /** The branch secretary (支部书记): the 教导员, or the 副主任 of an office. */
  secretary: OfficerInfo;
}

type ProgramAccount = 'committee' | 'secretary' | 'mentor' | 'officer' | 'secretary2' | 'mentor2' | 'officer2';
/** The administrators' accounts: SYSADMIN and AUDITOR, held alone. */
type AdminAccount = 'admin' | 'auditor';
export type AccountName = ProgramAccount | AdminAccount;

interface AccountSpec {
  name: string;
  branch: string;
  post: Post;
  position: string;
  roles: Role[];
}

// The seven demo accounts of the program keep fixed names, so screenshots and documentation stay valid.
const ACCOUNTS: Record<ProgramAccount, AccountSpec> = {
  committee: {
    name: '王建国',
    branch: 'YZ-D01',
    post: 'head',
    position: '党委委员、政治处主任',
    roles: [Role.COMMITTEE],
  },
  secretary: { name: '李明', branch: 'YZ-S01', post: 'secretary', position: '教导员', roles: [Role.SECRETARY] },
  mentor: { name: '张卫东', branch: 'YZ-S01', post: 'staff', position: '社区民警', roles: [Role.MENTOR] },
  officer: { name: '周磊', branch: 'YZ-S01', post: 'staff', position: '巡逻民警', roles: [Role.OFFICER] },
  secretary2: { name: '陈立新', branch: 'YZ-S02', post: 'secretary', position: '教导员', roles: [Role.SECRETARY] },
  mentor2: { name: '赵海涛', branch: 'YZ-S02', post: 'staff', position: '社区民警', roles: [Role.MENTOR] },
  officer2: { name: '孙浩', branch: 'YZ-S02', post: 'staff', position: '案件侦办', roles: [Role.OFFICER] },
};

// Added after the drawn roster, with names no draw can produce (compound surnames) and badges
// below the drawn ones, so the rest of the demo bureau is the same row for row as without them.
const ADMIN_ACCOUNTS: Record<AdminAccount, AccountSpec & { badgeNumber: string }> = {
  admin: {
    name: '欧阳志远',
    branch: 'YZ-D20',
    post: 'staff',
    position: '系统管理员',
    roles: [Role.SYSADMIN],
    badgeNumber: '100001',
  },
  auditor: {
    name: '皇甫秀兰',
    branch: 'YZ-D04',
    post: 'staff',
    position: '安全审计员',
    roles: [Role.AUDITOR],
    badgeNumber: '100002',
  },
};

/** The demo accounts' usernames: a production start refuses a database that has any of them. */
export const DEMO_USERNAMES: readonly string[] = [...Object.keys(ACCOUNTS), ...Object.keys(ADMIN_ACCOUNTS)];

export interface Roster {
  branches: BranchInfo[];
  officers: OfficerInfo[];
  accounts: Record<AccountName, OfficerInfo>;
  byCode(code: string): BranchInfo;
}

interface Person {
  post: Post;
  category: OfficerCategory;
  position: string;
  isMentor: boolean;
  account?: ProgramAccount;
}

/** Creates the 47 branches and their officers (leaders, police, auxiliaries) with the demo accounts among them. */
export function createRoster(
  em: EntityManager,
  bureau: Bureau,
  rng: Rng,
  passwordHash: string,
  createdAt: Date,
): Roster {
  const names = new NameGenerator(rng.fork(1));
  for (const a of [...Object.values(ACCOUNTS), ...Object.values(ADMIN_ACCOUNTS)]) names.reserve(a.name);
  let policeBadge = 112_000;
  let auxBadge = 20_000;
  const branches: BranchInfo[] = [];
  const officers: OfficerInfo[] = [];
  const accounts = {} as Record<AccountName, OfficerInfo>;

  for (const spec of branchCatalogue()) {
    const entity = em.create(Branch, {
      bureau,
      name: spec.name,
      code: spec.code,
      kind: spec.kind,
      createdAt,
      updatedAt: createdAt,
    });
    const info = { spec, entity, officers: [] } as unknown as BranchInfo;
    branches.push(info);
    for (const person of staffBranch(spec, rng)) {
      const account = person.account ? ACCOUNTS[person.account] : undefined;
      const police = person.category === OfficerCategory.POLICE;
      const name = account?.name ?? names.next(rng.chance(police ? 0.15 : 0.3));
      const badgeNumber = police
        ? String((policeBadge += rng.int(1, 6)))
        : `F${String((auxBadge += rng.int(1, 4))).padStart(5, '0')}`;
      const data: OfficerData = {
        name,
        nameInitials: nameInitials(name),
        badgeNumber,
        category: person.category,
        position: person.position,
        // Zhejiang police phones carry a 6-digit virtual-network short number (虚拟网短号).
        phone: rng.chance(0.85) ? `6${rng.int(10_000, 99_999)}` : undefined,
        isMentor: person.isMentor,
        // A few auxiliaries have left: their records stay, they can no longer be assigned.
        disabled: person.post === 'staff' && !police && !person.account && rng.chance(0.006),
        username: person.account,
        passwordHash: person.account ? passwordHash : undefined,
        roles: account?.roles,
        createdAt,
        updatedAt: createdAt,
      };
      const o = { data, branch: info, post: person.post, account: person.account } as OfficerInfo;
      info.officers.push(o);
      officers.push(o);
      if (person.account) accounts[person.account] = o;
      if (person.post === 'secretary') info.secretary = o;
    }
  }
  const byCode = new Map(branches.map((b) => [b.spec.code, b]));
  for (const [account, spec] of Object.entries(ADMIN_ACCOUNTS) as [
    AdminAccount,
    (typeof ADMIN_ACCOUNTS)[AdminAccount],
  ][]) {
    const branch = byCode.get(spec.branch)!;
    const data: OfficerData = {
      name: spec.name,
      nameInitials: nameInitials(spec.name),
      badgeNumber: spec.badgeNumber,
      category: OfficerCategory.POLICE,
      position: spec.position,
      isMentor: false,
      disabled: false,
      username: account,
      passwordHash,
      roles: spec.roles,
      createdAt,
      updatedAt: createdAt,
    };
    const o = { data, branch, post: spec.post, account } as OfficerInfo;
    branch.officers.push(o);
    officers.push(o);
    accounts[account] = o;
  }
  return { branches, officers, accounts, byCode: (code) => byCode.get(code)! };
}

/**
 * Inserts the bureau, its branches and then the officers with plain multi-row INSERTs: 1,500 officers
 * through the unit of work would cost more than everything else the seeder does. Each officer then
 * gets a reference the later records point to.
 */
export async function insertRoster(em: EntityManager, bureau: Bureau, roster: Roster) {
  await em.flush();
  for (let i = 0; i < roster.officers.length; i += 500) {
    const chunk = roster.officers.slice(i, i + 500);
    await em.insertMany(
      Officer,
      chunk.map((o) => ({ ...o.data, bureau: bureau.id, branch: o.branch.entity.id })),
    );
  }
  // Badge numbers are unique: read the new ids back by them (one statement on both databases).
  const rows: { id: number; badge_number: string }[] = await (em as SqlEntityManager)
    .createQueryBuilder(Officer)
    .select(['id', 'badgeNumber'])
    .execute('all', false);
  const ids = new Map(rows.map((r) => [r.badge_number, r.id]));
  for (const o of roster.officers) o.entity = em.getReference(Officer, ids.get(o.data.badgeNumber)!);
}

/** The posts of one branch: head, secretary, deputies, then police and auxiliaries. */
function staffBranch(spec: BranchSpec, rng: Rng): Person[] {
  const size = spec.kind === 'STATION' ? spec.size + rng.int(-4, 4) : spec.size;
  const accounts = (Object.entries(ACCOUNTS) as [ProgramAccount, AccountSpec][]).filter(
    ([, a]) => a.branch === spec.code,
  );
  const account = (post: Post) => accounts.find(([, a]) => a.post === post);
  const leader = (post: Post, position: string): Person => {
    const acc = account(post);
    // Leaders are experienced and may mentor; the secretary runs the pairs instead.
    return {
      post,
      category: OfficerCategory.POLICE,
      position: acc?.[1].position ?? position,
      isMentor: post !== 'secretary' && !acc,
      account: acc?.[0],
    };
  };
  const people: Person[] = [leader('head', spec.head), leader('secretary', spec.secretary)];
  for (let i = 0; i < spec.deputies; i++) people.push(leader('deputy', spec.deputy));
  for (const [name, a] of accounts.filter(([, a]) => a.post === 'staff')) {
    people.push({
      post: 'staff',
      category: OfficerCategory.POLICE,
      position: a.position,
      isMentor: a.roles.includes(Role.MENTOR),
      account: name,
    });
  }
  const rest = size - people.length;
  const auxiliaries = Math.round(rest * spec.auxShare);
  for (let i = 0; i < rest - auxiliaries; i++) {
    people.push({
      post: 'staff',
      category: OfficerCategory.POLICE,
      position: rng.pick(spec.police),
      isMentor: rng.chance(0.2),
    });
  }
  for (let i = 0; i < auxiliaries; i++) {
    people.push({
      post: 'staff',
      category: OfficerCategory.AUXILIARY,
      position: rng.pick(spec.auxiliary),
      isMentor: false,
    });
  }
  return people;
}
