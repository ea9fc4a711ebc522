import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Client, useClient } from 'urql';
import { useViewer } from '../auth';
import { isNetworkFailure, serverMessage } from './format';
import { LogVisitMutation } from './visit-documents';
import { addToOutbox, clearDraft, type OutboxEntry, readOutbox, removeFromOutbox } from './visit-draft-storage';

// One store for every screen showing the outbox (home, form): a change anywhere re-renders all.
const listeners = new Set<() => void>();
let revision = 0;
const notify = () => {
  revision += 1;
  listeners.forEach((l) => l());
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export type FlushOutcome =
  { entry: OutboxEntry; sent: true; visitId: string } | { entry: OutboxEntry; sent: false; error: string };

// One flush at a time per account, however many screens ask for it.
const running = new Map<string, Promise<FlushOutcome[]>>();

async function sendAll(client: Client, account: string): Promise<FlushOutcome[]> {
  const outcomes: FlushOutcome[] = [];
  for (const entry of readOutbox(account)) {
    const res = await client
      .mutation(LogVisitMutation, { input: entry.input }, { requestPolicy: 'network-only' })
      .toPromise();
    if (isNetworkFailure(res.error)) break; // still offline: keep it and everything after it
    removeFromOutbox(account, entry.clientKey);
    if (res.data?.logVisit) {
      clearDraft(account, entry.pairingId);
      outcomes.push({ entry, sent: true, visitId: res.data.logVisit.id });
    } else {
      // Refused (e.g. the pairing ended meanwhile): the draft stays for the mentor to see and fix.
      outcomes.push({ entry, sent: false, error: serverMessage(res.error) });
    }
    notify();
  }
  return outcomes;
}

/** Sends the account's outbox; null when a flush is already under way (its caller reports). */
export function flushOutbox(client: Client, account: string): Promise<FlushOutcome[]> | null {
  if (running.has(account)) return null;
  const job = sendAll(client, account).finally(() => running.delete(account));
  running.set(account, job);
  return job;
}

/**
 * The visits waiting to be sent, and the sending: on mount and whenever the browser comes back
 * online. `onOutcome` lets a screen react to its own entry having gone through.
 */
export function useVisitOutbox(onOutcome?: (outcome: FlushOutcome) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const account = useViewer().username;
  const rev = useSyncExternalStore(subscribe, () => revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const pending = useMemo(() => readOutbox(account), [account, rev]);

  const onOutcomeRef = useRef(onOutcome);
  useEffect(() => {
    onOutcomeRef.current = onOutcome;
  });

  const flush = useCallback(async () => {
    if (globalThis.navigator?.onLine === false) return;
    const outcomes = (await flushOutbox(client, account)) ?? [];
    for (const outcome of outcomes) {
      if (outcome.sent) message.success(t('visits.form.sentLater'));
      else message.error(t('visits.form.failed', { message: outcome.error }));
      onOutcomeRef.current?.(outcome);
    }
  }, [client, account, message, t]);

  useEffect(() => {
    window.addEventListener('online', flush);
    if (readOutbox(account).length) void flush();
    return () => window.removeEventListener('online', flush);
  }, [flush, account]);

  const queue = useCallback(
    (entry: OutboxEntry) => {
      addToOutbox(account, entry);
      notify();
    },
    [account],
  );

  return { pending, queue, flush };
}
