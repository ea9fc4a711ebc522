import { ErrorCode, type PairingStatus } from '@tongxin/schema';
import { DomainError, badInput } from '../../common/errors.js';

export function checkEndAfterStart(startDate: string, plannedEndDate: string) {
  if (plannedEndDate <= startDate) {
    throw badInput('plannedEndDate', '计划结束日期应晚于开始日期 / The planned end date must be after the start date');
  }
}

const STATUS_ZH: Record<PairingStatus, string> = {
  ACTIVE: '帮扶中',
  IN_REVIEW: '待评估',
  CONCLUDED: '已结束',
  ESCALATED: '已升级处理',
  CANCELLED: '已撤销',
};

/**
 * The pairing is not in a state that allows the change (it moved on, perhaps by someone else):
 * CONFLICT, like a stale version, so the portal reloads it.
 */
export function wrongStatus(status: PairingStatus, what: { zh: string; en: string }, field?: string) {
  return new DomainError(
    ErrorCode.CONFLICT,
    `该结对当前状态为「${STATUS_ZH[status]}」，${what.zh} / The pairing is ${status}; ${what.en}`,
    field,
    { status },
  );
}
