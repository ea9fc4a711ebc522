// The device store behind drafts and the outbox. The portal uses IndexedDB (`idb-store.ts`, set up
// before the first render); localStorage below is the fallback where IndexedDB cannot be opened, and
// what tests use. Storage can be unavailable (private mode, quota): every call then does nothing,
// and the forms still work, only without the copy.

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export const localStorageStore: KeyValueStore = {
  get(key) {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Not kept; nothing else to do.
    }
  },
  remove(key) {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // Nothing to remove.
    }
  },
  keys() {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return [];
      return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
    } catch {
      return [];
    }
  },
};
