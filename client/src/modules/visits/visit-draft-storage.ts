import type { LogVisitInput } from '../../gql/graphql';

// A mentor writes a visit on a phone, often where the connection comes and goes. What they typed
// is kept in localStorage on every change (keyed by account and pairing), and a submission made
// offline waits in an outbox until the browser is online again. The client key travels with it:
// the server logs a resent submission once.

export interface DraftItem {
  ownerId?: string;
  description?: string;
  dueDate?: string;
}

export interface DraftValues {
  kind?: string;
  occurredAt?: string;
  location?: string;
  participants?: string;
  participantMentorIds?: string[];
  summary?: string;
  observations?: string;
  confidentialNotes?: string;
  nextVisitDue?: string;
  actionItems?: DraftItem[];
  closeActionItemIds?: string[];
}

export interface VisitDraft {
  clientKey: string;
  values: DraftValues;
  savedAt: string;
}

export interface OutboxEntry {
  clientKey: string;
  pairingId: string;
  input: LogVisitInput;
  queuedAt: string;
}

const PREFIX = 'tongxin.visit';
const draftKey = (account: string, pairingId: string) => `${PREFIX}Draft.${account}.${pairingId}`;
const outboxKey = (account: string) => `${PREFIX}Outbox.${account}`;

// Storage can be unavailable (private mode, quota): the form still works, only without the copy.
function read<T>(key: string): T | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value == null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept; nothing else to do.
  }
}

export function newClientKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export const loadDraft = (account: string, pairingId: string) => read<VisitDraft>(draftKey(account, pairingId));

export function saveDraft(account: string, pairingId: string, draft: VisitDraft) {
  write(draftKey(account, pairingId), { ...draft, savedAt: new Date().toISOString() });
}

export const clearDraft = (account: string, pairingId: string) => write(draftKey(account, pairingId), null);

export const readOutbox = (account: string) => read<OutboxEntry[]>(outboxKey(account)) ?? [];

export function addToOutbox(account: string, entry: OutboxEntry) {
  const rest = readOutbox(account).filter((e) => e.clientKey !== entry.clientKey);
  write(outboxKey(account), [...rest, entry]);
}

export function removeFromOutbox(account: string, clientKey: string) {
  const rest = readOutbox(account).filter((e) => e.clientKey !== clientKey);
  write(outboxKey(account), rest.length ? rest : null);
}
