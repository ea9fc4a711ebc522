import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type DeviceDb, openDeviceDb } from '../offline/device-db';
import { openIdbStore } from './idb-store';
import {
  addToOutbox,
  loadDraft,
  type OutboxEntry,
  readOutbox,
  readReturned,
  returnToDrafts,
  saveDraft,
  setOutboxStore,
} from './outbox-storage';
import { localStorageStore } from './key-value-store';

const entry = (clientKey: string): OutboxEntry => ({
  kind: 'visit',
  clientKey,
  target: '7',
  input: { summary: clientKey },
  queuedAt: '2026-11-20T02:00:00.000Z',
});

let name = 0;
const opened: DeviceDb[] = [];
/** A fresh database per test; `reopen` opens the same one again, as a new page load does. */
async function device() {
  const dbName = `tongxin-test-${(name += 1)}`;
  const open = async () => {
    const db = await openDeviceDb(dbName);
    opened.push(db);
    return db;
  };
  return { open };
}

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  setOutboxStore(localStorageStore);
  localStorage.clear();
});

describe('the outbox in IndexedDB', () => {
  it('keeps drafts, the outbox in order and refused entries across a reload (a new page, the same database)', async () => {
    const { open } = await device();
    const store = await openIdbStore(await open());
    setOutboxStore(store);
    saveDraft('mentor', 'visit', '7', { clientKey: 'a', values: { summary: '家访' }, savedAt: '' });
    for (const key of ['a', 'b', 'c']) addToOutbox('mentor', entry(key));
    returnToDrafts('mentor', entry('b'), { code: 'FORBIDDEN', reason: 'PAIRING_NOT_ACTIVE', params: {} });
    await store.flushed();
    expect(localStorage.length).toBe(0);

    setOutboxStore(await openIdbStore(await open()));
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['a', 'c']);
    expect(readReturned('mentor')).toMatchObject([{ clientKey: 'b', refusal: { reason: 'PAIRING_NOT_ACTIVE' } }]);
    expect(loadDraft('mentor', 'visit', '7')).toMatchObject({ clientKey: 'a', values: { summary: '家访' } });
  });

  it('moves an outbox and drafts kept in localStorage by the earlier portal into IndexedDB, once', async () => {
    localStorage.setItem('tongxin.outbox/mentor', JSON.stringify([entry('old-1'), entry('old-2')]));
    localStorage.setItem(
      'tongxin.visitOutbox.mentor2',
      JSON.stringify([{ clientKey: 'v1', pairingId: '9', input: {}, queuedAt: '' }]),
    );
    localStorage.setItem(
      'tongxin.draft/mentor/talk/new',
      JSON.stringify({ clientKey: 't1', values: { topics: '谈心' } }),
    );
    localStorage.setItem('tongxin.locale', 'en');
    const { open } = await device();

    setOutboxStore(await openIdbStore(await open()));
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['old-1', 'old-2']);
    expect(readOutbox('mentor2')).toMatchObject([{ kind: 'visit', clientKey: 'v1', target: '9' }]);
    expect(loadDraft('mentor', 'talk', 'new')).toMatchObject({ clientKey: 't1' });
    // Moved, not copied; what is not the outbox's stays.
    expect(Object.keys(localStorage)).toEqual(['tongxin.locale']);

    // Another load finds them in IndexedDB only.
    setOutboxStore(await openIdbStore(await open()));
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['old-1', 'old-2']);
  });

  it('merges a localStorage outbox into the one IndexedDB already holds, older entries first, each key once', async () => {
    const { open } = await device();
    const store = await openIdbStore(await open());
    setOutboxStore(store);
    addToOutbox('mentor', entry('new-1'));
    addToOutbox('mentor', entry('both'));
    await store.flushed();
    localStorage.setItem('tongxin.outbox/mentor', JSON.stringify([entry('old-1'), entry('both')]));

    setOutboxStore(await openIdbStore(await open()));
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['old-1', 'new-1', 'both']);
  });
});
