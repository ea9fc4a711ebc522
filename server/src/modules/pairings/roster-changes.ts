import type { EntityManager } from '@mikro-orm/core';
import { MentorRole, PairingAttention } from '@tongxin/schema';
import type { Officer } from '../officers/officer.entity.js';
import { PairingEvent } from './pairing-event.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { LIVE_STATUSES } from './pairing-rules.js';
import { Pairing } from './pairing.entity.js';

// What the roster's changes (made by the sysadmin, who reads no pairing) do to live pairings. The
// pairings stay in their branch; their timelines say what happened, and the branch secretary is
// flagged where a person must be found. Nothing here is returned to the caller: the sysadmin
// learns neither which pairings were touched nor how many.

interface Change {
  /** Null for the operator's command line (a roster import run on the server). */
  actor: Officer | null;
  now: Date;
}

async function livePairingsOf(em: EntityManager, officerId: number) {
  const [asMentee, terms] = await Promise.all([
    em.find(Pairing, { mentee: officerId, status: { $in: [...LIVE_STATUSES] } }),
    em.find(
      PairingMentor,
      { officer: officerId, endedAt: null, pairing: { status: { $in: [...LIVE_STATUSES] } } },
      { populate: ['pairing'] },
    ),
  ]);
  return { asMentee, terms };
}

/** A transfer: each live pairing of the officer, as mentee or mentor, records the move. */
export async function recordTransfer(em: EntityManager, officer: Officer, note: string, { actor, now }: Change) {
  const { asMentee, terms } = await livePairingsOf(em, officer.id);
  for (const pairing of asMentee) {
    em.create(PairingEvent, { pairing, type: 'mentee_transferred', note, actor, occurredAt: now });
  }
  for (const t of terms) {
    em.create(PairingEvent, {
      pairing: t.pairing,
      type: 'mentor_transferred',
      note: `${officer.name}: ${note}`,
      actor,
      occurredAt: now,
    });
  }
}

/**
 * Leaving the force. Each open mentor term ends; a successor takes it over in the same role, as a
 * hand-over by the secretary does (a supporter already on the pairing is promoted when the leaver
 * led it). Without a successor, or where the successor is the pairing's mentee, the pairing is
 * flagged MENTOR_LEFT for its secretary. A pairing whose mentee leaves is flagged MENTEE_LEFT.
 */
export async function handOverOnLeave(em: EntityManager, leaver: Officer, successor: Officer | null, change: Change) {
  const { actor, now } = change;
  const { asMentee, terms } = await livePairingsOf(em, leaver.id);
  for (const pairing of asMentee) {
    pairing.attention = PairingAttention.MENTEE_LEFT;
    em.create(PairingEvent, { pairing, type: 'mentee_left', note: leaver.name, actor, occurredAt: now });
  }
  const successorTerms = successor
    ? await em.find(PairingMentor, {
        officer: successor.id,
        endedAt: null,
        pairing: { $in: terms.map((t) => t.pairing.id) },
      })
    : [];
  for (const term of terms) {
    const pairing = term.pairing.unwrap();
    term.endedAt = now;
    if (!successor || successor.id === pairing.mentee.id) {
      pairing.attention = PairingAttention.MENTOR_LEFT;
      em.create(PairingEvent, { pairing, type: 'mentor_left', note: leaver.name, actor, occurredAt: now });
      continue;
    }
    const already = successorTerms.find((t) => t.pairing.id === pairing.id);
    if (already && term.role === MentorRole.LEAD && already.role === MentorRole.SUPPORT) already.endedAt = now;
    if (!already || term.role === MentorRole.LEAD) {
      em.create(PairingMentor, { pairing, officer: successor, role: term.role, startedAt: now });
    }
    em.create(PairingEvent, {
      pairing,
      ...(term.role === MentorRole.LEAD
        ? { type: 'handover', note: `${leaver.name} → ${successor.name}` }
        : { type: 'mentors_changed', note: already ? `−${leaver.name}` : `+${successor.name} −${leaver.name}` }),
      actor,
      occurredAt: now,
    });
    // Touch the row: the version moves on, so an edit based on the old team gives CONFLICT.
    pairing.updatedAt = now;
  }
}

/** Whether the officer is on a live pairing (as mentee or mentor): such a person takes no admin role. */
export async function isOnLivePairing(em: EntityManager, officerId: number): Promise<boolean> {
  const { asMentee, terms } = await livePairingsOf(em, officerId);
  return asMentee.length > 0 || terms.length > 0;
}
