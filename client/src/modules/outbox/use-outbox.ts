import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useViewer } from '../auth';
import { emitQueued, notifyOutbox, onOutcome, outboxRevision, subscribeOutbox } from './outbox-events';
import type { FlushOutcome } from './outbox-sender';
import {
  addToOutbox,
  clearDraft,
  dismissReturned,
  type Draft,
  loadDraft,
  newClientKey,
  type OutboxEntry,
  type OutboxKind,
  readOutbox,
  readReturned,
  type ReturnedEntry,
  saveDraft,
} from './outbox-storage';

/** The viewer's unsent submissions on this device, kept current across screens. */
export function useOutboxEntries(): OutboxEntry[] {
  const account = useViewer().username;
  const rev = useSyncExternalStore(subscribeOutbox, outboxRevision);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => readOutbox(account), [account, rev]);
}

/** The viewer's submissions the server refused, back among the drafts with the reason. */
export function useReturnedEntries(): ReturnedEntry[] {
  const account = useViewer().username;
  const rev = useSyncExternalStore(subscribeOutbox, outboxRevision);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => readReturned(account), [account, rev]);
}

/** Queues a submission; the sender (mounted once, in the app shell) sends it as soon as it can. */
export function queueSubmission(account: string, entry: OutboxEntry) {
  addToOutbox(account, entry);
  dismissReturned(account, entry.clientKey);
  notifyOutbox();
  emitQueued(account);
}

/**
 * A record form's draft and its place in the outbox: the values typed so far (restored when the
 * form opens again), the client key of this submission, whether it waits to be sent, and a
 * callback when the sender got it through (or the server refused it).
 */
export function useRecordDraft<V extends object>(
  kind: OutboxKind,
  target: string,
  blank: () => V,
  onSent?: (outcome: FlushOutcome) => void,
) {
  const account = useViewer().username;
  const [state, setState] = useState<{ draft: Draft<V>; restored: boolean }>(() => {
    const stored = loadDraft<V>(account, kind, target);
    if (stored?.clientKey) return { draft: stored, restored: true };
    return {
      draft: { clientKey: newClientKey(), values: blank(), savedAt: new Date().toISOString() },
      restored: false,
    };
  });
  const clientKey = state.draft.clientKey;
  const pending = useOutboxEntries().some((e) => e.clientKey === clientKey);
  const returned = useReturnedEntries().find((e) => e.clientKey === clientKey) ?? null;

  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  });
  useEffect(
    () =>
      onOutcome((outcome) => {
        if (outcome.entry.clientKey === clientKey) onSentRef.current?.(outcome);
      }),
    [clientKey],
  );

  const keep = useCallback(
    (values: V) => saveDraft(account, kind, target, { clientKey, values, savedAt: new Date().toISOString() }),
    [account, kind, target, clientKey],
  );

  /** Drops the stored draft and starts a new submission (new client key); returns the blank values. */
  const discard = useCallback((): V => {
    clearDraft(account, kind, target);
    if (dismissReturned(account, clientKey)) notifyOutbox();
    const values = blank();
    setState({ draft: { clientKey: newClientKey(), values, savedAt: new Date().toISOString() }, restored: false });
    return values;
  }, [account, kind, target, clientKey, blank]);

  const queue = useCallback(
    (input: unknown, label?: string) =>
      queueSubmission(account, { kind, clientKey, target, input, label, queuedAt: new Date().toISOString() }),
    [account, kind, target, clientKey],
  );

  const finish = useCallback(() => {
    clearDraft(account, kind, target);
    if (dismissReturned(account, clientKey)) notifyOutbox();
  }, [account, kind, target, clientKey]);

  return {
    initialValues: state.draft.values,
    restored: state.restored,
    clientKey,
    pending,
    /** Set when the server refused this submission: why, for the form to say above the draft. */
    returned,
    keep,
    discard,
    queue,
    finish,
  };
}
