import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Client, useClient } from 'urql';
import { toastError, toastSuccess } from '../../ui/feedback';
import { userMessage } from '../api/server-error';
import { useViewer } from '../auth';
import { emitOutcome, onQueued } from './outbox-events';
import { type FlushOutcome, flushOutbox, sendEntry } from './outbox-sender';
import { readOutbox } from './outbox-storage';

// A send that did not reach the server is tried again while the browser says it is online (a
// response lost on a weak connection, a server restarting): after 2 s, 4 s, 8 s… up to a minute.
// The client key makes each resend harmless. Going offline stops the timer; coming online sends at once.
export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 60_000;
export const retryDelay = (attempt: number) => Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);

const offline = () => globalThis.navigator?.onLine === false;

export interface SenderOptions {
  client: Client;
  account: string;
  /** Told of every record sent or refused, once. */
  report: (outcome: FlushOutcome) => void;
  send?: typeof sendEntry;
}

/**
 * Sends the account's outbox now (when not empty), when the browser comes online, when a record
 * is queued, and again with back-off while sends fail at the transport level. Returns the stop.
 */
export function startOutboxSender({ client, account, report, send = sendEntry }: SenderOptions): () => void {
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    if (timer || offline() || stopped) return;
    const delay = retryDelay(attempt);
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  };
  const flush = async () => {
    cancel();
    if (offline() || stopped) return;
    const job = flushOutbox(client, account, send);
    if (!job) return;
    const { outcomes, stalled } = await job;
    outcomes.forEach(report);
    if (stopped) return;
    if (stalled) schedule();
    else attempt = 0;
  };
  const online = () => {
    attempt = 0;
    void flush();
  };
  window.addEventListener('online', online);
  window.addEventListener('offline', cancel);
  const stopQueued = onQueued((queuedFor) => {
    if (queuedFor === account) schedule();
  });
  if (readOutbox(account).length) void flush();
  return () => {
    stopped = true;
    cancel();
    window.removeEventListener('online', online);
    window.removeEventListener('offline', cancel);
    stopQueued();
  };
}

/**
 * The viewer's outbox sender. Mounted once (in the app shell) so each sent record gets exactly one
 * toast, wherever the user is, and the form that queued it hears of it.
 */
export function useOutboxSender() {
  const { t } = useTranslation();
  const client = useClient();
  const account = useViewer().username;
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  });

  useEffect(
    () =>
      startOutboxSender({
        client,
        account,
        report: (outcome) => {
          const t = tRef.current;
          const kind = t(`outbox.kind.${outcome.entry.kind}`);
          if (outcome.sent) toastSuccess(t('outbox.sent', { kind }));
          else toastError(t('outbox.failed', { kind, message: userMessage(outcome.error, t) }));
          emitOutcome(outcome);
        },
      }),
    [client, account],
  );
}
