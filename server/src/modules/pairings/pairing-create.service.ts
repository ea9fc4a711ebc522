import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ErrorCode, LIMITS, MentorRole, PairingStatus } from '@tongxin/schema';
import { assertCan, findReadable, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { inTransaction } from '../../common/transaction.js';
import { DomainError, badInput } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { optionalText, parseDay, parseId, parseIds, requiredText } from '../../common/parse.js';
import { PairingEvent } from './pairing-event.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { checkTeamShape, holdsExclusiveRole, loadEligibleMentors, mentorLoads } from './pairing-mentors.js';
import { LIVE_STATUSES, nextContactDueFrom } from './pairing-rules.js';
import { checkEndAfterStart } from './pairing-validation.js';
import { Pairing } from './pairing.entity.js';
import type { CreatePairingInput } from './pairing.inputs.js';
import { CreatePairingResult } from './pairing.types.js';

/**
 * 建立结对: the secretary names a mentee of their branch, a lead mentor and any supporting
 * mentors. Everything (pairing, mentor terms, the 'created' event, the audit event) is written in
 * one transaction or not at all. A mentor at capacity is a warning, not a refusal.
 */
export async function createPairing(ctx: AppContext, input: CreatePairingInput): Promise<CreatePairingResult> {
  const viewer = requireViewer(ctx);
  const menteeId = parseId('menteeId', input.menteeId);
  const team = {
    leadId: parseId('leadMentorId', input.leadMentorId),
    supportIds: parseIds('supportMentorIds', input.supportMentorIds ?? []),
  };
  const goals = requiredText('goals', input.goals);
  const riskNotes = optionalText('riskNotes', input.riskNotes);
  const startDate = parseDay('startDate', input.startDate);
  const plannedEndDate = parseDay('plannedEndDate', input.plannedEndDate);
  checkEndAfterStart(startDate, plannedEndDate);
  const contactIntervalDays = input.contactIntervalDays ?? LIMITS.contactIntervalDaysDefault;

  try {
    return await inTransaction(ctx, async (em, services) => {
      // A mentee the viewer may not read does not exist for them.
      const mentee = await findReadable(ctx, Officer, 'Officer', menteeId, em);
      if (!mentee) {
        throw new DomainError(ErrorCode.NOT_FOUND, 'MENTEE_NOT_FOUND', 'menteeId');
      }
      // The new pairing belongs to the mentee's branch: a secretary may create it only there.
      assertCan(ctx, 'create', 'Pairing', {
        bureau: mentee.bureau.id,
        branch: mentee.branch.id,
        mentee: mentee.id,
        status: PairingStatus.ACTIVE,
      });
      if (mentee.disabled) throw badInput('menteeId', 'MENTEE_DISABLED', { name: mentee.name });
      if (holdsExclusiveRole(mentee)) throw badInput('menteeId', 'ADMIN_NOT_PAIRABLE', { name: mentee.name });
      const live = await em.count(Pairing, { mentee: mentee.id, status: { $in: [...LIVE_STATUSES] } });
      if (live > 0) {
        throw badInput('menteeId', 'MENTEE_ALREADY_PAIRED', { name: mentee.name });
      }
      checkTeamShape(team, mentee.id);
      const mentors = await loadEligibleMentors(em, viewer, [
        { id: team.leadId, field: 'leadMentorId' },
        ...team.supportIds.map((id) => ({ id, field: 'supportMentorIds' })),
      ]);
      const lead = mentors.get(team.leadId)!;
      const supports = team.supportIds.map((id) => mentors.get(id)!);
      const over = await mentorLoads(services, ctx.config.mentorCapacity, [lead, ...supports], true);

      const now = ctx.clock.now();
      const pairing = em.create(Pairing, {
        bureau: mentee.bureau,
        branch: mentee.branch,
        mentee,
        reason: input.reason,
        goals,
        startDate,
        plannedEndDate,
        contactIntervalDays,
        riskNotes,
        nextContactDue: nextContactDueFrom({ startDate }, contactIntervalDays),
        createdBy: em.getReference(Officer, viewer.officerId),
      });
      em.create(PairingMentor, { pairing, officer: lead, role: MentorRole.LEAD, startedAt: now });
      for (const s of supports)
        em.create(PairingMentor, { pairing, officer: s, role: MentorRole.SUPPORT, startedAt: now });
      em.create(PairingEvent, {
        pairing,
        type: 'created',
        toStatus: PairingStatus.ACTIVE,
        actor: em.getReference(Officer, viewer.officerId),
        occurredAt: now,
      });
      await em.flush();
      audit(em, viewer, {
        action: 'createPairing',
        subjectType: 'Pairing',
        subjectId: pairing.id,
        detail: { menteeId: mentee.id, leadMentorId: lead.id, supportMentorIds: team.supportIds },
      });
      await em.flush();
      return Object.assign(new CreatePairingResult(), {
        pairing,
        warnings: over.map((l) => l.warning!),
        capacityWarnings: over,
      });
    });
  } catch (e) {
    // A concurrent createPairing for the same mentee won the race: the database's one-live-pairing
    // index refused this one, and the transaction wrote nothing.
    if (e instanceof UniqueConstraintViolationException) {
      throw badInput('menteeId', 'MENTEE_PAIRED_MEANWHILE');
    }
    throw e;
  }
}
