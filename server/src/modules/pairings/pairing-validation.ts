import { ErrorCode, LIMITS, type PairingStatus } from '@tongxin/schema';
import { DomainError, badInput } from '../../common/errors.js';
import { isCalendarDate } from './pairing-rules.js';

/** A text the user must fill in: trimmed, not empty, within its limit. */
export function requiredText(value: string | null | undefined, field: string, max: number = LIMITS.longText): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, '此项为必填项 / This field is required');
  if (text.length > max) throw badInput(field, `不能超过 ${max} 个字符 / At most ${max} characters`);
  return text;
}

/** An optional text: empty means none. */
export function optionalText(value: string | null | undefined, field: string, max: number = LIMITS.longText) {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(field, `不能超过 ${max} 个字符 / At most ${max} characters`);
  return text || null;
}

export function calendarDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw badInput(field, '不是有效日期 / Not a valid date');
  return value;
}

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
