import type { RequestServices } from '../../services.js';
import { ActionItemStatus } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { parseDay, parseId, requiredText } from '../../common/parse.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { ActionItem } from './action-item.entity.js';
import type { EditActionItemInput } from './action-item.types.js';
import { hasChanges, inTransaction } from '../../common/transaction.js';

const ITEM = 'ACTION_ITEM_NOT_FOUND';

/**
 * Who may own the item: on a pairing its mentee and current mentors; on a talk without a pairing
 * the talkee and the talker (as when it was written).
 */
async function allowedOwners(services: RequestServices, item: ActionItem): Promise<Set<number>> {
  const owners = new Set<number>([item.owner.id]);
  if (item.pairing) {
    const pairing = await item.pairing.loadOrFail();
    owners.add(pairing.mentee.id);
    for (const id of await services.pairingMentors.currentMentorIds(pairing.id)) owners.add(id);
  } else if (item.talk) {
    const talk = await item.talk.loadOrFail();
    owners.add(talk.talkee.id).add(talk.talker.id);
  }
  return owners;
}

/** The record's date: a due date cannot precede the visit or talk that produced the item. */
async function earliestDue(item: ActionItem): Promise<string> {
  const origin = item.visit ? await item.visit.loadOrFail() : item.talk ? await item.talk.loadOrFail() : null;
  return localDate(origin ? new Date(origin.occurredAt) : new Date(item.createdAt));
}

/**
 * The mentor or secretary corrects an open item's text, due date or owner. The owner who may only
 * mark it done cannot (FORBIDDEN), nor can anyone once it is closed.
 */
export function editActionItem(ctx: AppContext, input: EditActionItemInput): Promise<ActionItem> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const item = await getReadableOrFail(ctx, ActionItem, 'ActionItem', parseId('id', input.id), ITEM, em);
    assertCan(ctx, 'update', 'ActionItem', item, 'ACTION_ITEM_EDITORS_ONLY');
    if (item.status !== ActionItemStatus.OPEN) {
      throw forbidden('ACTION_ITEM_CLOSED');
    }
    if (input.version !== item.version) throw conflict();
    const changed: string[] = [];
    if (input.description != null) {
      const description = requiredText('description', input.description);
      if (description !== item.description) changed.push('description');
      item.description = description;
    }
    if (input.dueDate != null) {
      const dueDate = parseDay('dueDate', input.dueDate);
      const earliest = await earliestDue(item);
      if (dueDate < earliest) {
        throw badInput('dueDate', 'DUE_DATE_TOO_EARLY', { date: earliest });
      }
      if (dueDate !== item.dueDate) changed.push('dueDate');
      item.dueDate = dueDate;
    }
    if (input.ownerId != null) {
      const ownerId = parseId('ownerId', input.ownerId);
      if (!(await allowedOwners(services, item)).has(ownerId)) {
        throw badInput('ownerId', 'OWNER_NOT_IN_PAIRING');
      }
      if (ownerId !== item.owner.id) changed.push('ownerId');
      item.owner = em.getReference(Officer, ownerId, { wrapped: true });
    }
    if (!hasChanges(em, item)) return item;
    item.updatedAt = ctx.clock.now();
    audit(em, viewer, { action: 'editActionItem', subjectType: 'ActionItem', subjectId: item.id, detail: { changed } });
    await em.flush();
    return item;
  });
}
