import type { Client, CombinedError } from 'urql';
import { errorCode } from '../api/create-api-client';
import { firstRefusal, isTransportFailure } from '../api/server-error';
import { CreateForumMutation } from '../forums/create-forum-document';
import { RecordTalkMutation } from '../talks/record-talk-document';
import { LogVisitMutation } from '../visits/log-visit-document';
import type { CreateForumInput, LogVisitInput, RecordTalkInput } from '../../gql/graphql';
import {
  clearDraft,
  dismissReturned,
  type OutboxEntry,
  readOutbox,
  removeFromOutbox,
  returnToDrafts,
} from './outbox-storage';
import { notifyOutbox } from './outbox-events';

export type SendResult = { id: string } | { error: CombinedError };

/** Sends one queued submission with its client key, so a resend is recorded once. */
export async function sendEntry(client: Client, entry: OutboxEntry): Promise<SendResult> {
  const context = { requestPolicy: 'network-only' as const };
  if (entry.kind === 'talk') {
    const res = await client
      .mutation(RecordTalkMutation, { input: entry.input as RecordTalkInput }, context)
      .toPromise();
    return res.data?.recordTalk ? { id: res.data.recordTalk.id } : { error: res.error! };
  }
  if (entry.kind === 'forum') {
    const res = await client
      .mutation(CreateForumMutation, { input: entry.input as CreateForumInput }, context)
      .toPromise();
    return res.data?.createForum ? { id: res.data.createForum.id } : { error: res.error! };
  }
  const res = await client.mutation(LogVisitMutation, { input: entry.input as LogVisitInput }, context).toPromise();
  return res.data?.logVisit ? { id: res.data.logVisit.id } : { error: res.error! };
}

export type FlushOutcome =
  { entry: OutboxEntry; sent: true; id: string } | { entry: OutboxEntry; sent: false; error: CombinedError };

export interface FlushResult {
  outcomes: FlushOutcome[];
  /** An entry could not reach the server: it and everything after it are still queued. */
  stalled: boolean;
}

async function sendAll(client: Client, account: string, send: typeof sendEntry): Promise<FlushResult> {
  const outcomes: FlushOutcome[] = [];
  const tried = new Set<string>();
  // Oldest first, one at a time: a later record may depend on an earlier one (an item it closes).
  for (;;) {
    const entry = readOutbox(account).find((e) => !tried.has(e.clientKey));
    if (!entry) return { outcomes, stalled: false };
    tried.add(entry.clientKey);
    const result = await send(client, entry);
    if ('error' in result && (!result.error || isTransportFailure(result.error))) {
      return { outcomes, stalled: true };
    }
    // The session ended while the record waited: not a refusal of the record. It stays queued and
    // goes out once the same person has logged in again.
    if ('error' in result && errorCode(result.error) === 'UNAUTHENTICATED') return { outcomes, stalled: true };
    if ('id' in result) {
      removeFromOutbox(account, entry.clientKey);
      dismissReturned(account, entry.clientKey);
      clearDraft(account, entry.kind, entry.target);
      outcomes.push({ entry, sent: true, id: result.id });
    } else {
      // Refused (e.g. the pairing ended meanwhile): never dropped. The entry goes back among the
      // drafts with the reason, and its draft stays for the user to see, fix and send again.
      returnToDrafts(account, entry, firstRefusal(result.error) ?? { params: {} });
      outcomes.push({ entry, sent: false, error: result.error });
    }
    notifyOutbox();
  }
}

// One flush at a time per account, however many screens ask for it.
const running = new Map<string, Promise<FlushResult>>();

/** Sends the account's outbox in order; null when a flush is already under way (its caller reports). */
export function flushOutbox(client: Client, account: string, send = sendEntry): Promise<FlushResult> | null {
  if (running.has(account)) return null;
  const job = sendAll(client, account, send).finally(() => running.delete(account));
  running.set(account, job);
  return job;
}
