import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CombinedError, type Client } from 'urql';
import { GraphQLError } from 'graphql';
import { addToOutbox, loadDraft, type OutboxEntry, readOutbox, readReturned, saveDraft } from './outbox-storage';
import { flushOutbox, type FlushOutcome, type SendResult } from './outbox-sender';
import { queueSubmission } from './use-outbox';
import { retryDelay, startOutboxSender } from './use-outbox-sender';

const client = {} as Client;
const entry = (clientKey: string, kind: OutboxEntry['kind'] = 'visit'): OutboxEntry => ({
  kind,
  clientKey,
  target: clientKey,
  input: {},
  queuedAt: '',
});
const offline = (): SendResult => ({ error: new CombinedError({ networkError: new TypeError('Failed to fetch') }) });
const refused = (): SendResult => ({
  error: new CombinedError({
    graphQLErrors: [
      new GraphQLError('The pairing is not active', {
        extensions: { code: 'FORBIDDEN', reason: 'PAIRING_NOT_ACTIVE' },
      }),
    ],
  }),
});

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('flushOutbox', () => {
  it('sends oldest first, clears the drafts of what went through, and keeps what is left after a transport failure', async () => {
    for (const key of ['a', 'b', 'c', 'd']) addToOutbox('mentor', entry(key, key === 'b' ? 'talk' : 'visit'));
    saveDraft('mentor', 'visit', 'a', { clientKey: 'a', values: {}, savedAt: '' });
    saveDraft('mentor', 'visit', 'c', { clientKey: 'c', values: {}, savedAt: '' });
    const sent: string[] = [];
    const send = async (_: Client, e: OutboxEntry): Promise<SendResult> => {
      sent.push(e.clientKey);
      if (e.clientKey === 'c') return refused();
      if (e.clientKey === 'd') return offline();
      return { id: `id-${e.clientKey}` };
    };

    const result = await flushOutbox(client, 'mentor', send);

    expect(sent).toEqual(['a', 'b', 'c', 'd']);
    expect(result?.stalled).toBe(true);
    expect(result?.outcomes.map((o) => [o.entry.clientKey, o.sent])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['d']);
    expect(loadDraft('mentor', 'visit', 'a')).toBeNull();
    // A refused record is never dropped: it is back among the drafts with the reason, its draft kept.
    expect(loadDraft('mentor', 'visit', 'c')).not.toBeNull();
    expect(readReturned('mentor')).toMatchObject([
      { clientKey: 'c', refusal: { code: 'FORBIDDEN', reason: 'PAIRING_NOT_ACTIVE' } },
    ]);
  });

  it('keeps a record queued, not refused, when the session ended while it waited', async () => {
    addToOutbox('mentor', entry('a'));
    const loggedOut = (): SendResult => ({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('Not logged in', { extensions: { code: 'UNAUTHENTICATED' } })],
      }),
    });
    const result = await flushOutbox(client, 'mentor', async () => loggedOut());
    expect(result?.stalled).toBe(true);
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['a']);
    expect(readReturned('mentor')).toEqual([]);
  });

  it('takes a refused record off the returned list once it is queued again and sent', async () => {
    addToOutbox('mentor', entry('c'));
    await flushOutbox(client, 'mentor', async () => refused());
    expect(readReturned('mentor').map((e) => e.clientKey)).toEqual(['c']);
    queueSubmission('mentor', entry('c'));
    expect(readReturned('mentor')).toEqual([]);
    await flushOutbox(client, 'mentor', async () => ({ id: 'id-c' }));
    expect(readOutbox('mentor')).toEqual([]);
    expect(readReturned('mentor')).toEqual([]);
  });

  it('runs one flush at a time per account', async () => {
    addToOutbox('mentor', entry('a'));
    let release!: () => void;
    const send = () => new Promise<SendResult>((r) => (release = () => r({ id: '1' })));
    const first = flushOutbox(client, 'mentor', send);
    expect(flushOutbox(client, 'mentor', send)).toBeNull();
    await vi.waitFor(() => expect(release).toBeDefined());
    release();
    await first;
  });
});

describe('the sender', () => {
  beforeEach(() => vi.useFakeTimers());

  it('retries a send that did not reach the server with exponential back-off while online', async () => {
    const attempts: number[] = [];
    let fails = 3;
    const send = async (): Promise<SendResult> => {
      attempts.push(Date.now());
      return fails-- > 0 ? offline() : { id: '42' };
    };
    const outcomes: FlushOutcome[] = [];
    const stop = startOutboxSender({ client, account: 'mentor', send, report: (o) => outcomes.push(o) });
    const start = Date.now();
    // Queued after an online send failed (the response was lost): the sender takes it from here.
    queueSubmission('mentor', entry('a'));

    await vi.advanceTimersByTimeAsync(retryDelay(0) - 1);
    expect(attempts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(retryDelay(1));
    expect(attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(retryDelay(2));
    expect(attempts).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(retryDelay(3));
    expect(attempts.map((t) => t - start)).toEqual([2_000, 6_000, 14_000, 30_000]);
    expect(outcomes).toMatchObject([{ sent: true, id: '42' }]);
    expect(readOutbox('mentor')).toEqual([]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toHaveLength(4);
    stop();
  });

  it('caps the back-off at a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(retryDelay)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('sends what is queued on start and at once when the browser comes back online', async () => {
    addToOutbox('mentor', entry('a'));
    let online = false;
    const send = vi.fn(async (): Promise<SendResult> => (online ? { id: '1' } : offline()));
    const outcomes: FlushOutcome[] = [];
    const stop = startOutboxSender({ client, account: 'mentor', send, report: (o) => outcomes.push(o) });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(outcomes).toHaveLength(1);
    // The pending retry was dropped with the entry: no further sends.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(2);
    stop();
  });
});
