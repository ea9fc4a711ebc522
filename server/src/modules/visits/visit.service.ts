import { LIMITS, PairingStatus } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer, scopeWhere } from '../../common/authz.js';
import { addDays, localDate } from '../../common/clock.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { optionalText, optionalTexts, parseDay, parseFilterIds, parseId, requiredText } from '../../common/parse.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { closeItemsOfPairing, createItems, parseNewItems } from '../action-items/action-item.service.js';
import { hasChanges, inTransaction } from '../../common/transaction.js';
import { localDateRange, requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { recomputeContact, recordContact } from './contact.js';
import { Visit } from './visit.entity.js';
import type { VisitQuery } from './visit.repository.js';
import {
  ACKNOWLEDGMENT_MAX,
  type LogVisitInput,
  type UpdateVisitInput,
  VISIT_NOTES,
  type VisitFilter,
} from './visit.types.js';
import { recordOnce } from '../../common/record-once.js';

const NOTES = Object.keys(VISIT_NOTES) as (keyof typeof VISIT_NOTES)[];

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
  return recordOnce(
    input.clientKey,
    (clientKey) =>
      ctx.services.visits.findByClientKey(scopeWhere<Visit>(ctx.ability, 'read', 'Visit'), viewer.officerId, clientKey),
    (clientKey) =>
      inTransaction(ctx, async (em, services) => {
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
        const mentors = await services.pairingMentors.currentMentorIds(pairing.id);
        const participantMentorIds = parseMentorIds(input.participantMentorIds ?? [], mentors);
        const nextVisitDue = parseNextVisitDue(input.nextVisitDue, occurredAt);
        const items = parseNewItems(input.actionItems, new Set([pairing.mentee.id, ...mentors]), localDate(occurredAt));
        const closed = await closeItemsOfPairing(ctx, services, pairing.id, input.closeActionItemIds, now);

        const visit = em.create(Visit, {
          pairing,
          bureau: pairing.bureau,
          branch: pairing.branch,
          mentee: pairing.mentee,
          author: em.getReference(Officer, viewer.officerId),
          kind: input.kind,
          occurredAt,
          ...optionalTexts(input, NOTES),
          participantMentorIds,
          summary,
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
        await recordContact(services, pairing, occurredAt);
        audit(em, viewer, {
          action: 'logVisit',
          subjectType: 'Visit',
          subjectId: visit.id,
          detail: { pairingId: pairing.id, actionItems: items.length, closedActionItemIds: closed.map((i) => i.id) },
        });
        await em.flush();
        return visit;
      }),
  );
}

export async function updateVisit(ctx: AppContext, input: UpdateVisitInput): Promise<Visit> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const visit = await getReadableOrFail(ctx, Visit, 'Visit', parseId('id', input.id), VISIT, em);
    const now = ctx.clock.now();
    if (isVisitLocked(visit, now)) throw forbidden('VISIT_LOCKED', LOCKED);
    // A forum's contact follows the forum: its host edits the forum, not the visit.
    if (visit.forum) throw forbidden('FORUM_HOST_ONLY');
    assertCan(ctx, 'update', 'Visit', visit, 'VISIT_AUTHOR_ONLY');
    if (input.version !== visit.version) throw conflict();
    const pairing = await visit.pairing.loadOrFail();
    const before = visit.occurredAt.getTime();
    if (input.kind != null) visit.kind = input.kind;
    if (input.occurredAt != null) {
      visit.occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now, pairing.startDate);
    }
    if (input.summary !== undefined) visit.summary = requiredText('summary', input.summary);
    Object.assign(visit, optionalTexts(input, NOTES, true));
    if (input.participantMentorIds !== undefined) {
      visit.participantMentorIds = parseMentorIds(
        input.participantMentorIds ?? [],
        await services.pairingMentors.currentMentorIds(pairing.id),
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
    if (visit.occurredAt.getTime() !== before) await recomputeContact(services, pairing);
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
    visit.acknowledgmentComment = optionalText('comment', comment, ACKNOWLEDGMENT_MAX);
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
    ...parseFilterIds(filter, ['pairingId', 'branchId', 'authorId', 'menteeId']),
    acknowledged: filter?.acknowledged,
    search: filter?.search,
  };
  return ctx.services.visits.page(scopeWhere<Visit>(ctx.ability, 'read', 'Visit'), query, args);
}
