// The service worker reports a waiting new version here (service-worker.ts) and the update prompt
// listens (update-prompt.tsx). Kept apart from the registration so the prompt can be rendered and
// tested without a service worker, and so an update found before React mounted is not missed.

/** Activates the waiting service worker; the page reloads once it controls it. */
export type ApplyUpdate = () => Promise<void>;
type Listener = (apply: ApplyUpdate) => void;

let waiting: ApplyUpdate | null = null;
const listeners = new Set<Listener>();

export function announceUpdate(apply: ApplyUpdate): void {
  waiting = apply;
  for (const listener of listeners) listener(apply);
}

/** Calls `listener` for a waiting version now (if any) and for every one announced later. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting) listener(waiting);
  return () => {
    listeners.delete(listener);
  };
}
