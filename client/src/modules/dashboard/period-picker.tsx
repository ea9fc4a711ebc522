import type { KeyboardEvent } from 'react';
import { DatePicker } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../ui/dates';

// The period pickers of the committee's tools (ledger, dashboard, audit log). What they show is
// what is sent: antd's range picker keeps typed text to itself until it decides to commit, so a
// range typed and confirmed with Enter could reach the form after the form had already submitted
// the previous value. On Enter the picker commits the dates its two inputs show, first.

export type Period = [Dayjs, Dayjs];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` text as a date, or null when it is not one (2026-02-30 is not one). */
export function parseDay(text: string): Dayjs | null {
  const s = text.trim();
  if (!DATE.test(s)) return null;
  const d = dayjs(s, DATE_FORMAT);
  return d.isValid() && d.format(DATE_FORMAT) === s ? d : null;
}

/** The period the picker's two inputs show, when both are dates in order. */
export function periodShownIn(root: Element): Period | null {
  const inputs = root.querySelectorAll('input');
  if (inputs.length < 2) return null;
  const from = parseDay(inputs[0].value);
  const to = parseDay(inputs[1].value);
  return from && to && !to.isBefore(from) ? [from, to] : null;
}

/**
 * The period a report opens with: the current month so far, or the previous month when fewer
 * than 7 days of this one have passed (on the 3rd, a month-to-date report is nearly empty).
 */
export function defaultPeriod(today: Dayjs = dayjs()): Period {
  if (today.date() < 7) {
    const previous = today.subtract(1, 'month');
    return [previous.startOf('month'), previous.endOf('month').startOf('day')];
  }
  return [today.startOf('month'), today.startOf('day')];
}

export const samePeriod = (a: Period | null | undefined, b: Period | null | undefined) =>
  !!a && !!b && a[0].isSame(b[0], 'day') && a[1].isSame(b[1], 'day');

type PeriodPickerProps = Omit<RangePickerProps, 'value' | 'onChange' | 'format'> & {
  value?: Period | null;
  onChange?: (value: Period | null) => void;
};

/** A range picker whose value is committed from what it shows when Enter is pressed. */
export function PeriodPicker({ value, onChange, ...rest }: PeriodPickerProps) {
  const commitShown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    const shown = periodShownIn(e.currentTarget);
    if (shown && !samePeriod(shown, value)) onChange?.(shown);
  };
  return (
    // Capture phase: before the picker's own handler and before the form's implicit submission.
    <div onKeyDownCapture={commitShown} style={{ display: 'contents' }}>
      <DatePicker.RangePicker
        {...rest}
        value={value ?? null}
        format={DATE_FORMAT}
        onChange={(v) => onChange?.(v?.[0] && v[1] ? [v[0], v[1]] : null)}
      />
    </div>
  );
}
