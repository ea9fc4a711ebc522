import { useRef, useState } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { isNetworkFailure } from '../visits/format';

/** What of a record draft (useRecordDraft) a submission needs. */
interface QueueingDraft {
  pending: boolean;
  queue(input: unknown, label?: string): void;
  finish(): void;
}

interface QueuedSubmitOptions<I, R> {
  /** The mutation, as urql's executor for it. */
  send: (variables: { input: I }) => Promise<OperationResult<R>>;
  /** The server refused it (a field, a rule): say so on the form; the draft stays as it was. */
  onRefused: (error: CombinedError | undefined) => void;
  /** Saved: the draft is cleared before this is called. */
  onSaved: (data: R) => void;
}

/**
 * The one way a record form submits: once at a time; with no connection, or when the request
 * gets no answer (response lost, gateway down), into the outbox, which resends it under the same
 * client key; a refusal back to the form; a success clears the draft.
 */
export function useQueuedSubmit<I, R>(draft: QueueingDraft, options: QueuedSubmitOptions<I, R>) {
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  /**
   * `build` runs only when a submission starts, so a double tap builds nothing twice; `label` names
   * the entry in the outbox (the mentee, the forum's title).
   */
  const submit = async (build: () => I, label?: string | ((input: I) => string | undefined)) => {
    if (inFlight.current || draft.pending) return;
    inFlight.current = true;
    setSubmitting(true);
    const input = build();
    const name = typeof label === 'function' ? label(input) : label;
    try {
      if (globalThis.navigator?.onLine === false) {
        draft.queue(input, name);
        return;
      }
      const res = await options.send({ input });
      if (isNetworkFailure(res.error)) draft.queue(input, name);
      else if (res.error || !res.data) options.onRefused(res.error);
      else {
        draft.finish();
        options.onSaved(res.data);
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return { submitting, submit };
}
