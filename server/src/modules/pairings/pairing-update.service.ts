import type { EntityManager } from '@mikro-orm/core';
import { MentorRole, PairingStatus, type Viewer } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { inTransaction } from '../../common/transaction.js';
import { conflict } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { optionalText, parseDay, parseId, parseIds, requiredText } from '../../common/parse.js';
import { PairingEvent } from './pairing-event.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { checkTeamShape, loadEligibleMentors, mentorLoads } from './pairing-mentors.js';
import { nextContactDueFrom } from './pairing-rules.js';
import { checkEndAfterStart, wrongStatus } from './pairing-validation.js';
import { Pairing } from './pairing.entity.js';
import type { UpdatePairingInput } from './pairing.inputs.js';
import { type MentorLoad, UpdatePairingResult } from './pairing.types.js';

export const PAIRING = 'PAIRING_NOT_FOUND';

/**
 * What may change in which state. ACTIVE: everything. IN_REVIEW: the committee is judging the
 * goals, dates and cadence that were submitted, so those are frozen; the mentor team (a mentor
 * may leave) and the risk notes may still change. Any other state is closed.
 */
function checkEditable(pairing: Pairing, field: string) {
  if (pairing.status === PairingStatus.ACTIVE) return;
  if (pairing.status === PairingStatus.IN_REVIEW && (field === 'mentors' || field === 'riskNotes')) return;
  throw wrongStatus(pairing.status, 'PAIRING_FIELD_FROZEN', field === 'mentors' ? 'leadMentorId' : field);
}

/** Ends and opens mentor terms so the open ones match the new team; returns what changed. */
async function applyTeam(
  em: EntityManager,
  ctx: AppContext,
  viewer: Viewer,
  pairing: Pairing,
  input: UpdatePairingInput,
) {
  const terms = await em.find(PairingMentor, { pairing: pairing.id, endedAt: null }, { populate: ['officer'] });
  const leadTerm = terms.find((t) => t.role === MentorRole.LEAD);
  const currentLeadId = leadTerm?.officer.id ?? 0;
  const currentSupportIds = terms.filter((t) => t.role === MentorRole.SUPPORT).map((t) => t.officer.id);
  const leadId = input.leadMentorId != null ? parseId('leadMentorId', input.leadMentorId) : currentLeadId;
  const supportIds =
    input.supportMentorIds != null
      ? parseIds('supportMentorIds', input.supportMentorIds)
      : currentSupportIds.filter((id) => id !== leadId); // a supporter promoted to lead leaves the support list
  const handover = leadId !== currentLeadId;
  const sameSupport =
    supportIds.length === currentSupportIds.length && supportIds.every((id) => currentSupportIds.includes(id));
  if (!handover && sameSupport) return null;
  checkEditable(pairing, 'mentors');
  checkTeamShape({ leadId, supportIds }, pairing.mentee.id);
  // Only newcomers are checked for eligibility: an existing mentor who was disabled since does
  // not block an unrelated change.
  const newcomers = [
    ...(handover ? [{ id: leadId, field: 'leadMentorId' }] : []),
    ...supportIds.filter((id) => !currentSupportIds.includes(id)).map((id) => ({ id, field: 'supportMentorIds' })),
  ].filter((n) => n.id !== currentLeadId && !currentSupportIds.includes(n.id));
  const added = await loadEligibleMentors(em, viewer, newcomers);
  const known = new Map<number, Officer>([...terms.map((t) => [t.officer.id, t.officer.unwrap()] as const), ...added]);

  const now = ctx.clock.now();
  const open = (officerId: number, role: MentorRole) =>
    em.create(PairingMentor, { pairing, officer: known.get(officerId)!, role, startedAt: now });
  const ended: number[] = [];
  for (const t of terms) {
    const keep = t.role === MentorRole.LEAD ? t.officer.id === leadId : supportIds.includes(t.officer.id);
    if (!keep) {
      t.endedAt = now;
      ended.push(t.officer.id);
    }
  }
  if (handover) open(leadId, MentorRole.LEAD);
  const openedSupport = supportIds.filter(
    (id) => !terms.some((t) => t.role === MentorRole.SUPPORT && t.officer.id === id),
  );
  for (const id of openedSupport) open(id, MentorRole.SUPPORT);

  const name = (id: number) => known.get(id)?.name ?? String(id);
  const actor = em.getReference(Officer, viewer.officerId);
  if (handover) {
    em.create(PairingEvent, {
      pairing,
      type: 'handover',
      note: `${currentLeadId ? name(currentLeadId) : '—'} → ${name(leadId)}`,
      actor,
      occurredAt: now,
    });
  }
  const joined = openedSupport;
  const left = currentSupportIds.filter((id) => !supportIds.includes(id) && id !== leadId);
  if (joined.length || left.length) {
    const note = [...joined.map((id) => `+${name(id)}`), ...left.map((id) => `−${name(id)}`)].join(' ');
    em.create(PairingEvent, { pairing, type: 'mentors_changed', note, actor, occurredAt: now });
  }
  // Capacity concerns only officers who were not on this pairing before.
  const wasOnPairing = (id: number) => id === currentLeadId || currentSupportIds.includes(id);
  const newcomerIds = [...new Set([...(handover ? [leadId] : []), ...joined])].filter((id) => !wasOnPairing(id));
  return { handover, ended, newcomers: newcomerIds.map((id) => known.get(id)!) };
}

/**
 * Edits a pairing with optimistic locking: the version the edit was based on must be the stored
 * one (checked here, and again by the database through MikroORM's version column on flush), so a
 * concurrent edit gives CONFLICT and overwrites nothing.
 */
export async function updatePairing(ctx: AppContext, input: UpdatePairingInput): Promise<UpdatePairingResult> {
  const viewer = requireViewer(ctx);
  const id = parseId('id', input.id);
  return inTransaction(ctx, async (em, services) => {
    const pairing = await getReadableOrFail(ctx, Pairing, 'Pairing', id, PAIRING, em);
    assertCan(ctx, 'update', 'Pairing', pairing);
    if (pairing.version !== input.version) throw conflict();
    if (pairing.status !== PairingStatus.ACTIVE && pairing.status !== PairingStatus.IN_REVIEW) {
      throw wrongStatus(pairing.status, 'PAIRING_CLOSED');
    }
    const changed: string[] = [];
    if (input.goals != null) {
      const goals = requiredText('goals', input.goals);
      if (goals !== pairing.goals) {
        checkEditable(pairing, 'goals');
        pairing.goals = goals;
        changed.push('goals');
      }
    }
    if (input.plannedEndDate != null) {
      const end = parseDay('plannedEndDate', input.plannedEndDate);
      if (end !== pairing.plannedEndDate) {
        checkEditable(pairing, 'plannedEndDate');
        checkEndAfterStart(pairing.startDate, end);
        pairing.plannedEndDate = end;
        changed.push('plannedEndDate');
      }
    }
    if (input.contactIntervalDays != null && input.contactIntervalDays !== pairing.contactIntervalDays) {
      checkEditable(pairing, 'contactIntervalDays');
      pairing.contactIntervalDays = input.contactIntervalDays;
      pairing.nextContactDue = nextContactDueFrom(pairing, input.contactIntervalDays);
      changed.push('contactIntervalDays');
    }
    if (input.riskNotes != null) {
      const notes = optionalText('riskNotes', input.riskNotes);
      if (notes !== (pairing.riskNotes ?? null)) {
        checkEditable(pairing, 'riskNotes');
        pairing.riskNotes = notes;
        changed.push('riskNotes');
      }
    }
    const team = await applyTeam(em, ctx, viewer, pairing, input);
    const result: UpdatePairingResult = Object.assign(new UpdatePairingResult(), {
      pairing,
      warnings: [] as string[],
      capacityWarnings: [] as MentorLoad[],
    });
    if (changed.length === 0 && !team) return result;
    // A new mentor team answers the flag a departure raised.
    if (team) pairing.attention = null;

    const now = ctx.clock.now();
    // Always touch the row: a mentor-only change must still move the version on.
    pairing.updatedAt = now;
    if (changed.length) {
      em.create(PairingEvent, {
        pairing,
        type: 'updated',
        // Field names only: the risk notes themselves never go into the timeline.
        note: changed.join(', '),
        actor: em.getReference(Officer, viewer.officerId),
        occurredAt: now,
      });
    }
    const over = team ? await mentorLoads(services, ctx.config.mentorCapacity, team.newcomers, true) : [];
    audit(em, viewer, {
      action: team?.handover ? 'handOverPairing' : 'updatePairing',
      subjectType: 'Pairing',
      subjectId: pairing.id,
      detail: {
        fields: changed,
        endedMentorIds: team?.ended ?? [],
        newMentorIds: team?.newcomers.map((o) => o.id) ?? [],
      },
    });
    await em.flush();
    result.warnings = over.map((l) => l.warning!);
    result.capacityWarnings = over;
    return result;
  });
}
