import { addDays, localDate } from '../../common/clock.js';
import { badInput } from '../../common/errors.js';

// Validation shared by the records a mentor or leader writes (visits, talks, their action items).

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A phone's clock may run a little ahead of the server's; a "now" from it is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A GraphQL ID as a database id, or BAD_USER_INPUT naming the field. */
export function parseId(field: string, value: string | number): number {
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(field, 'INVALID_ID');
  return n;
}

export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A YYYY-MM-DD date, or BAD_USER_INPUT naming the field. */
export function requireDate(field: string, value: string): string {
  if (!isCalendarDate(value)) throw badInput(field, 'INVALID_DATE');
  return value;
}

/** Required free text: trimmed, not empty. */
export function requireText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'REQUIRED');
  if (text.length > max) throw badInput(field, 'TOO_LONG', { max });
  return text;
}

/** Optional free text: trimmed, empty becomes null. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(field, 'TOO_LONG', { max });
  return text || null;
}

/** When a contact happened: not in the future, not before `notBefore` (a pairing's start date). */
export function requireOccurredAt(field: string, occurredAt: Date, now: Date, notBefore?: string): Date {
  if (Number.isNaN(occurredAt.getTime())) throw badInput(field, 'INVALID_TIME');
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
  if (from) range.$gte = new Date(`${requireDate('from', from)}T00:00:00+08:00`);
  if (to) range.$lt = addDays(new Date(`${requireDate('to', to)}T00:00:00+08:00`), 1);
  if (range.$gte && range.$lt && range.$gte >= range.$lt) {
    throw badInput('to', 'END_BEFORE_START');
  }
  return from || to ? range : null;
}
