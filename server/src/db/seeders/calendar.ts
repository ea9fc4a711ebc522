import { localDate } from '../../common/clock.js';

const DAY_MS = 86_400_000;

/** Midnight (bureau time, UTC+8) at the start of a YYYY-MM-DD date. */
export const startOfDate = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00+08:00`));

/** YYYY-MM-DD plus whole months, the day clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(ymd: string, months: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Every demo date is "so many local days before today" at a time of day, derived from `now`, so
 * the demo always looks recent and two runs with the same `now` agree to the millisecond.
 */
export class DemoCalendar {
  private readonly todayStart: number;

  constructor(readonly now: Date) {
    this.todayStart = startOfDate(localDate(now)).getTime();
  }

  /** The instant `daysAgo` days before today at `minuteOfDay` bureau time (daysAgo ≥ 1 is always past). */
  at(daysAgo: number, minuteOfDay: number): Date {
    return new Date(this.todayStart - daysAgo * DAY_MS + minuteOfDay * 60_000);
  }

  /** The bureau-local date `daysAgo` days before today (negative: in the future). */
  date(daysAgo: number): string {
    return localDate(new Date(this.todayStart - daysAgo * DAY_MS + 12 * 3_600_000));
  }

  /** Whole days from a YYYY-MM-DD date to today (positive: in the past). */
  daysAgoOf(ymd: string): number {
    return Math.round((this.todayStart - startOfDate(ymd).getTime()) / DAY_MS);
  }

  /** `d` plus minutes, never later than an hour before now (for acknowledgments, closings). */
  later(d: Date, minutes: number): Date {
    return new Date(Math.min(d.getTime() + minutes * 60_000, this.now.getTime() - 3_600_000));
  }
}
