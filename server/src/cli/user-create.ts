import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/core';
import {
  BranchKind,
  EXCLUSIVE_ROLES,
  LIMITS,
  OfficerCategory,
  ROLES,
  type Role,
  isExclusiveRole,
} from '@tongxin/schema';
import { DomainError } from '../common/errors.js';
import { nameInitials } from '../db/seeders/names.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { hashPassword } from '../modules/auth/password.js';
import { checkPasswordPolicy } from '../modules/auth/password-policy.js';
import { Officer } from '../modules/officers/officer.entity.js';
import { Branch } from '../modules/org/branch.entity.js';
import { Bureau } from '../modules/org/bureau.entity.js';

/** A refusal the operator can act on: printed as is, exit status 1 (2 for a wrong command line). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const USAGE = `Creates an account: an officer record with a username, roles and a password.

  npm run user:create -- --username NAME --role ROLE [--role ROLE…] --name 姓名 --badge NUMBER
        [--category POLICE|AUXILIARY] [--position TEXT]
        [--bureau-code CODE [--bureau-name 名称]] [--branch-code CODE [--branch-name 名称]]

  --role          one of ${ROLES.join(', ')}; repeat for several
  --bureau-code   the bureau (分局) of the account; needed when the database has several. When it has
                  none, --bureau-code and --bureau-name create it.
  --branch-code   the branch (支部) of the account, created with --branch-name when it does not exist.
                  Without it the account goes to the bureau's office branch <bureau code>-HQ
                  (--branch-name, default 分局机关), created when missing.

The password is asked for twice without echo, or read from the first line of standard input when
that is not a terminal (printf '%s\\n' "$PASSWORD" | npm run user:create -- …). It is never taken
from the command line or the environment, where other users and shell histories could read it.`;

export interface AccountSpec {
  username: string;
  roles: Role[];
  name: string;
  badge: string;
  category: OfficerCategory;
  position?: string;
  bureauCode?: string;
  bureauName?: string;
  branchCode?: string;
  branchName?: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const CODE = /^[A-Za-z0-9-]{1,32}$/;

export function parseAccountArgs(argv: string[]): AccountSpec | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        role: { type: 'string', multiple: true },
        name: { type: 'string' },
        badge: { type: 'string' },
        category: { type: 'string', default: OfficerCategory.POLICE },
        position: { type: 'string' },
        'bureau-code': { type: 'string' },
        'bureau-name': { type: 'string' },
        'branch-code': { type: 'string' },
        'branch-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${USAGE}`, 2);
  }
  if (values.help) return 'help';
  const missing = (['username', 'role', 'name', 'badge'] as const).filter((k) => !values[k]?.length);
  if (missing.length) throw new CliError(`Missing ${missing.map((k) => `--${k}`).join(', ')}\n\n${USAGE}`, 2);

  const username = values.username!.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new CliError('--username: 2 to 64 lowercase letters, digits, dots, dashes or underscores', 2);
  }
  const roles = [...new Set(values.role!.map((r) => r.trim().toUpperCase()))];
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new CliError(`--role: unknown ${unknown.join(', ')}; one of ${ROLES.join(', ')}`, 2);
  // 三员分立: a sysadmin or an auditor holds that role alone.
  if (roles.length > 1 && roles.some(isExclusiveRole)) {
    throw new CliError(`--role: ${EXCLUSIVE_ROLES.join(' and ')} are held alone, without any other role`, 2);
  }
  const category = values.category.toUpperCase();
  if (!(Object.values(OfficerCategory) as string[]).includes(category)) {
    throw new CliError(`--category: POLICE or AUXILIARY`, 2);
  }
  const name = values.name!.trim();
  if (!name || name.length > LIMITS.nameMax) throw new CliError(`--name: 1 to ${LIMITS.nameMax} characters`, 2);
  const badge = values.badge!.trim();
  if (!/^[A-Za-z0-9]{1,16}$/.test(badge)) throw new CliError('--badge: 1 to 16 letters or digits', 2);
  for (const flag of ['bureau-code', 'branch-code'] as const) {
    const code = values[flag];
    if (code !== undefined && !CODE.test(code)) throw new CliError(`--${flag}: 1 to 32 letters, digits or dashes`, 2);
  }
  return {
    username,
    roles: roles as Role[],
    name,
    badge,
    category: category as OfficerCategory,
    position: values.position?.trim() || undefined,
    bureauCode: values['bureau-code'],
    bureauName: values['bureau-name']?.trim() || undefined,
    branchCode: values['branch-code'],
    branchName: values['branch-name']?.trim() || undefined,
  };
}

/**
 * Why this password is refused, or null: the accounts' own policy (12–128 characters, not a common
 * password, not containing the username or badge number), and never the published demo password.
 */
export async function passwordProblem(password: string, username: string, badge = ''): Promise<string | null> {
  if (password === 'tongxin-demo') return 'That is the demo password, which is published.';
  try {
    await checkPasswordPolicy('password', password, { username, badgeNumber: badge });
    return null;
  } catch (e) {
    if (e instanceof DomainError) return `${e.message}.`;
    throw e;
  }
}

async function bureauFor(em: EntityManager, spec: AccountSpec): Promise<Bureau> {
  if (spec.bureauCode) {
    const found = await em.findOne(Bureau, { code: spec.bureauCode });
    if (found) return found;
    if (!spec.bureauName) {
      throw new CliError(`No bureau has the code ${spec.bureauCode}: add --bureau-name to create it.`, 2);
    }
    return em.create(Bureau, { code: spec.bureauCode, name: spec.bureauName });
  }
  const all = await em.find(Bureau, {}, { orderBy: { id: 'asc' } });
  if (all.length === 1) return all[0];
  if (all.length === 0) {
    throw new CliError('The database has no bureau yet: give --bureau-code and --bureau-name to create it.', 2);
  }
  throw new CliError(
    `The database has several bureaus: choose one with --bureau-code (${all.map((b) => b.code).join(', ')}).`,
    2,
  );
}

async function branchFor(em: EntityManager, bureau: Bureau, spec: AccountSpec): Promise<Branch> {
  const code = spec.branchCode ?? `${bureau.code}-HQ`;
  const found = await em.findOne(Branch, { code });
  if (found) {
    if (found.bureau.id !== bureau.id) throw new CliError(`Branch ${code} belongs to another bureau.`, 2);
    return found;
  }
  if (spec.branchCode && !spec.branchName) {
    throw new CliError(`No branch has the code ${code}: add --branch-name to create it.`, 2);
  }
  return em.create(Branch, { bureau, code, name: spec.branchName ?? '分局机关', kind: BranchKind.DEPARTMENT });
}

/**
 * Creates the officer and their account in one transaction, with its bureau and branch when they
 * do not exist yet, and records it in the audit log (no actor: it was done at the server's console).
 */
export async function createAccount(em: EntityManager, spec: AccountSpec, password: string) {
  const problem = await passwordProblem(password, spec.username, spec.badge);
  if (problem) throw new CliError(problem);
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    if (await tx.count(Officer, { username: spec.username })) {
      throw new CliError(`The username ${spec.username} is taken.`);
    }
    if (await tx.count(Officer, { badgeNumber: spec.badge })) {
      throw new CliError(`An officer with badge number ${spec.badge} already exists.`);
    }
    const bureau = await bureauFor(tx, spec);
    const branch = await branchFor(tx, bureau, spec);
    const officer = tx.create(Officer, {
      bureau,
      branch,
      name: spec.name,
      nameInitials: nameInitials(spec.name),
      badgeNumber: spec.badge,
      category: spec.category,
      position: spec.position,
      username: spec.username,
      passwordHash,
      roles: spec.roles,
    });
    await tx.flush();
    tx.persist(
      tx.create(AuditEvent, {
        bureau,
        actor: null,
        action: 'account.create',
        subjectType: 'Officer',
        subjectId: String(officer.id),
        detail: { username: spec.username, roles: spec.roles, via: 'console' },
      }),
    );
    return { officer, bureau, branch };
  });
}
