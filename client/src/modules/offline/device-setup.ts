import { setOutboxStore } from '../outbox/outbox-storage';
import { openIdbStore } from '../outbox/idb-store';
import { openDeviceDb } from './device-db';
import { installAnswerDb } from './offline-answers';

/**
 * Opens the device database before the portal's first render (a draft fills its form's first
 * render). Where IndexedDB cannot be opened (some private modes), drafts and the outbox stay in
 * localStorage and nothing is kept for offline reading: the portal still works online.
 */
export async function setUpDeviceStorage(): Promise<void> {
  try {
    const db = await openDeviceDb();
    setOutboxStore(await openIdbStore(db));
    await installAnswerDb(db);
  } catch {
    // Keep the localStorage store.
  }
}
