import type { FilterQuery } from '@mikro-orm/core';
import type { SubjectName } from '@tongxin/schema';
import { andWhere, canReadField, scopeWhere } from '../../common/authz.js';
import { firstIdsPerParent } from '../../common/has-many-loader.js';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import type { Officer } from '../officers/officer.entity.js';
import { OutcomeReview } from '../reviews/outcome-review.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { PairingEvent } from './pairing-event.entity.js';
import type { Pairing } from './pairing.entity.js';
import { type TimelineKind, TimelineEntry } from './pairing.types.js';

const SUMMARY_MAX = 280;

function clip(text: string | null | undefined): string | null {
  if (!text) return null;
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}

/**
 * Event notes repeat a pairing field (the review summary, the cancel reason): a viewer who may
 * not read that field does not read the note either. Event types added by other modules fall back
 * to the strictest field.
 */
const EVENT_NOTE_FIELD: Record<string, string | null> = {
  created: null,
  handover: null,
  mentors_changed: null,
  updated: null,
  submitted: 'reviewSummary',
  cancelled: 'cancelReason',
  // Roster changes under a live pairing: the notes name people and branches only.
  mentee_transferred: null,
  mentor_transferred: null,
  mentee_left: null,
  mentor_left: null,
};

type Loaded = { id: number; pairing?: { id: number } | null };

export interface TimelineOptions {
  /** At most this many entries per pairing (all when not given). */
  first?: number;
  newestFirst: boolean;
}

/**
 * Timelines of several pairings at once: one statement per source (visits, talks, action items,
 * reviews, events), each through the viewer's own scope for that record type. With `first`, each
 * source gives each pairing only its rows that can be among the first entries, cut in SQL per
 * pairing (rows tied on the date at the cut included), and the merged timeline is cut to `first`;
 * events, a handful per pairing and some of them hidden from the viewer, are read whole.
 */
export async function loadTimelines(
  ctx: AppContext,
  pairings: readonly Pairing[],
  options: TimelineOptions = { newestFirst: false },
): Promise<TimelineEntry[][]> {
  const ids = pairings.map((p) => p.id);
  const pairingById = new Map(pairings.map((p) => [p.id, p]));
  const byPairing = new Map<number, TimelineEntry[]>(ids.map((id) => [id, []]));
  const canRead = (type: SubjectName, record: object, field: string) => canReadField(ctx, type, record, field);
  /** The actor is named only when the viewer may read that field of the record. */
  const actorOf = (type: SubjectName, record: object, field: string, officer: Officer | null | undefined) =>
    officer && canRead(type, record, field) ? officer : null;

  function push(
    record: Loaded,
    kind: TimelineKind,
    fields: Omit<TimelineEntry, 'id' | 'kind' | 'recordId' | 'actor'>,
    actor: Officer | null,
  ) {
    const pairingId = record.pairing?.id;
    if (pairingId == null) return;
    const entry = Object.assign(new TimelineEntry(), fields, {
      id: `${kind}:${record.id}`,
      kind,
      recordId: record.id,
      actor,
    });
    byPairing.get(pairingId)?.push(entry);
  }

  /** The records of one source in the viewer's scope; `date` is the one its entries are dated by. */
  async function scoped<T extends object>(
    entity: new () => T,
    subject: SubjectName,
    populate: string[],
    date: string,
  ): Promise<T[]> {
    const scope = scopeWhere<T>(ctx.ability, 'read', subject);
    if (scope === null) return [];
    let where = andWhere<T>(scope, { pairing: { $in: ids } } as unknown as FilterQuery<T>);
    if (options.first !== undefined) {
      const dir = options.newestFirst ? 'desc' : 'asc';
      const top = firstIdsPerParent(ctx.em, entity, 'pairing', { [date]: dir }, where, options.first, 'rank');
      where = andWhere<T>(where, { id: { $in: top } } as unknown as FilterQuery<T>);
    }
    return ctx.em.find(entity, where, { populate: populate as never[] });
  }

  const [visits, talks, items, reviews, events] = await Promise.all([
    scoped(Visit, 'Visit', ['author'], 'occurredAt'),
    scoped(Talk, 'Talk', ['talker'], 'occurredAt'),
    scoped(ActionItem, 'ActionItem', ['owner'], 'createdAt'),
    scoped(OutcomeReview, 'OutcomeReview', ['reviewer'], 'createdAt'),
    ctx.em.find(PairingEvent, { pairing: { $in: ids } }, { populate: ['actor'] }),
  ]);

  for (const v of visits) {
    push(
      v,
      'VISIT',
      {
        type: v.kind,
        occurredAt: v.occurredAt,
        summary: canRead('Visit', v, 'summary') ? clip(v.summary) : null,
        status: canRead('Visit', v, 'acknowledgedAt') ? (v.acknowledgedAt ? 'ACKNOWLEDGED' : 'UNACKNOWLEDGED') : null,
        dueDate: null,
      },
      actorOf('Visit', v, 'author', v.author?.unwrap()),
    );
  }
  for (const t of talks) {
    // A confidential talk appears as a fact only; its content is read (and audited) in the talk itself.
    push(
      t,
      'TALK',
      {
        type: t.kind,
        occurredAt: t.occurredAt,
        summary: !t.confidential && canRead('Talk', t, 'topics') ? clip(t.topics) : null,
        status: t.confidential ? 'CONFIDENTIAL' : null,
        dueDate: null,
      },
      actorOf('Talk', t, 'talker', t.talker?.unwrap()),
    );
  }
  for (const a of items) {
    push(
      a,
      'ACTION_ITEM',
      {
        type: a.status,
        occurredAt: a.createdAt,
        summary: canRead('ActionItem', a, 'description') ? clip(a.description) : null,
        status: a.status,
        dueDate: canRead('ActionItem', a, 'dueDate') ? a.dueDate : null,
      },
      actorOf('ActionItem', a, 'owner', a.owner?.unwrap()),
    );
  }
  for (const r of reviews) {
    push(
      r,
      'REVIEW',
      {
        type: r.decision,
        occurredAt: r.createdAt,
        summary: canRead('OutcomeReview', r, 'comments') ? clip(r.comments) : null,
        status: canRead('OutcomeReview', r, 'rating') ? r.rating : null,
        dueDate: null,
      },
      actorOf('OutcomeReview', r, 'reviewer', r.reviewer?.unwrap()),
    );
  }
  for (const e of events) {
    const pairing = pairingById.get(e.pairing.id);
    if (!pairing) continue;
    const noteField = e.type in EVENT_NOTE_FIELD ? EVENT_NOTE_FIELD[e.type] : 'riskNotes';
    const noteReadable = noteField === null || canRead('Pairing', pairing, noteField);
    let note = noteReadable ? e.note : null;
    if (e.type === 'updated' && e.note) {
      // The note names the fields edited: a viewer who may not read a field does not learn it
      // changed (the mentee is not told their risk notes were edited); nothing left, no entry.
      const visible = e.note.split(', ').filter((field) => canRead('Pairing', pairing, field));
      if (visible.length === 0) continue;
      note = visible.join(', ');
    }
    push(
      e,
      'EVENT',
      {
        type: e.type,
        occurredAt: e.occurredAt,
        summary: clip(note),
        status: e.toStatus ?? null,
        dueDate: null,
      },
      // The secretary or committee member who acted, named like the mentors of the pairing.
      e.actor?.unwrap() ?? null,
    );
  }

  return ids.map((id) => {
    const entries = (byPairing.get(id) ?? []).sort(
      (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id),
    );
    if (options.newestFirst) entries.reverse();
    return options.first === undefined ? entries : entries.slice(0, options.first);
  });
}
