import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException, ref } from '@mikro-orm/core';
import { assertCan, findReadable, getReadableOrFail, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput, conflict, DomainError } from '../../common/errors.js';
import { optionalText, parseId, requiredText } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { ErrorCode } from '@tongxin/schema';
import { audit } from '../audit/audit.service.js';
import { endSessions } from '../auth/sessions.js';
import { nameInitialsOf } from '../officers/name-initials.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { holdsExclusiveRole } from '../pairings/pairing-mentors.js';
import { handOverOnLeave, recordTransfer } from '../pairings/roster-changes.js';
import type {
  CreateOfficerInput,
  DeactivateOfficerInput,
  TransferOfficerInput,
  UpdateOfficerInput,
} from './admin.inputs.js';

// The roster as the sysadmin keeps it. Every change is audited with the fields' values before and
// after; the pairings a change touches are handled by the pairings module and never reported back.

const ROSTER_FIELDS = ['name', 'badgeNumber', 'category', 'position', 'phone', 'isMentor'] as const;
type RosterField = (typeof ROSTER_FIELDS)[number];

const badgeTaken = (e: unknown) =>
  e instanceof UniqueConstraintViolationException ? badInput('badgeNumber', 'BADGE_TAKEN') : e;

async function checkBadgeFree(em: EntityManager, badgeNumber: string, exceptId?: number) {
  const other = await em.count(Officer, { badgeNumber, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (other) throw badInput('badgeNumber', 'BADGE_TAKEN');
}

const branchIn = (ctx: AppContext, em: EntityManager, raw: string) =>
  findReadable(ctx, Branch, 'Branch', parseId('branchId', raw), em).then((b) => {
    if (!b) throw new DomainError(ErrorCode.NOT_FOUND, 'BRANCH_NOT_FOUND', 'branchId');
    return b;
  });

const officerIn = (ctx: AppContext, em: EntityManager, field: string, raw: string) =>
  findReadable(ctx, Officer, 'Officer', parseId(field, raw), em).then((o) => {
    if (!o) throw new DomainError(ErrorCode.NOT_FOUND, 'OFFICER_NOT_FOUND', field);
    return o;
  });

/** A person joining the roster, without an account (createAccount gives one). */
export async function createOfficer(ctx: AppContext, input: CreateOfficerInput): Promise<Officer> {
  const viewer = requireViewer(ctx);
  const name = requiredText('name', input.name);
  const badgeNumber = requiredText('badgeNumber', input.badgeNumber);
  try {
    return await inTransaction(ctx, async (em) => {
      const branch = await branchIn(ctx, em, input.branchId);
      assertCan(ctx, 'create', 'Officer', { __typename: 'Officer', bureau: branch.bureau.id, branch: branch.id });
      await checkBadgeFree(em, badgeNumber);
      const officer = em.create(Officer, {
        bureau: branch.bureau,
        branch,
        name,
        nameInitials: nameInitialsOf(name),
        badgeNumber,
        category: input.category,
        position: optionalText('position', input.position) ?? undefined,
        phone: optionalText('phone', input.phone) ?? undefined,
        isMentor: input.isMentor ?? false,
      });
      await em.flush();
      audit(em, viewer, {
        action: 'createOfficer',
        subjectType: 'Officer',
        subjectId: officer.id,
        detail: {
          before: null,
          after: { ...pick(officer, ROSTER_FIELDS), branchId: branch.id, branchName: branch.name },
        },
      });
      await em.flush();
      return officer;
    });
  } catch (e) {
    throw badgeTaken(e);
  }
}

function pick(officer: Officer, fields: readonly RosterField[]) {
  return Object.fromEntries(fields.map((f) => [f, officer[f] ?? null]));
}

/** Corrects roster fields, with optimistic locking. */
export async function updateOfficer(ctx: AppContext, input: UpdateOfficerInput): Promise<Officer> {
  const viewer = requireViewer(ctx);
  const id = parseId('id', input.id);
  try {
    return await inTransaction(ctx, async (em) => {
      const officer = await getReadableOrFail(ctx, Officer, 'Officer', id, 'OFFICER_NOT_FOUND', em);
      assertCan(ctx, 'update', 'Officer', officer);
      if (officer.version !== input.version) throw conflict();
      const next: Partial<Record<RosterField, unknown>> = {};
      if (input.name != null) next.name = requiredText('name', input.name);
      if (input.badgeNumber != null) next.badgeNumber = requiredText('badgeNumber', input.badgeNumber);
      if (input.category != null) next.category = input.category;
      if (input.position != null) next.position = optionalText('position', input.position);
      if (input.phone != null) next.phone = optionalText('phone', input.phone);
      if (input.isMentor != null) next.isMentor = input.isMentor;
      const changed = ROSTER_FIELDS.filter((f) => f in next && next[f] !== (officer[f] ?? null));
      if (changed.length === 0) return officer;
      if (next.isMentor === true && holdsExclusiveRole(officer)) {
        throw badInput('isMentor', 'ADMIN_NOT_PAIRABLE', { name: officer.name });
      }
      if (changed.includes('badgeNumber')) await checkBadgeFree(em, next.badgeNumber as string, officer.id);
      const before = pick(officer, changed);
      Object.assign(officer, Object.fromEntries(changed.map((f) => [f, next[f] ?? undefined])));
      if (changed.includes('name')) officer.nameInitials = nameInitialsOf(officer.name);
      audit(em, viewer, {
        action: 'updateOfficer',
        subjectType: 'Officer',
        subjectId: officer.id,
        detail: { before, after: pick(officer, changed) },
      });
      await em.flush();
      return officer;
    });
  } catch (e) {
    throw badgeTaken(e);
  }
}

/**
 * Moves an officer to another branch of the bureau. Their live pairings stay in their branch (the
 * secretary who runs them keeps them); each records the move on its timeline. A SECRETARY now runs
 * the new branch: the branch a secretary runs is their own.
 */
export async function transferOfficer(ctx: AppContext, input: TransferOfficerInput): Promise<Officer> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const officer = await officerIn(ctx, em, 'officerId', input.officerId);
    assertCan(ctx, 'transfer', 'Officer', officer);
    if (officer.disabled) throw badInput('officerId', 'OFFICER_DISABLED', { name: officer.name });
    const to = await branchIn(ctx, em, input.branchId);
    if (to.id === officer.branch.id) throw badInput('branchId', 'SAME_BRANCH');
    const from = await em.findOneOrFail(Branch, officer.branch.id);
    const now = ctx.clock.now();
    const actor = em.getReference(Officer, viewer.officerId);
    await recordTransfer(em, officer, `${from.name} → ${to.name}`, { actor, now });
    officer.branch = ref(to);
    audit(em, viewer, {
      action: 'transferOfficer',
      subjectType: 'Officer',
      subjectId: officer.id,
      detail: {
        before: { branchId: from.id, branchName: from.name },
        after: { branchId: to.id, branchName: to.name },
        roles: officer.roles ?? [],
      },
    });
    await em.flush();
    return officer;
  });
}

/**
 * 离岗: the officer leaves the force. They stay on the roster (their records keep their name) but
 * can no longer be paired or log in: their account is disabled and every session ends.
 */
export async function deactivateOfficer(ctx: AppContext, input: DeactivateOfficerInput): Promise<Officer> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const officer = await officerIn(ctx, em, 'officerId', input.officerId);
    assertCan(ctx, 'deactivate', 'Officer', officer);
    if (officer.disabled) throw badInput('officerId', 'OFFICER_DISABLED', { name: officer.name });
    let successor: Officer | null = null;
    if (input.successorMentorId != null) {
      successor = await officerIn(ctx, em, 'successorMentorId', input.successorMentorId);
      if (successor.id === officer.id) throw badInput('successorMentorId', 'SUCCESSOR_IS_LEAVER');
      if (successor.disabled) throw badInput('successorMentorId', 'MENTOR_DISABLED', { name: successor.name });
      if (holdsExclusiveRole(successor)) {
        throw badInput('successorMentorId', 'ADMIN_NOT_PAIRABLE', { name: successor.name });
      }
    }
    const now = ctx.clock.now();
    await handOverOnLeave(em, officer, successor, { actor: em.getReference(Officer, viewer.officerId), now });
    officer.disabled = true;
    const sessionsEnded = await endSessions(em, officer.id);
    audit(em, viewer, {
      action: 'deactivateOfficer',
      subjectType: 'Officer',
      subjectId: officer.id,
      detail: {
        before: { disabled: false },
        after: { disabled: true },
        successorMentorId: successor?.id ?? null,
        sessionsEnded,
      },
    });
    await em.flush();
    return officer;
  });
}
