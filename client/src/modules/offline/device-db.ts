import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

// The portal's one IndexedDB database on this device. IndexedDB, not localStorage: it survives the
// browser being closed as reliably, holds far more, and the offline answers can be large.
//  - `records`: drafts and the outbox (`outbox/`), under the same keys localStorage had;
//  - `answers`: the last answer of each query the portal needs offline (`offline-answers.ts`),
//    per account, and the account the device was last used by.

export interface StoredAnswer {
  /** The account id (`me.id`) whose session fetched it. */
  account: string;
  /** The JSON body the server sent. */
  body: string;
  savedAt: string;
}

export interface LastAccount {
  account: string;
  /** When an answer for it was last stored: what "data updated at" shows offline. */
  syncedAt: string;
}

export interface DeviceSchema extends DBSchema {
  records: { key: string; value: string };
  answers: { key: string; value: StoredAnswer; indexes: { account: string } };
  meta: { key: 'lastAccount'; value: LastAccount };
}

export type DeviceDb = IDBPDatabase<DeviceSchema>;

export const DEVICE_DB_NAME = 'tongxin';

export function openDeviceDb(name = DEVICE_DB_NAME): Promise<DeviceDb> {
  return openDB<DeviceSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('records');
      db.createObjectStore('answers').createIndex('account', 'account');
      db.createObjectStore('meta');
    },
  });
}
