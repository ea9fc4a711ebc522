import { PairingStatus } from '@tongxin/schema';
import { addDays } from '../../common/clock.js';

/**
 * A pairing is "live" while it is running or waiting for the committee: the mentee cannot get a
 * second one, and it counts towards a mentor's load.
 */
export const LIVE_STATUSES: readonly PairingStatus[] = [PairingStatus.ACTIVE, PairingStatus.IN_REVIEW];

/** The first instant of a bureau-local date (UTC+8, no DST). */
export function startOfLocalDate(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * When the next contact is due: the last contact, or the start of the pairing when there has
 * been none, plus the contact interval. Services that log contacts use the same rule.
 */
export function nextContactDueFrom(
  pairing: { startDate: string; lastContactAt?: Date | null },
  contactIntervalDays: number,
): Date {
  const base = pairing.lastContactAt ?? startOfLocalDate(pairing.startDate);
  return addDays(base, contactIntervalDays);
}

/** Overdue: still active and no contact inside the interval. */
export function isOverdue(pairing: { status: PairingStatus; nextContactDue: Date }, now: Date): boolean {
  return pairing.status === PairingStatus.ACTIVE && pairing.nextContactDue.getTime() < now.getTime();
}
