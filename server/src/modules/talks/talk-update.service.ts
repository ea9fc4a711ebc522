import { LIMITS } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import { addDays } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { optionalText, parseId, requiredText } from '../../common/parse.js';
import { conflict, forbidden } from '../../common/errors.js';
import { hasChanges, inTransaction } from '../../common/transaction.js';
import { requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { recomputeContact } from '../visits/contact.js';
import { TALK_NOTES, type UpdateTalkInput } from './talk.types.js';
import { Talk } from './talk.entity.js';

const TALK = 'TALK_NOT_FOUND';
const LOCKED = { days: LIMITS.visitLockDays, locked: true } as const;

/** A talk can be corrected within the same window as a visit: 7 days after it was recorded. */
export function isTalkLocked(talk: Talk, now: Date): boolean {
  return now.getTime() >= addDays(new Date(talk.createdAt), LIMITS.visitLockDays).getTime();
}

/**
 * The talker corrects their talk. Out of the viewer's read scope it is NOT_FOUND; someone who may
 * read it but did not hold it is FORBIDDEN, as is anyone once it is locked.
 */
export function updateTalk(ctx: AppContext, input: UpdateTalkInput): Promise<Talk> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const talk = await getReadableOrFail(ctx, Talk, 'Talk', parseId('id', input.id), TALK, em);
    assertCan(ctx, 'update', 'Talk', talk, 'TALKER_ONLY');
    const now = ctx.clock.now();
    if (isTalkLocked(talk, now)) throw forbidden('TALK_LOCKED', LOCKED);
    if (input.version !== talk.version) throw conflict();
    const pairing = talk.pairing ? await talk.pairing.loadOrFail() : null;
    const before = talk.occurredAt.getTime();
    const changed: string[] = [];
    if (input.kind != null && input.kind !== talk.kind) {
      talk.kind = input.kind;
      changed.push('kind');
    }
    if (input.occurredAt != null) {
      talk.occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now, pairing?.startDate);
      if (talk.occurredAt.getTime() !== before) changed.push('occurredAt');
    }
    if (input.topics !== undefined) {
      const topics = requiredText('topics', input.topics);
      if (topics !== talk.topics) changed.push('topics');
      talk.topics = topics;
    }
    for (const field of TALK_NOTES) {
      if (input[field] === undefined) continue;
      const value = optionalText(field, input[field]);
      if (value !== (talk[field] ?? null)) changed.push(field);
      talk[field] = value;
    }
    if (!hasChanges(em, talk)) return talk;
    talk.updatedAt = now;
    // The names of the fields, not their content: the audit log is read by people the talk is not for.
    audit(em, viewer, { action: 'updateTalk', subjectType: 'Talk', subjectId: talk.id, detail: { changed } });
    await em.flush();
    if (pairing && talk.occurredAt.getTime() !== before) await recomputeContact(services, pairing);
    return talk;
  });
}
