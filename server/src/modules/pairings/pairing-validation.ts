import { ErrorCode, type PairingStatus } from '@tongxin/schema';
import { DomainError, badInput } from '../../common/errors.js';

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
