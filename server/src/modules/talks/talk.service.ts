import { getReadableOrFail, requireViewer, scopeWhere } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { optionalTexts, parseFilterIds, parseId, requiredText } from '../../common/parse.js';
import { badInput, forbidden } from '../../common/errors.js';
import { createItems, parseNewItems } from '../action-items/action-item.service.js';
import { inTransaction } from '../../common/transaction.js';
import { localDateRange, requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { recordContact } from '../visits/contact.js';
import { Talk } from './talk.entity.js';
import type { TalkQuery } from './talk.repository.js';
import { type RecordTalkInput, TALK_NOTES, type TalkFilter } from './talk.types.js';
import { recordOnce } from '../../common/record-once.js';

/**
 * Records a talk. Who may talk with whom is the rule table: the committee with anyone in the
 * bureau, a secretary with their branch's officers, a mentor with their mentees. An officer the
 * viewer cannot see at all is NOT_FOUND; one they see but may not talk with is FORBIDDEN.
 */
export async function recordTalk(ctx: AppContext, input: RecordTalkInput): Promise<Talk> {
  const viewer = requireViewer(ctx);
  // A resend of one submission (the response was lost) returns what the first one recorded.
  return recordOnce(
    input.clientKey,
    (clientKey) =>
      ctx.services.talks.findByClientKey(scopeWhere<Talk>(ctx.ability, 'read', 'Talk'), viewer.officerId, clientKey),
    (clientKey) => record(ctx, input, clientKey),
  );
}

function record(ctx: AppContext, input: RecordTalkInput, clientKey: string | null): Promise<Talk> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const talkeeId = parseId('talkeeId', input.talkeeId);
    const talkee = await getReadableOrFail(ctx, Officer, 'Officer', talkeeId, 'TALKEE_NOT_FOUND', em);
    const confidential = input.confidential ?? false;
    const subject = {
      __typename: 'Talk' as const,
      bureau: talkee.bureau.id,
      branch: talkee.branch.id,
      talkee: talkee.id,
      talker: viewer.officerId,
      confidential,
    };
    if (!ctx.ability.can('create', subject)) {
      throw forbidden('TALK_NOT_ALLOWED');
    }
    let pairing: Pairing | null = null;
    if (input.pairingId) {
      const pairingId = parseId('pairingId', input.pairingId);
      pairing = await getReadableOrFail(ctx, Pairing, 'Pairing', pairingId, 'PAIRING_NOT_FOUND', em);
      if (pairing.mentee.id !== talkee.id) {
        throw badInput('pairingId', 'TALKEE_NOT_MENTEE');
      }
    }
    const now = ctx.clock.now();
    const occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now, pairing?.startDate);
    const topics = requiredText('topics', input.topics);
    const items = parseNewItems(input.actionItems, new Set([talkee.id, viewer.officerId]), localDate(occurredAt));

    const talk = em.create(Talk, {
      bureau: talkee.bureau,
      branch: talkee.branch,
      talker: em.getReference(Officer, viewer.officerId),
      talkee,
      pairing,
      kind: input.kind,
      occurredAt,
      topics,
      ...optionalTexts(input, TALK_NOTES),
      confidential,
      clientKey,
      createdAt: now,
      updatedAt: now,
    });
    createItems(em, items, {
      bureauId: talkee.bureau.id,
      branchId: talkee.branch.id,
      pairingId: pairing?.id ?? null,
      talk,
      createdById: viewer.officerId,
      now,
    });
    await em.flush();
    // A confidential talk is known to its talker and the committee only: it does not move the
    // pairing's contact dates, which everyone on the pairing reads.
    if (pairing && !confidential) await recordContact(services, pairing, occurredAt);
    audit(em, viewer, {
      action: 'recordTalk',
      subjectType: 'Talk',
      subjectId: talk.id,
      detail: { talkeeId: talkee.id, pairingId: pairing?.id ?? null, confidential, actionItems: items.length },
    });
    await em.flush();
    return talk;
  });
}

export function listTalks(ctx: AppContext, filter: TalkFilter | undefined, args: PageArgs) {
  const query: TalkQuery = {
    kind: filter?.kind,
    occurredAt: localDateRange(filter?.from, filter?.to),
    ...parseFilterIds(filter, ['talkerId', 'talkeeId', 'pairingId', 'branchId']),
    confidential: filter?.confidential,
    search: filter?.search,
  };
  return ctx.services.talks.page(scopeWhere<Talk>(ctx.ability, 'read', 'Talk'), query, args);
}
