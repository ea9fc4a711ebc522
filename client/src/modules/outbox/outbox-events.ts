import type { FlushOutcome } from './outbox-sender';

// One store for every screen showing the outbox (header badge, home, forms): a change anywhere
// re-renders all of them, and a submission's outcome reaches the form that queued it.

const listeners = new Set<() => void>();
let revision = 0;

export function notifyOutbox() {
  revision += 1;
  listeners.forEach((l) => l());
}

export function subscribeOutbox(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const outboxRevision = () => revision;

const outcomeListeners = new Set<(outcome: FlushOutcome) => void>();

export function emitOutcome(outcome: FlushOutcome) {
  outcomeListeners.forEach((l) => l(outcome));
}

export function onOutcome(listener: (outcome: FlushOutcome) => void) {
  outcomeListeners.add(listener);
  return () => {
    outcomeListeners.delete(listener);
  };
}

const queuedListeners = new Set<(account: string) => void>();

/** A submission was queued while the browser may be online: the sender should retry soon. */
export function emitQueued(account: string) {
  queuedListeners.forEach((l) => l(account));
}

export function onQueued(listener: (account: string) => void) {
  queuedListeners.add(listener);
  return () => {
    queuedListeners.delete(listener);
  };
}
