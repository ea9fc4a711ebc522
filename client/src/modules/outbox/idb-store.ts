import type { DeviceDb } from '../offline/device-db';
import type { KeyValueStore } from './key-value-store';

// Drafts and the outbox in IndexedDB. The forms and the header read them synchronously (a draft
// fills the form's first render), so the store keeps a copy in memory, read once at start, and
// writes every change through to IndexedDB in the order it was made. `flushed()` resolves when
// IndexedDB holds everything written so far.

/** localStorage keys of drafts and outboxes, today's and the earlier visit-only ones. */
const OWN_KEYS = /^tongxin\.(draft\/|outbox\/|visitDraft\.|visitOutbox\.)/;

export interface IdbKeyValueStore extends KeyValueStore {
  flushed(): Promise<void>;
}

function mergeOutboxes(kept: string, older: string): string {
  try {
    const a = JSON.parse(kept) as { clientKey: string }[];
    const b = JSON.parse(older) as { clientKey: string }[];
    const keys = new Set(a.map((e) => e.clientKey));
    return JSON.stringify([...b.filter((e) => !keys.has(e.clientKey)), ...a]);
  } catch {
    return kept;
  }
}

/**
 * Reads every record into memory and moves what an earlier version of the portal kept in
 * localStorage into IndexedDB (an outbox found in both is merged, older entries first), then
 * removes it from localStorage once IndexedDB has committed it.
 */
export async function openIdbStore(
  db: DeviceDb,
  legacy: Storage | undefined = globalThis.localStorage,
): Promise<IdbKeyValueStore> {
  const memory = new Map<string, string>();
  let cursor = await db.transaction('records').store.openCursor();
  while (cursor) {
    memory.set(String(cursor.key), cursor.value);
    cursor = await cursor.continue();
  }

  const moved: [string, string][] = [];
  try {
    for (let i = 0; legacy && i < legacy.length; i += 1) {
      const key = legacy.key(i);
      const value = key && OWN_KEYS.test(key) ? legacy.getItem(key) : null;
      if (key && value != null) moved.push([key, value]);
    }
  } catch {
    // No localStorage (private mode): nothing to move.
  }
  if (moved.length) {
    const tx = db.transaction('records', 'readwrite');
    for (const [key, value] of moved) {
      const kept = memory.get(key);
      const next = kept === undefined ? value : key.includes('utbox') ? mergeOutboxes(kept, value) : kept;
      memory.set(key, next);
      void tx.store.put(next, key);
    }
    await tx.done;
    for (const [key] of moved) legacy?.removeItem(key);
  }

  let chain: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<unknown>) => {
    // A failed write (quota) must not stop the ones after it; memory still holds the value.
    chain = chain.then(write).then(
      () => undefined,
      () => undefined,
    );
  };

  return {
    get: (key) => memory.get(key) ?? null,
    set(key, value) {
      memory.set(key, value);
      enqueue(() => db.put('records', value, key));
    },
    remove(key) {
      if (!memory.delete(key)) return;
      enqueue(() => db.delete('records', key));
    },
    keys: () => [...memory.keys()],
    flushed: () => chain,
  };
}
