import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToOutbox, loadDraft, readOutbox, saveDraft } from '../outbox/outbox-storage';
import { clearAccountData } from './clear-account-data';

const keep = (account: string) => {
  saveDraft(account, 'visit', '7', { clientKey: `${account}-d`, values: { summary: '草稿' }, savedAt: '' });
  addToOutbox(account, { kind: 'talk', clientKey: `${account}-o`, target: 'new', input: {}, queuedAt: '' });
};

/** A Cache Storage holding the service worker's precache and one cache that is not the shell's. */
function fakeCaches() {
  const names = new Set(['workbox-precache-v2-http://localhost/', 'api-answers']);
  const caches = {
    keys: vi.fn(async () => [...names]),
    delete: vi.fn(async (name: string) => names.delete(name)),
  };
  vi.stubGlobal('caches', caches);
  return names;
}

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('clearAccountData', () => {
  it('logout removes the account’s drafts and outbox, and no other account’s', async () => {
    keep('mentor');
    keep('mentor2');
    await clearAccountData('mentor', 'logout');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
    expect(readOutbox('mentor')).toEqual([]);
    expect(loadDraft('mentor2', 'visit', '7')).not.toBeNull();
    expect(readOutbox('mentor2')).toHaveLength(1);
  });

  it('an expired session keeps what was typed, to be sent after signing in again', async () => {
    keep('mentor');
    await clearAccountData(null, 'session-expired');
    expect(loadDraft('mentor', 'visit', '7')).not.toBeNull();
    expect(readOutbox('mentor')).toHaveLength(1);
  });

  it.each(['logout', 'session-expired'] as const)('%s keeps only the app shell in Cache Storage', async (reason) => {
    const names = fakeCaches();
    await clearAccountData('mentor', reason);
    expect([...names]).toEqual(['workbox-precache-v2-http://localhost/']);
  });

  it('a refused Cache Storage is no error', async () => {
    vi.stubGlobal('caches', { keys: () => Promise.reject(new Error('SecurityError')) });
    await expect(clearAccountData('mentor', 'logout')).resolves.toBeUndefined();
  });
});
