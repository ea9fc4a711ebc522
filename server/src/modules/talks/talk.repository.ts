import type { FilterQuery } from '@mikro-orm/core';
import type { TalkKind } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import type { Page, PageArgs } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { officerSearchWhere } from '../officers/officer.repository.js';
import type { Talk } from './talk.entity.js';

/** A parsed talk filter: ids are numbers, dates an instant range. */
export interface TalkQuery {
  kind?: TalkKind | null;
  occurredAt?: { $gte?: Date; $lt?: Date } | null;
  talkerId?: number;
  talkeeId?: number;
  pairingId?: number;
  branchId?: number;
  confidential?: boolean | null;
  search?: string | null;
}

/** Talks' queries. */
export class TalkRepository extends ScopedRepository<Talk> {
  /** The talk a talker already recorded under a draft's key (a resent offline draft), if in scope. */
  findByClientKey(scope: FilterQuery<Talk> | null, talkerId: number, clientKey: string): Promise<Talk | null> {
    return scope ? this.findOne(andWhere<Talk>(scope, { talker: talkerId, clientKey })) : Promise.resolve(null);
  }

  /** One page of the talks in scope matching the query, newest first. */
  page(scope: FilterQuery<Talk> | null, query: TalkQuery, args: PageArgs): Promise<Page<Talk>> {
    const parts: FilterQuery<Talk>[] = [];
    if (query.kind) parts.push({ kind: query.kind });
    if (query.occurredAt) parts.push({ occurredAt: query.occurredAt });
    if (query.talkerId) parts.push({ talker: query.talkerId });
    if (query.talkeeId) parts.push({ talkee: query.talkeeId });
    if (query.pairingId) parts.push({ pairing: query.pairingId });
    if (query.branchId) parts.push({ branch: query.branchId });
    if (query.confidential != null) parts.push({ confidential: query.confidential });
    // Joined in the page's own statement: still one query, and only rows in scope are matched.
    const match = officerSearchWhere(query.search);
    if (match) parts.push({ talkee: match });
    return this.scopedPage(scope, parts, args, { occurredAt: 'desc' });
  }

  /** When the pairing's latest talk happened, if any (its contact bookkeeping). */
  async latestOccurredAt(pairingId: number): Promise<Date | null> {
    // Confidential talks are no contact anyone else on the pairing may learn of (see recordTalk).
    const [talk] = await this.find(
      { pairing: pairingId, confidential: false },
      { orderBy: { occurredAt: 'desc' }, limit: 1 },
    );
    return talk ? new Date(talk.occurredAt) : null;
  }
}
