import type { RequestServices } from '../../services.js';
import type { EntityManager } from '@mikro-orm/core';
import { isExclusiveRole, type Viewer } from '@tongxin/schema';
import { andWhere, scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { Officer } from '../officers/officer.entity.js';
import { MentorLoad } from './pairing.types.js';

/** A sysadmin or auditor (held alone): never a mentee or mentor of a pairing. */
export const holdsExclusiveRole = (officer: Pick<Officer, 'roles'>) => (officer.roles ?? []).some(isExclusiveRole);

export interface MentorChoice {
  leadId: number;
  supportIds: number[];
}

/**
 * The shape rules of a mentor team: nobody twice, the mentee not among them. Field names are the
 * input's, so the portal can show the message at the right picker.
 */
export function checkTeamShape(team: MentorChoice, menteeId: number) {
  if (team.leadId === menteeId) {
    throw badInput('leadMentorId', 'LEAD_MENTOR_IS_MENTEE');
  }
  const seen = new Set<number>([team.leadId]);
  for (const id of team.supportIds) {
    if (id === menteeId) {
      throw badInput('supportMentorIds', 'SUPPORT_MENTOR_IS_MENTEE');
    }
    if (seen.has(id)) throw badInput('supportMentorIds', 'DUPLICATE_MENTOR');
    seen.add(id);
  }
}

/**
 * Loads the officers named as mentors and refuses anyone outside the viewer's bureau or disabled.
 * `field` tells which input named each id. Officers of other branches of the bureau may mentor.
 */
export async function loadEligibleMentors(
  em: EntityManager,
  viewer: Viewer,
  named: { id: number; field: string }[],
): Promise<Map<number, Officer>> {
  const ids = [...new Set(named.map((n) => n.id))];
  const found = ids.length ? await em.find(Officer, { id: { $in: ids } }) : [];
  const byId = new Map(found.map((o) => [o.id, o]));
  for (const { id, field } of named) {
    const officer = byId.get(id);
    if (!officer || officer.bureau.id !== viewer.bureauId) {
      throw badInput(field, 'MENTOR_OUTSIDE_BUREAU');
    }
    if (officer.disabled) throw badInput(field, 'MENTOR_DISABLED', { name: officer.name });
    // 三员分立: a sysadmin or auditor is no mentor, whatever the roster says.
    if (holdsExclusiveRole(officer)) throw badInput(field, 'ADMIN_NOT_PAIRABLE', { name: officer.name });
  }
  return byId;
}

/** For API users; the portal words the load from `activeCount` and `limit` in the viewer's language. */
export function capacityWarning(name: string, count: number, limit: number): string {
  return `${name} already mentors ${count} live pairs (limit ${limit})`;
}

/** Load of each officer against the limit; `onlyOver` keeps those one more pairing would overload. */
export async function mentorLoads(
  services: RequestServices,
  limit: number,
  officers: Officer[],
  onlyOver: boolean,
): Promise<MentorLoad[]> {
  const counts = await services.pairings.countLiveMentoring(officers.map((o) => o.id));
  const loads = officers.map((o) => {
    const activeCount = counts.get(o.id) ?? 0;
    const atCapacity = activeCount >= limit;
    return Object.assign(new MentorLoad(), {
      officerId: o.id,
      officer: o,
      activeCount,
      limit,
      atCapacity,
      warning: atCapacity ? capacityWarning(o.name, activeCount, limit) : null,
    });
  });
  return onlyOver ? loads.filter((l) => l.atCapacity) : loads;
}

/** The load of each named officer the viewer may read, for the portal to warn before saving. */
export async function mentorCapacity(ctx: AppContext, ids: number[]): Promise<MentorLoad[]> {
  const scope = scopeWhere<Officer>(ctx.ability, 'read', 'Officer');
  // A mentoring load is a count by person: only for viewers who read it on the officer.
  if (scope === null || ids.length === 0 || !ctx.ability.can('read', 'Officer', 'activeMentoringCount')) return [];
  const officers = await ctx.em.find(Officer, andWhere<Officer>(scope, { id: { $in: ids } }));
  return mentorLoads(ctx.services, ctx.config.mentorCapacity, officers, false);
}
