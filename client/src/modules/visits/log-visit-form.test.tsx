import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { loadDraft, readOutbox, saveDraft } from '../outbox/outbox-storage';
import {
  field,
  loggedVisit,
  PAIRING_7,
  serve,
  setOnline,
  toasts,
  transportFailure,
} from '../outbox/record-forms.fixture';

/** A server that logs visits once per client key; `lose` drops the response of the first send. */
function visitServer({ lose = false } = {}) {
  const server = new FakeServer([MENTOR], MENTOR);
  const stored = new Map<string, string>();
  const inputs: Record<string, unknown>[] = [];
  let lost = !lose;
  serve(server, (operation, variables) => {
    if (operation === 'LogVisitPairing') return { data: { pairing: PAIRING_7 } };
    if (operation !== 'LogVisit') return undefined;
    if (navigator.onLine === false) return transportFailure();
    const input = variables.input as Record<string, unknown>;
    inputs.push(input);
    const key = String(input.clientKey);
    if (!stored.has(key)) stored.set(key, `v${stored.size + 1}`);
    if (!lost) {
      lost = true;
      return transportFailure(); // stored, but the answer never arrives
    }
    return { data: { logVisit: loggedVisit(stored.get(key)!) } };
  });
  return { server, stored, inputs };
}

const submit = () => fireEvent.click(screen.getByTestId('visit-submit'));
const location = () => screen.getByTestId('location').textContent;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  setViewportWidth(1280);
});

describe('log-visit form: drafts', () => {
  it('discarding a restored draft empties every field and the stored draft; nothing of it goes out next', async () => {
    saveDraft('mentor', 'visit', '7', {
      clientKey: 'old-key',
      savedAt: '',
      values: {
        kind: 'FOLLOW_UP',
        occurredAt: '2026-11-19T02:00:00.000Z',
        location: '家中',
        summary: '草稿里的走访情况',
        confidentialNotes: '不该发出的保密备注',
        actionItems: [{ ownerId: '12', description: '草稿里的事项', dueDate: '2026-12-20' }],
      },
    });
    const { server, inputs } = visitServer();
    renderApp(server, '/visits/new?pairingId=7');

    await screen.findByTestId('visit-draft-restored');
    expect(field('visit-summary').value).toBe('草稿里的走访情况');
    fireEvent.click(screen.getByTestId('visit-discard-draft'));

    await waitFor(() => expect(field('visit-summary').value).toBe(''));
    expect(field('visit-confidential').value).toBe('');
    expect(field('visit-location').value).toBe('');
    expect(screen.queryByTestId('visit-item-0')).toBeNull();
    expect(screen.queryByTestId('visit-draft-restored')).toBeNull();
    expect(JSON.stringify(loadDraft('mentor', 'visit', '7') ?? {})).not.toContain('草稿');

    fireEvent.change(field('visit-summary'), { target: { value: '新的一次走访' } });
    submit();
    await waitFor(() => expect(location()).toBe('/visits/v1'));
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      summary: '新的一次走访',
      kind: 'HOME_VISIT',
      confidentialNotes: null,
      location: null,
    });
    expect(inputs[0].actionItems).toEqual([]);
    expect(inputs[0].clientKey).not.toBe('old-key');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
  });
});

describe('log-visit form: the outbox', () => {
  it('offline on a phone: pending at the button and in the header; back online, sent once with one toast', async () => {
    setViewportWidth(375);
    const { server, stored } = visitServer();
    renderApp(server, '/visits/new?pairingId=7');
    await screen.findByTestId('log-visit-form');
    fireEvent.change(field('visit-summary'), { target: { value: '离线时写的走访' } });
    setOnline(false);
    submit();

    const pending = await screen.findByTestId('visit-submit-pending');
    expect(pending.textContent).toContain('待发送');
    expect(screen.getByTestId('visit-submit').textContent).toContain('待发送');
    expect(screen.getByTestId('visit-submit')).toHaveProperty('disabled', true);
    expect(within(screen.getByTestId('outbox-badge')).getByText('1')).toBeTruthy();
    expect(readOutbox('mentor')).toHaveLength(1);
    expect(stored.size).toBe(0);

    setOnline(true);
    await waitFor(() => expect(location()).toBe('/visits/v1'));
    expect(stored.size).toBe(1);
    expect(readOutbox('mentor')).toEqual([]);
    await waitFor(() => expect(toasts()).toEqual(['待发送的走访记录已提交']));
    expect(screen.queryByTestId('outbox-badge')).toBeNull();
  });

  it('when the server stored the visit but the answer was lost, retries while online and says when it went through', async () => {
    const { server, stored, inputs } = visitServer({ lose: true });
    renderApp(server, '/visits/new?pairingId=7');
    await screen.findByTestId('log-visit-form');
    fireEvent.change(field('visit-summary'), { target: { value: '回复丢失的走访' } });
    submit();

    await screen.findByTestId('visit-submit-pending');
    expect(stored.size).toBe(1);
    // No raw transport error anywhere on the page.
    expect(document.body.textContent).not.toMatch(/Network|Failed to fetch/);

    await waitFor(() => expect(location()).toBe('/visits/v1'));
    expect(inputs).toHaveLength(2);
    expect(inputs[1].clientKey).toBe(inputs[0].clientKey);
    expect(stored.size).toBe(1);
    await waitFor(() => expect(toasts()).toEqual(['待发送的走访记录已提交']));
  });
});
