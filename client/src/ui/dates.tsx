import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

// One way to show and enter dates across the portal: antd's DatePicker (which follows the viewer's
// locale through the ConfigProvider) for input (date-inputs.tsx, apart: the picker is large and
// only forms and filters load it), and words a person would use ("3 天前", "逾期 5 天")
// where a distance matters more than the calendar date. Form values stay strings, as the API and
// the stored drafts have them: a calendar date is `YYYY-MM-DD`, an instant is an ISO string.

export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format(DATE_FORMAT) : '');
export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format(DATE_TIME_FORMAT) : '');

/** Whole calendar days from today to `iso` in the device's time zone (negative: in the past). */
export function daysFromToday(iso: string, now: Dayjs = dayjs()): number {
  return dayjs(iso).startOf('day').diff(now.startOf('day'), 'day');
}

/** Days a due date is past (0 when it is today or later). */
export const overdueDays = (iso: string | null | undefined, now: Dayjs = dayjs()) =>
  iso ? Math.max(0, -daysFromToday(iso, now)) : 0;

/** "今天", "3 天前", "2 天后" in the viewer's language. */
export function useRelativeDay() {
  const { t } = useTranslation();
  return (iso: string | null | undefined, now: Dayjs = dayjs()): string => {
    if (!iso) return '';
    const days = daysFromToday(iso, now);
    if (days === 0) return t('common.today');
    if (days === -1) return t('common.yesterday');
    if (days === 1) return t('common.tomorrow');
    return days < 0 ? t('common.daysAgo', { count: -days }) : t('common.inDays', { count: days });
  };
}

/** A date and, after it, how far it is from today: "2026-11-28（4 天前）". */
export function RelativeDate({ value, time = false }: { value: string | null | undefined; time?: boolean }) {
  const relative = useRelativeDay();
  if (!value) return null;
  const text = time ? formatDateTime(value) : formatDate(value);
  return (
    <span title={formatDateTime(value)}>
      {text} <span className="relative-date">({relative(value)})</span>
    </span>
  );
}

/** `maxDate` for an instant that cannot lie in the future. */
export const endOfToday = () => dayjs().endOf('day');
