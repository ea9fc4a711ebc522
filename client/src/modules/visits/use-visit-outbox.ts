import { useOutboxEntries } from '../outbox/use-outbox';

/** The visits of the viewer waiting in the outbox (the sender lives in the app shell). */
export function useVisitOutbox() {
  const pending = useOutboxEntries().filter((e) => e.kind === 'visit');
  return { pending };
}
