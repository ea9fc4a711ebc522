import { afterEach, describe, expect, it } from 'vitest';
import {
  addToOutbox,
  clearDraft,
  loadDraft,
  newClientKey,
  readOutbox,
  removeFromOutbox,
  saveDraft,
} from './visit-draft-storage';

const input = (summary: string) => ({
  pairingId: '7',
  kind: 'HOME_VISIT' as const,
  occurredAt: '2026-11-20T02:00:00.000Z',
  summary,
});

afterEach(() => localStorage.clear());

describe('visit drafts', () => {
  it('keeps a draft per account and pairing until cleared', () => {
    saveDraft('mentor', '7', { clientKey: 'k1', values: { summary: '家访' }, savedAt: '' });
    expect(loadDraft('mentor', '7')).toMatchObject({ clientKey: 'k1', values: { summary: '家访' } });
    expect(loadDraft('mentor', '8')).toBeNull();
    expect(loadDraft('mentor2', '7')).toBeNull();
    clearDraft('mentor', '7');
    expect(loadDraft('mentor', '7')).toBeNull();
  });

  it('survives unreadable storage content', () => {
    localStorage.setItem('tongxin.visitDraft.mentor.7', '{not json');
    expect(loadDraft('mentor', '7')).toBeNull();
  });

  it('queues a submission once per client key, in order', () => {
    addToOutbox('mentor', { clientKey: 'a', pairingId: '7', input: input('一'), queuedAt: '' });
    addToOutbox('mentor', { clientKey: 'b', pairingId: '7', input: input('二'), queuedAt: '' });
    addToOutbox('mentor', { clientKey: 'a', pairingId: '7', input: input('一（重发）'), queuedAt: '' });
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['b', 'a']);
    expect(readOutbox('mentor2')).toEqual([]);
    removeFromOutbox('mentor', 'b');
    removeFromOutbox('mentor', 'a');
    expect(readOutbox('mentor')).toEqual([]);
    expect(localStorage.getItem('tongxin.visitOutbox.mentor')).toBeNull();
  });

  it('makes a different client key each time', () => {
    expect(newClientKey()).not.toBe(newClientKey());
  });
});
