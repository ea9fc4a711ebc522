import { addDays, localDate } from '../../common/clock.js';

// Day arithmetic in bureau time (China Standard Time, UTC+8, no DST): "due within 3 days" means
// three calendar days as the bureau counts them, whatever the hour the server runs in UTC.

/** The instant a bureau day (YYYY-MM-DD) begins. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

/** The bureau day `days` after `day`. */
export const plusDays = (day: string, days: number): string => localDate(addDays(dayStart(day), days));

/** Whole bureau days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / 86_400_000);

export { localDate };
