import { Role } from '@tongxin/schema';

/** Highest first: the home page is the workspace of the viewer's highest-ranked role. */
// SYSADMIN and AUDITOR are held alone, so their place in the rank only has to come before OFFICER.
export const ROLE_RANK: readonly Role[] = [
  Role.SYSADMIN,
  Role.AUDITOR,
  Role.COMMITTEE,
  Role.SECRETARY,
  Role.MENTOR,
  Role.OFFICER,
];

export function primaryRole(roles: readonly string[]): Role {
  return ROLE_RANK.find((r) => roles.includes(r)) ?? Role.OFFICER;
}

/** The viewer's roles in rank order, unknown values dropped so a newer server cannot break the header. */
export function rankedRoles(roles: readonly string[]): Role[] {
  return ROLE_RANK.filter((r) => roles.includes(r));
}
