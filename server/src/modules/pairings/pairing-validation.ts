import { ErrorCode, LIMITS, type PairingStatus } from '@tongxin/schema';
import { DomainError, badInput } from '../../common/errors.js';
import { isCalendarDate } from './pairing-rules.js';

/** A text the user must fill in: trimmed, not empty, within its limit. */
export function requiredText(value: string | null | undefined, field: string, max: number = LIMITS.longText): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'REQUIRED');
  if (text.length > max) throw badInput(field, 'TOO_LONG', { max });
  return text;
}

/** An optional text: empty means none. */
export function optionalText(value: string | null | undefined, field: string, max: number = LIMITS.longText) {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(field, 'TOO_LONG', { max });
  return text || null;
}

export function calendarDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw badInput(field, 'INVALID_DATE');
  return value;
}

export function checkEndAfterStart(startDate: string, plannedEndDate: string) {
  if (plannedEndDate <= startDate) {
    throw badInput('plannedEndDate', 'PLANNED_END_NOT_AFTER_START');
  }
}

type StatusReason = 'PAIRING_FIELD_FROZEN' | 'PAIRING_CLOSED' | 'CANCEL_NOT_ACTIVE' | 'SUBMIT_NOT_ACTIVE';

/**
 * The pairing is not in a state that allows the change (it moved on, perhaps by someone else):
 * CONFLICT, like a stale version, so the portal reloads it.
 */
export function wrongStatus(status: PairingStatus, reason: StatusReason, field?: string) {
  return new DomainError(ErrorCode.CONFLICT, reason, field, { status });
}
