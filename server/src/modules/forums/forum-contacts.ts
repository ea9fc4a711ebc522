import type { EntityManager } from '@mikro-orm/core';
import { VisitKind } from '@tongxin/schema';
import { localDate } from '../../common/clock.js';
import type { RequestServices } from '../../services.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import { recomputeContact, recordContact } from '../visits/contact.js';
import { Visit } from '../visits/visit.entity.js';
import type { ForumAttendance } from './forum-attendance.entity.js';
import type { Forum } from './forum.entity.js';

/**
 * A forum is a contact for every attendee present who is the mentee of a live pairing: one FORUM
 * visit per such pairing, linked to the forum. Being a visit, it moves the pairing's last and next
 * contact, shows on the pairing's timeline and waits for the mentee's acknowledgment like any
 * other; it follows the forum (time, place, attendance) and is edited only through it.
 *
 * Brings those visits in line with the forum after it was created or changed, then recomputes the
 * contact dates of every pairing whose contacts moved. The forum must be flushed.
 */
export async function syncForumContacts(
  em: EntityManager,
  services: RequestServices,
  forum: Forum,
  attendances: readonly ForumAttendance[],
  now: Date,
): Promise<void> {
  const present = attendances.filter((a) => a.present).map((a) => a.officer.id);
  const day = localDate(forum.occurredAt);
  // Pairings of the forum's bureau only; a pairing that had not started on the day gets no contact.
  const pairings = (await services.pairings.findLiveOfMentees({ bureau: forum.bureau.id }, present)).filter(
    (p) => p.startDate <= day,
  );
  const existing = await services.visits.ofForum(forum.id);
  const byPairing = new Map(existing.map((v) => [v.pairing.id, v]));
  const added: Pairing[] = [];
  const moved = new Set<Pairing>();
  const summary = forum.title;

  for (const pairing of pairings) {
    const visit = byPairing.get(pairing.id);
    byPairing.delete(pairing.id);
    if (!visit) {
      em.create(Visit, {
        pairing,
        bureau: pairing.bureau,
        branch: pairing.branch,
        mentee: pairing.mentee,
        author: forum.host,
        forum,
        kind: VisitKind.FORUM,
        occurredAt: forum.occurredAt,
        location: forum.place ?? null,
        summary,
        acknowledgedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      added.push(pairing);
      continue;
    }
    if (visit.occurredAt.getTime() !== forum.occurredAt.getTime()) moved.add(pairing);
    visit.occurredAt = forum.occurredAt;
    visit.location = forum.place ?? null;
    visit.summary = summary;
    visit.author = forum.host;
  }
  // Left over: the mentee is no longer listed as present, or their pairing is no longer live.
  // A pairing that has since closed keeps the contact it had; an absent mentee loses it.
  const presentSet = new Set(present);
  const removed: Visit[] = [...byPairing.values()].filter((v) => !presentSet.has(v.mentee.id));
  for (const visit of removed) em.remove(visit);
  await em.flush();

  for (const pairing of added) await recordContact(services, pairing, forum.occurredAt);
  const recompute = new Map<number, Pairing>();
  for (const p of moved) recompute.set(p.id, p);
  for (const v of removed) recompute.set(v.pairing.id, await v.pairing.loadOrFail());
  for (const pairing of recompute.values()) await recomputeContact(services, pairing);
}
