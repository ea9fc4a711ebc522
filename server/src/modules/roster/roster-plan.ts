import type { EntityManager } from '@mikro-orm/core';
import { type AppAbility, isExclusiveRole, Role, type SubjectRecord } from '@tongxin/schema';
import { DomainError } from '../../common/errors.js';
import { checkRoles } from '../admin/account.service.js';
import type { Officer } from '../officers/officer.entity.js';
import type { Branch } from '../org/branch.entity.js';
import { holdsExclusiveRole } from '../pairings/pairing-mentors.js';
import { type ReadRow, type RowValues, problem } from './roster-rows.js';
import type { FieldChange, ImportRow, RowProblem } from './roster-report.js';

// A row against the database: which officer it is (by 警号), in which branch, what would change,
// and whether the importer may make that change. The account rules are the administration
// module's (checkRoles): the file cannot do what setAccountRoles would refuse.

/** Account roles a roster cell may grant; 帮教责任人 is the isMentor flag and OFFICER every account. */
const ACCOUNT_ROLES: readonly Role[] = [Role.COMMITTEE, Role.SECRETARY, Role.SYSADMIN, Role.AUDITOR];

export interface PlanContext {
  em: EntityManager;
  bureauId: number;
  /** The importer's rules; null for the operator's command line, who holds the database itself. */
  ability: AppAbility | null;
  branches: Map<string, Branch>;
  branchNames: Map<number, string>;
  officers: Map<string, Officer>;
}

export interface PlannedRow extends ImportRow {
  values: Partial<RowValues>;
  officer: Officer | null;
  branch: Branch | null;
  /** The account's roles after the import, when they change. */
  accountRoles: Role[] | null;
}

const may = (ctx: PlanContext, action: 'create' | 'update' | 'transfer', subject: SubjectRecord) =>
  !ctx.ability || ctx.ability.can(action, subject);

/** What a role check of the administration module refuses, as a problem of the 角色 cell. */
async function roleProblem(em: EntityManager, line: number, officerId: number, roles: Role[]) {
  try {
    await checkRoles(em, officerId, roles);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { line, field: 'roles', column: '角色', reason: e.reason, params: e.params } as RowProblem;
  }
}

/**
 * The account roles after adding the privileged ones the cell names. The file adds roles and never
 * takes one away (setAccountRoles does): a roster from personnel records knows nothing of who
 * administers the system, and re-importing it must not demote anyone.
 */
function nextAccountRoles(current: Role[], cell: Role[]): Role[] | null {
  const added = cell.filter((r) => ACCOUNT_ROLES.includes(r) && !current.includes(r));
  if (added.length === 0) return null;
  return [...current.filter((r) => r !== Role.OFFICER), ...added];
}

export async function planRow(ctx: PlanContext, row: ReadRow): Promise<PlannedRow> {
  const { line, values } = row;
  const problems = [...row.problems];
  const branch = values.branch ? (ctx.branches.get(values.branch) ?? null) : null;
  if (values.branch && !branch) problems.push(problem(line, 'branch', 'BRANCH_UNKNOWN', { name: values.branch }));
  let officer = values.badgeNumber ? (ctx.officers.get(values.badgeNumber) ?? null) : null;
  if (officer && officer.bureau.id !== ctx.bureauId) {
    problems.push(problem(line, 'badgeNumber', 'BADGE_TAKEN'));
    officer = null;
  }
  const roles = values.roles ?? [];
  const isMentor = roles.includes(Role.MENTOR);
  const privileged = roles.filter((r) => ACCOUNT_ROLES.includes(r));
  const cellRoles = roles.filter((r) => r !== Role.OFFICER);
  if (cellRoles.some(isExclusiveRole)) {
    const refused = await roleProblem(ctx.em, line, officer?.id ?? 0, cellRoles);
    if (refused) problems.push(refused);
  }
  if (privileged.length > 0 && !officer?.username) problems.push(problem(line, 'roles', 'ROLE_NEEDS_ACCOUNT'));

  const changes: FieldChange[] = [];
  let accountRoles: Role[] | null = null;
  if (officer) {
    const was = (field: FieldChange['field'], before: FieldChange['before'], after: FieldChange['after']) => {
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before, after });
    };
    if (branch && branch.id !== officer.branch.id) {
      was('branch', ctx.branchNames.get(officer.branch.id) ?? null, branch.name);
      if (officer.disabled) problems.push(problem(line, 'branch', 'OFFICER_DISABLED', { name: officer.name }));
      else if (!may(ctx, 'transfer', { __typename: 'Officer', id: officer.id, bureau: ctx.bureauId })) {
        problems.push(problem(line, 'branch', 'NOT_ALLOWED'));
      }
    }
    if (values.name) was('name', officer.name, values.name);
    if (values.category) was('category', officer.category, values.category);
    was('position', officer.position ?? null, values.position ?? null);
    was('phone', officer.phone ?? null, values.phone ?? null);
    was('isMentor', officer.isMentor, isMentor);
    if (officer.username) {
      const current = (officer.roles ?? []) as Role[];
      accountRoles = nextAccountRoles(current, privileged);
      if (accountRoles) {
        was('accountRoles', current, accountRoles);
        if (!may(ctx, 'update', { __typename: 'Account', id: officer.id, bureau: ctx.bureauId })) {
          problems.push(problem(line, 'roles', 'NOT_ALLOWED'));
        } else if (accountRoles.some(isExclusiveRole) && !cellRoles.some(isExclusiveRole)) {
          const refused = await roleProblem(ctx.em, line, officer.id, accountRoles);
          if (refused) problems.push(refused);
        }
      }
      if (isMentor && holdsExclusiveRole({ roles: accountRoles ?? current })) {
        problems.push(problem(line, 'roles', 'ADMIN_NOT_PAIRABLE', { name: officer.name }));
      }
    }
    if (changes.length > 0 && !may(ctx, 'update', { __typename: 'Officer', id: officer.id, bureau: ctx.bureauId })) {
      problems.push(problem(line, 'badgeNumber', 'NOT_ALLOWED'));
    }
  } else if (branch && !may(ctx, 'create', { __typename: 'Officer', bureau: ctx.bureauId, branch: branch.id })) {
    problems.push(problem(line, 'branch', 'NOT_ALLOWED'));
  }

  const status = problems.length > 0 ? 'error' : !officer ? 'new' : changes.length > 0 ? 'updated' : 'unchanged';
  return {
    line,
    badgeNumber: row.badge,
    name: row.name,
    status,
    officerId: officer?.id ?? null,
    problems: problems.sort((a, b) => fieldOrder(a) - fieldOrder(b)),
    changes,
    values,
    officer,
    branch,
    accountRoles,
  };
}

const ORDER = ['file', 'branch', 'name', 'badgeNumber', 'category', 'position', 'phone', 'roles'];
const fieldOrder = (p: RowProblem) => ORDER.indexOf(p.field);
