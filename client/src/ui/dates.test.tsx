import { afterEach, describe, expect, it } from 'vitest';
import { render, renderHook, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { setLanguage } from '../i18n/i18n';
import { daysFromToday, overdueDays, RelativeDate, useRelativeDay } from './dates';

const now = dayjs('2026-12-02T10:00:00');

describe('dates', () => {
  afterEach(async () => {
    await setLanguage('zh-CN');
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(daysFromToday('2026-12-01T23:59:00', now)).toBe(-1);
    expect(daysFromToday('2026-12-02T00:01:00', now)).toBe(0);
    expect(daysFromToday('2026-12-05', now)).toBe(3);
    expect(overdueDays('2026-11-27', now)).toBe(5);
    expect(overdueDays('2026-12-04', now)).toBe(0);
    expect(overdueDays(null, now)).toBe(0);
  });

  it('says the distance in the viewer language, with English plurals', async () => {
    const { result } = renderHook(() => useRelativeDay());
    expect(result.current('2026-11-29', now)).toBe('3 天前');
    expect(result.current('2026-12-02', now)).toBe('今天');
    expect(result.current('2026-12-04', now)).toBe('2 天后');
    await setLanguage('en');
    const { result: en } = renderHook(() => useRelativeDay());
    expect(en.current('2026-12-01', now)).toBe('yesterday');
    expect(en.current('2026-11-29', now)).toBe('3 days ago');
    expect(en.current('2026-12-04', now)).toBe('in 2 days');
  });

  it('shows the date with its distance', () => {
    render(<RelativeDate value={dayjs().subtract(4, 'day').format('YYYY-MM-DD')} />);
    expect(screen.getByText(/4 天前/)).toBeTruthy();
  });
});
