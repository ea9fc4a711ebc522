import { addDays, localDate } from '../../common/clock.js';
import { badInput } from '../../common/errors.js';
import { LIMITS } from '@tongxin/schema';
import { dateBounds, parseDay } from '../../common/parse.js';

// Validation shared by the records a mentor or leader writes (visits, talks, their action items).

/** A phone's clock may run a little ahead of the server's; a "now" from it is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** When a contact happened: not in the future, not before `notBefore` (a pairing's start date). */
export function requireOccurredAt(field: string, occurredAt: Date, now: Date, notBefore?: string): Date {
  if (Number.isNaN(occurredAt.getTime())) throw badInput(field, 'INVALID_TIME');
  if (localDate(occurredAt) < LIMITS.dateMin) throw badInput(field, 'DATE_OUT_OF_RANGE', dateBounds(now));
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput(field, 'IN_FUTURE');
  }
  if (notBefore && localDate(occurredAt) < notBefore) {
    throw badInput(field, 'BEFORE_PAIRING_START', { date: notBefore });
  }
  return occurredAt;
}

/** Start (inclusive) and end (exclusive) instants of a range of the bureau's local dates. */
export function localDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { $gte?: Date; $lt?: Date } | null {
  const range: { $gte?: Date; $lt?: Date } = {};
  if (from) range.$gte = new Date(`${parseDay('from', from)}T00:00:00+08:00`);
  if (to) range.$lt = addDays(new Date(`${parseDay('to', to)}T00:00:00+08:00`), 1);
  if (range.$gte && range.$lt && range.$gte >= range.$lt) {
    throw badInput('to', 'END_BEFORE_START');
  }
  return from || to ? range : null;
}
