import type { RequestServices } from '../../services.js';
import type { EntityManager } from '@mikro-orm/core';
import { ActionItemStatus, ErrorCode } from '@tongxin/schema';
import { getReadableOrFail, scopeWhere } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import { type Page, type PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { parseDay, parseFilterIds, parseId, requiredText } from '../../common/parse.js';
import { toSubject } from '../../common/subject.js';
import { DomainError, badInput, conflict, forbidden } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import type { Talk } from '../talks/talk.entity.js';
import type { Visit } from '../visits/visit.entity.js';
import { ActionItem } from './action-item.entity.js';
import type { ActionItemQuery } from './action-item.repository.js';
import {
  type ActionItemFilter,
  MAX_ITEMS_PER_RECORD,
  type NewActionItemInput,
  type UpdateActionItemInput,
} from './action-item.types.js';
import { inTransaction } from '../../common/transaction.js';

const ITEM = 'ACTION_ITEM_NOT_FOUND';

export interface ParsedItem {
  ownerId: number;
  description: string;
  dueDate: string;
}

/**
 * Checks the follow-ups written with a record. Owners are limited to the people the record is
 * about and its author(s); a due date cannot precede the record.
 */
export function parseNewItems(
  items: readonly NewActionItemInput[] | null | undefined,
  owners: ReadonlySet<number>,
  earliestDue: string,
  field = 'actionItems',
): ParsedItem[] {
  if (!items?.length) return [];
  if (items.length > MAX_ITEMS_PER_RECORD) {
    throw badInput(field, 'TOO_MANY_ITEMS', { max: MAX_ITEMS_PER_RECORD });
  }
  return items.map((item, i) => {
    const at = `${field}.${i}`;
    const ownerId = parseId(`${at}.ownerId`, item.ownerId);
    if (!owners.has(ownerId)) {
      throw badInput(`${at}.ownerId`, 'OWNER_NOT_ALLOWED');
    }
    const description = requiredText(`${at}.description`, item.description);
    const dueDate = parseDay(`${at}.dueDate`, item.dueDate);
    if (dueDate < earliestDue) {
      throw badInput(`${at}.dueDate`, 'DUE_DATE_TOO_EARLY', { date: earliestDue });
    }
    return { ownerId, description, dueDate };
  });
}

export interface ItemOrigin {
  bureauId: number;
  branchId: number;
  pairingId: number | null;
  visit?: Visit;
  talk?: Talk;
  createdById: number;
  now: Date;
}

/** Adds the items to the unit of work; bureau/branch/pairing are copied so the rules stay flat. */
export function createItems(em: EntityManager, parsed: ParsedItem[], origin: ItemOrigin): ActionItem[] {
  return parsed.map((p) =>
    em.create(ActionItem, {
      bureau: em.getReference(Bureau, origin.bureauId),
      branch: em.getReference(Branch, origin.branchId),
      pairing: origin.pairingId ? em.getReference(Pairing, origin.pairingId) : null,
      visit: origin.visit ?? null,
      talk: origin.talk ?? null,
      confidential: origin.talk?.confidential ?? false,
      owner: em.getReference(Officer, p.ownerId),
      createdBy: em.getReference(Officer, origin.createdById),
      description: p.description,
      dueDate: p.dueDate,
      createdAt: origin.now,
      updatedAt: origin.now,
    }),
  );
}

/**
 * Open items of the pairing ticked as done in the visit form. Each must be an open item of that
 * pairing which the viewer may update; otherwise nothing is written.
 */
export async function closeItemsOfPairing(
  ctx: AppContext,
  services: RequestServices,
  pairingId: number,
  rawIds: readonly string[] | null | undefined,
  now: Date,
  field = 'closeActionItemIds',
): Promise<ActionItem[]> {
  if (!rawIds?.length) return [];
  const ids = [...new Set(rawIds.map((id) => parseId(field, id)))];
  const items = await services.actionItems.ofPairing(
    scopeWhere<ActionItem>(ctx.ability, 'read', 'ActionItem'),
    pairingId,
    ids,
  );
  // An id that is not an item of this pairing in the viewer's scope does not exist for them,
  // whether it never existed or belongs to a confidential talk they may not read (DESIGN).
  if (items.length !== ids.length) throw new DomainError(ErrorCode.NOT_FOUND, 'ACTION_ITEM_NOT_FOUND', field);
  if (items.some((i) => i.status !== ActionItemStatus.OPEN)) throw badInput(field, 'ONLY_OPEN_ITEMS_CLOSABLE');
  for (const item of items) {
    if (!ctx.ability.can('complete', toItemSubject(item)) && !ctx.ability.can('update', toItemSubject(item))) {
      throw forbidden();
    }
    item.status = ActionItemStatus.DONE;
    item.closedAt = now;
    item.updatedAt = now;
  }
  return items;
}

const toItemSubject = (item: ActionItem) => toSubject('ActionItem', item);

export function isOverdue(item: ActionItem, now: Date): boolean {
  return item.status === ActionItemStatus.OPEN && item.dueDate < localDate(now);
}

export function listActionItems(ctx: AppContext, filter: ActionItemFilter | undefined, args: PageArgs) {
  const query: ActionItemQuery = {
    ...parseFilterIds(filter, ['ownerId', 'pairingId', 'visitId', 'talkId']),
    status: filter?.status,
    overdue: filter?.overdue != null ? { value: filter.overdue, today: localDate(ctx.clock.now()) } : null,
    search: filter?.search,
  };
  return ctx.services.actionItems.page(scopeWhere<ActionItem>(ctx.ability, 'read', 'ActionItem'), query, args);
}

/**
 * OPEN → DONE or DROPPED, once. Marking done needs 'complete' (owners) or 'update' (mentors,
 * secretaries); dropping needs 'update' and a note saying why.
 */
export function updateActionItem(ctx: AppContext, input: UpdateActionItemInput): Promise<ActionItem> {
  return inTransaction(ctx, async (em) => {
    const id = parseId('id', input.id);
    const item = await getReadableOrFail(ctx, ActionItem, 'ActionItem', id, ITEM, em);
    const subject = toItemSubject(item);
    if (input.status === ActionItemStatus.DROPPED) {
      if (!ctx.ability.can('update', subject)) throw forbidden('MARK_DONE_ONLY');
    } else if (!ctx.ability.can('complete', subject) && !ctx.ability.can('update', subject)) {
      throw forbidden();
    }
    if (input.status === ActionItemStatus.OPEN) {
      throw badInput('status', 'DONE_OR_DROPPED');
    }
    if (input.version != null && input.version !== item.version) throw conflict();
    if (item.status !== ActionItemStatus.OPEN) {
      throw conflict('ACTION_ITEM_ALREADY_CLOSED');
    }
    const note = (input.note ?? '').trim() || null;
    if (input.status === ActionItemStatus.DROPPED && !note) {
      throw badInput('note', 'DROP_REASON_REQUIRED');
    }
    const now = ctx.clock.now();
    item.status = input.status;
    item.note = note ?? item.note ?? null;
    item.closedAt = now;
    item.updatedAt = now;
    audit(em, ctx.viewer, {
      action: 'updateActionItem',
      subjectType: 'ActionItem',
      subjectId: item.id,
      detail: { status: input.status },
    });
    await em.flush();
    return item;
  });
}

export type ActionItemPage = Page<ActionItem>;
