import type { ServerRefusal } from '../api/server-error';
import { type KeyValueStore, localStorageStore } from './key-value-store';

// What a user typed into a record form (a visit, a talk) is kept on the device on every change,
// keyed by account, kind and target (the pairing of a visit, the talkee of a talk), and a
// submission that could not reach the server waits in the account's outbox, in order, until it
// can be sent. The client key travels with it: the server records a resent submission once.
// Drafts can hold confidential notes, so logging out clears every one of the account's entries.

export type OutboxKind = 'visit' | 'talk' | 'forum';

export interface Draft<V> {
  clientKey: string;
  values: V;
  savedAt: string;
}

export interface OutboxEntry<I = unknown> {
  kind: OutboxKind;
  clientKey: string;
  /** The draft it came from: a visit's pairing id, a talk form's target. */
  target: string;
  input: I;
  queuedAt: string;
  /** What the pending list shows (the mentee's or talkee's name). */
  label?: string;
}

/** A submission the server refused (the pairing was cancelled meanwhile): back among the drafts, with why. */
export interface ReturnedEntry<I = unknown> extends OutboxEntry<I> {
  refusal: ServerRefusal;
  returnedAt: string;
}

let store: KeyValueStore = localStorageStore;

/** The device store: IndexedDB in the portal (`idb-store.ts`), localStorage in tests and where it is missing. */
export function setOutboxStore(next: KeyValueStore) {
  store = next;
}

const enc = encodeURIComponent;
const draftPrefix = (account: string) => `tongxin.draft/${enc(account)}/`;
const draftKey = (account: string, kind: OutboxKind, target: string) => `${draftPrefix(account)}${kind}/${enc(target)}`;
const outboxKey = (account: string) => `tongxin.outbox/${enc(account)}`;
const returnedKey = (account: string) => `tongxin.returned/${enc(account)}`;
// Where visits were kept before drafts were shared by the record forms; still read and cleared.
const legacyVisitDraftKey = (account: string, pairingId: string) => `tongxin.visitDraft.${account}.${pairingId}`;
const legacyVisitOutboxKey = (account: string) => `tongxin.visitOutbox.${account}`;

function read<T>(key: string): T | null {
  const raw = store.get(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  if (value == null) store.remove(key);
  else store.set(key, JSON.stringify(value));
}

export function newClientKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function loadDraft<V>(account: string, kind: OutboxKind, target: string): Draft<V> | null {
  const draft = read<Draft<V>>(draftKey(account, kind, target));
  if (draft || kind !== 'visit') return draft;
  return read<Draft<V>>(legacyVisitDraftKey(account, target));
}

export function saveDraft<V>(account: string, kind: OutboxKind, target: string, draft: Draft<V>) {
  write(draftKey(account, kind, target), { ...draft, savedAt: new Date().toISOString() });
}

export function clearDraft(account: string, kind: OutboxKind, target: string) {
  write(draftKey(account, kind, target), null);
  if (kind === 'visit') write(legacyVisitDraftKey(account, target), null);
}

interface LegacyVisitEntry {
  clientKey: string;
  pairingId: string;
  input: unknown;
  queuedAt: string;
}

/** The account's unsent submissions, oldest first. */
export function readOutbox(account: string): OutboxEntry[] {
  const entries = read<OutboxEntry[]>(outboxKey(account)) ?? [];
  const legacy = read<LegacyVisitEntry[]>(legacyVisitOutboxKey(account)) ?? [];
  const older = legacy.map<OutboxEntry>((e) => ({ ...e, kind: 'visit', target: e.pairingId }));
  return Array.isArray(entries) ? [...older, ...entries] : older;
}

function writeOutbox(account: string, entries: OutboxEntry[]) {
  write(legacyVisitOutboxKey(account), null);
  write(outboxKey(account), entries.length ? entries : null);
}

/** Queues a submission; one entry per client key (a second queueing replaces it, at the end). */
export function addToOutbox(account: string, entry: OutboxEntry) {
  writeOutbox(account, [...readOutbox(account).filter((e) => e.clientKey !== entry.clientKey), entry]);
}

export function removeFromOutbox(account: string, clientKey: string) {
  writeOutbox(
    account,
    readOutbox(account).filter((e) => e.clientKey !== clientKey),
  );
}

/** The account's refused submissions, oldest first; each stays until sent again or discarded. */
export function readReturned(account: string): ReturnedEntry[] {
  const entries = read<ReturnedEntry[]>(returnedKey(account));
  return Array.isArray(entries) ? entries : [];
}

/** Takes a refused submission out of the outbox and keeps it, with the refusal, among the returned drafts. */
export function returnToDrafts(account: string, entry: OutboxEntry, refusal: ServerRefusal) {
  const returned: ReturnedEntry = { ...entry, refusal, returnedAt: new Date().toISOString() };
  write(returnedKey(account), [...readReturned(account).filter((e) => e.clientKey !== entry.clientKey), returned]);
  removeFromOutbox(account, entry.clientKey);
}

/** The returned submission was sent again or its draft discarded; false when it was not among them. */
export function dismissReturned(account: string, clientKey: string): boolean {
  const returned = readReturned(account);
  const left = returned.filter((e) => e.clientKey !== clientKey);
  if (left.length === returned.length) return false;
  write(returnedKey(account), left.length ? left : null);
  return true;
}

/** Every draft and outbox entry of the account on this device: what logging out must not leave behind. */
export function clearAccount(account: string) {
  const legacyDraft = `tongxin.visitDraft.${account}.`;
  for (const key of store.keys()) {
    if (key.startsWith(draftPrefix(account)) || key.startsWith(legacyDraft)) store.remove(key);
  }
  store.remove(outboxKey(account));
  store.remove(returnedKey(account));
  store.remove(legacyVisitOutboxKey(account));
}
