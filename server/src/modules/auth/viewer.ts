import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '@tongxin/schema';
import type { Officer } from '../officers/officer.entity.js';
import { type SessionRow, type ViewerLinks, findViewerLinks } from './viewer.repository.js';

/** An officer who left the force, or whose account the sysadmin locked, cannot log in or keep a session. */
export const mayLogIn = (officer: Pick<Officer, 'disabled' | 'accountDisabled'>) =>
  !officer.disabled && !officer.accountDisabled;

/**
 * What the permission rules need to know about a logged-in officer: their units, roles and the
 * pairings they currently mentor (a handed-over term no longer counts), and the forums they
 * attended. One SQL statement.
 */
export async function buildViewer(
  em: EntityManager,
  officer: Pick<Officer, 'id' | 'roles' | 'mustChangePassword'> & { bureau: { id: number }; branch: { id: number } },
): Promise<Viewer> {
  return viewerOf(
    {
      id: officer.id,
      bureauId: officer.bureau.id,
      branchId: officer.branch.id,
      roles: officer.roles ?? [],
      mustChangePassword: officer.mustChangePassword,
    },
    await findViewerLinks(em, officer.id),
  );
}

/** The viewer from an officer's account facts and links (the session lookup reads them as rows). */
export function viewerOf(
  officer: Pick<SessionRow['officer'], 'id' | 'bureauId' | 'branchId' | 'roles' | 'mustChangePassword'>,
  links: ViewerLinks,
): Viewer {
  return {
    officerId: officer.id,
    bureauId: officer.bureauId,
    branchId: officer.branchId,
    roles: officer.roles,
    mentoredPairingIds: links.mentoredPairingIds,
    menteeIds: links.menteeIds,
    attendedForumIds: links.attendedForumIds,
    mustChangePassword: officer.mustChangePassword,
  };
}
