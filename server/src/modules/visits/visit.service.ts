import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LIMITS, PairingStatus } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer, scopeWhere } from '../../common/authz.js';
import { addDays, localDate } from '../../common/clock.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { optionalText, parseDay, parseId, requiredText } from '../../common/parse.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { closeItemsOfPairing, createItems, parseNewItems } from '../action-items/action-item.service.js';
import { hasChanges, inTransaction } from '../../common/transaction.js';
import { localDateRange, requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { PairingMentor } from '../pairings/pairing-mentor.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { recomputeContact, recordContact } from './contact.js';
import { Visit } from './visit.entity.js';
import type { VisitQuery } from './visit.repository.js';
import { type LogVisitInput, type UpdateVisitInput, VISIT_TEXT, type VisitFilter } from './visit.types.js';

const PAIRING = 'PAIRING_NOT_FOUND';
const VISIT = 'VISIT_NOT_FOUND';
const LOCKED = { days: LIMITS.visitLockDays, locked: true } as const;

/** Read-only once the mentee acknowledged it or 7 days after it was logged. */
export function isVisitLocked(visit: Visit, now: Date): boolean {
  if (visit.acknowledgedAt) return true;
  return now.getTime() >= addDays(new Date(visit.createdAt), LIMITS.visitLockDays).getTime();
}

function parseMentorIds(raw: readonly string[], mentors: ReadonlySet<number>): number[] {
  const ids = [...new Set(raw.map((id) => parseId('participantMentorIds', id)))];
  if (ids.some((id) => !mentors.has(id))) {
    throw badInput('participantMentorIds', 'PARTICIPANTS_NOT_MENTORS');
  }
  return ids;
}

function parseNextVisitDue(value: string | null | undefined, occurredAt: Date): string | null {
  if (!value) return null;
  const date = parseDay('nextVisitDue', value);
  if (date < localDate(occurredAt)) {
    throw badInput('nextVisitDue', 'NEXT_VISIT_BEFORE_VISIT');
  }
  return date;
}

export async function logVisit(ctx: AppContext, input: LogVisitInput): Promise<Visit> {
  const viewer = requireViewer(ctx);
  const clientKey = input.clientKey?.trim() || null;
  const resent = async () =>
    clientKey
      ? ctx.em
          .getRepository(Visit)
          .findByClientKey(scopeWhere<Visit>(ctx.ability, 'read', 'Visit'), viewer.officerId, clientKey)
      : null;
  const already = await resent();
  if (already) return already;
  try {
    return await inTransaction(ctx, async (em) => {
      const pairingId = parseId('pairingId', input.pairingId);
      const pairing = await getReadableOrFail(ctx, Pairing, 'Pairing', pairingId, PAIRING, em);
      const subject = {
        __typename: 'Visit' as const,
        bureau: pairing.bureau.id,
        branch: pairing.branch.id,
        pairing: pairing.id,
        mentee: pairing.mentee.id,
      };
      if (!ctx.ability.can('create', subject)) {
        throw forbidden('PAIRING_MENTORS_ONLY');
      }
      if (pairing.status !== PairingStatus.ACTIVE) {
        throw forbidden('PAIRING_NOT_ACTIVE');
      }
      const now = ctx.clock.now();
      const occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now, pairing.startDate);
      const summary = requiredText('summary', input.summary);
      const mentors = await em.getRepository(PairingMentor).currentMentorIds(pairing.id);
      const participantMentorIds = parseMentorIds(input.participantMentorIds ?? [], mentors);
      const nextVisitDue = parseNextVisitDue(input.nextVisitDue, occurredAt);
      const items = parseNewItems(input.actionItems, new Set([pairing.mentee.id, ...mentors]), localDate(occurredAt));
      const closed = await closeItemsOfPairing(ctx, em, pairing.id, input.closeActionItemIds, now);

      const visit = em.create(Visit, {
        pairing,
        bureau: pairing.bureau,
        branch: pairing.branch,
        mentee: pairing.mentee,
        author: em.getReference(Officer, viewer.officerId),
        kind: input.kind,
        occurredAt,
        location: optionalText('location', input.location),
        participants: optionalText('participants', input.participants),
        participantMentorIds,
        summary,
        observations: optionalText('observations', input.observations),
        confidentialNotes: optionalText('confidentialNotes', input.confidentialNotes),
        nextVisitDue,
        // Explicit: the rules test `acknowledgedAt: null`, which an absent property does not match.
        acknowledgedAt: null,
        clientKey,
        // The 7-day lock counts from here, so it is the request's clock, not the database's.
        createdAt: now,
        updatedAt: now,
      });
      createItems(em, items, {
        bureauId: pairing.bureau.id,
        branchId: pairing.branch.id,
        pairingId: pairing.id,
        visit,
        createdById: viewer.officerId,
        now,
      });
      await em.flush();
      await recordContact(em, pairing, occurredAt);
      audit(em, viewer, {
        action: 'logVisit',
        subjectType: 'Visit',
        subjectId: visit.id,
        detail: { pairingId: pairing.id, actionItems: items.length, closedActionItemIds: closed.map((i) => i.id) },
      });
      await em.flush();
      return visit;
    });
  } catch (e) {
    // Two sends of one form raced: the other one logged it.
    if (e instanceof UniqueConstraintViolationException && clientKey) {
      const visit = await resent();
      if (visit) return visit;
    }
    throw e;
  }
}

export async function updateVisit(ctx: AppContext, input: UpdateVisitInput): Promise<Visit> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const visit = await getReadableOrFail(ctx, Visit, 'Visit', parseId('id', input.id), VISIT, em);
    const now = ctx.clock.now();
    if (isVisitLocked(visit, now)) throw forbidden('VISIT_LOCKED', LOCKED);
    assertCan(ctx, 'update', 'Visit', visit, 'VISIT_AUTHOR_ONLY');
    if (input.version !== visit.version) throw conflict();
    const pairing = await visit.pairing.loadOrFail();
    const before = visit.occurredAt.getTime();
    if (input.kind != null) visit.kind = input.kind;
    if (input.occurredAt != null) {
      visit.occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now, pairing.startDate);
    }
    if (input.summary !== undefined) visit.summary = requiredText('summary', input.summary);
    if (input.location !== undefined) visit.location = optionalText('location', input.location);
    if (input.participants !== undefined) {
      visit.participants = optionalText('participants', input.participants);
    }
    if (input.observations !== undefined) {
      visit.observations = optionalText('observations', input.observations);
    }
    if (input.confidentialNotes !== undefined) {
      visit.confidentialNotes = optionalText(
        'confidentialNotes',
        input.confidentialNotes,
        VISIT_TEXT.confidentialNotes,
      );
    }
    if (input.participantMentorIds !== undefined) {
      visit.participantMentorIds = parseMentorIds(
        input.participantMentorIds ?? [],
        await em.getRepository(PairingMentor).currentMentorIds(pairing.id),
      );
    }
    if (input.nextVisitDue !== undefined || input.occurredAt != null) {
      const next = input.nextVisitDue !== undefined ? input.nextVisitDue : visit.nextVisitDue;
      visit.nextVisitDue = parseNextVisitDue(next, visit.occurredAt);
    }
    if (!hasChanges(em, visit)) return visit;
    visit.updatedAt = now;
    audit(em, viewer, { action: 'updateVisit', subjectType: 'Visit', subjectId: visit.id });
    await em.flush();
    if (visit.occurredAt.getTime() !== before) await recomputeContact(em, pairing);
    return visit;
  });
}

/** 签字确认: the mentee confirms the visit, once; from then on it is read-only. */
export async function acknowledgeVisit(ctx: AppContext, rawId: string, comment: string | null | undefined) {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const visit = await getReadableOrFail(ctx, Visit, 'Visit', parseId('id', rawId), VISIT, em);
    if (visit.acknowledgedAt && visit.mentee.id === viewer.officerId) {
      throw conflict('VISIT_ALREADY_ACKNOWLEDGED');
    }
    assertCan(ctx, 'acknowledge', 'Visit', visit, 'MENTEE_ACKNOWLEDGES_ONLY');
    const now = ctx.clock.now();
    visit.acknowledgedAt = now;
    visit.acknowledgmentComment = optionalText('comment', comment, VISIT_TEXT.acknowledgmentComment);
    visit.updatedAt = now;
    audit(em, viewer, { action: 'acknowledgeVisit', subjectType: 'Visit', subjectId: visit.id });
    await em.flush();
    return visit;
  });
}

export function listVisits(ctx: AppContext, filter: VisitFilter | undefined, args: PageArgs) {
  const query: VisitQuery = {
    kind: filter?.kind,
    occurredAt: localDateRange(filter?.from, filter?.to),
    pairingId: filter?.pairingId ? parseId('filter.pairingId', filter.pairingId) : undefined,
    branchId: filter?.branchId ? parseId('filter.branchId', filter.branchId) : undefined,
    authorId: filter?.authorId ? parseId('filter.authorId', filter.authorId) : undefined,
    menteeId: filter?.menteeId ? parseId('filter.menteeId', filter.menteeId) : undefined,
    acknowledged: filter?.acknowledged,
    search: filter?.search,
  };
  return ctx.em.getRepository(Visit).page(scopeWhere<Visit>(ctx.ability, 'read', 'Visit'), query, args);
}
