import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '@tongxin/schema';
import { ForumAttendance } from '../forums/forum-attendance.entity.js';
import { PairingMentor } from '../pairings/pairing-mentor.entity.js';
import type { Officer } from '../officers/officer.entity.js';

/** An officer who left the force, or whose account the sysadmin locked, cannot log in or keep a session. */
export const mayLogIn = (officer: Pick<Officer, 'disabled' | 'accountDisabled'>) =>
  !officer.disabled && !officer.accountDisabled;

/**
 * What the permission rules need to know about a logged-in officer: their units, roles and the
 * pairings they currently mentor (a handed-over term no longer counts), and the forums they
 * attended. Two SQL statements.
 */
export async function buildViewer(em: EntityManager, officer: Officer): Promise<Viewer> {
  const terms = await em.find(
    PairingMentor,
    { officer: officer.id, endedAt: null },
    { populate: ['pairing'], strategy: 'joined' },
  );
  const pairingIds = new Set<number>();
  const menteeIds = new Set<number>();
  for (const t of terms) {
    pairingIds.add(t.pairing.id);
    const mentee = t.pairing.unwrap().mentee;
    if (mentee) menteeIds.add(mentee.id);
  }
  const attended = await em.find(ForumAttendance, { officer: officer.id, present: true }, { fields: ['forum'] });
  return {
    officerId: officer.id,
    bureauId: officer.bureau.id,
    branchId: officer.branch.id,
    roles: officer.roles ?? [],
    mentoredPairingIds: [...pairingIds],
    menteeIds: [...menteeIds],
    attendedForumIds: attended.map((a) => a.forum.id),
    mustChangePassword: officer.mustChangePassword,
  };
}
