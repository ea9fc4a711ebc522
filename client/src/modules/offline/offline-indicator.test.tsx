import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setOnline } from '../outbox/record-forms.fixture';
import { openDeviceDb } from './device-db';
import { installAnswerDb } from './offline-answers';
import { OfflineIndicator } from './offline-indicator';

afterEach(async () => {
  await installAnswerDb(null);
  setOnline(true);
  vi.restoreAllMocks();
});

describe('offline indicator', () => {
  it('is hidden online, and offline says how old the data kept on the device is', async () => {
    const db = await openDeviceDb('indicator-test');
    const syncedAt = new Date(2026, 11, 3, 9, 41).toISOString();
    await db.put('meta', { account: '5', syncedAt }, 'lastAccount');
    await installAnswerDb(db);
    render(<OfflineIndicator />);
    expect(screen.queryByTestId('offline-indicator')).toBeNull();

    act(() => setOnline(false));
    expect(screen.getByTestId('offline-indicator').textContent).toBe('离线 · 数据更新于 09:41');

    act(() => setOnline(true));
    expect(screen.queryByTestId('offline-indicator')).toBeNull();
    db.close();
  });

  it('says only "offline" when nothing was ever kept', () => {
    render(<OfflineIndicator />);
    act(() => setOnline(false));
    expect(screen.getByTestId('offline-indicator').textContent).toBe('离线');
  });
});
