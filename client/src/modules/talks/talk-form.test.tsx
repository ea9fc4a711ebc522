import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LIMITS } from '@tongxin/schema';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { loadDraft, readOutbox } from '../outbox/outbox-storage';
import { field, serve, setOnline, toasts, transportFailure } from '../outbox/record-forms.fixture';

const TALKEE = { __typename: 'Officer', id: '12', name: '赵小明', badgeNumber: '031207', flaggedReason: null };

/** Answers the talk form's lookups; recordTalk fails at the transport level until `reachable`. */
function talkServer() {
  const server = new FakeServer([MENTOR], MENTOR);
  const state = { reachable: false, stored: new Map<string, string>(), inputs: [] as Record<string, unknown>[] };
  serve(server, (operation, variables) => {
    switch (operation) {
      case 'TalkeeOptions':
        return { data: { officers: { __typename: 'OfficerConnection', edges: [] } } };
      case 'OfficerById':
        return { data: { officer: variables.id === '12' ? TALKEE : null } };
      case 'TalkeePairings':
        return {
          data: {
            pairings: {
              __typename: 'PairingConnection',
              edges: [
                {
                  __typename: 'PairingEdge',
                  node: { __typename: 'Pairing', id: '7', startDate: '2026-06-01', status: 'ACTIVE' },
                },
              ],
            },
          },
        };
      case 'RecordTalk': {
        if (!state.reachable) return transportFailure();
        const input = variables.input as Record<string, unknown>;
        state.inputs.push(input);
        const key = String(input.clientKey);
        if (!state.stored.has(key)) state.stored.set(key, `t${state.stored.size + 1}`);
        return { data: { recordTalk: { __typename: 'Talk', id: state.stored.get(key) } } };
      }
      default:
        return undefined;
    }
  });
  return { server, state };
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('talk form', () => {
  it('prefills the talkee and pairing from the address', async () => {
    const { server } = talkServer();
    renderApp(server, '/talks/new?pairingId=7&talkeeId=12');
    const form = await screen.findByTestId('talk-form');
    await waitFor(() => expect(form.textContent).toContain('赵小明'));
    await waitFor(() => expect(screen.getByTestId('talk-pairing').textContent).toContain('2026-06-01'));
  });

  it("writes its action items with the visit form's fields: the talkee by default, the shared length limit", async () => {
    const { server } = talkServer();
    renderApp(server, '/talks/new?pairingId=7&talkeeId=12');
    await waitFor(() => expect(screen.getByTestId('talk-form').textContent).toContain('赵小明'));
    fireEvent.click(screen.getByTestId('talk-add-item'));
    const description = await screen.findByTestId('talk-item-description-0');
    expect(description.getAttribute('maxlength')).toBe(String(LIMITS.actionItemText));
    const talkee = screen.getByTestId('talk-item-owner-0').querySelector<HTMLInputElement>('input[value="12"]');
    expect(talkee?.checked).toBe(true);
  });

  it('keeps a talk that cannot reach the server as a draft and in the outbox, across a reload, and sends it once when online', async () => {
    const { server, state } = talkServer();
    const first = renderApp(server, '/talks/new?pairingId=7&talkeeId=12');
    await screen.findByTestId('talk-form');
    await waitFor(() => expect(screen.getByTestId('talk-form').textContent).toContain('赵小明'));
    fireEvent.change(field('talk-topics'), { target: { value: '近期思想状况' } });
    await waitFor(() => expect(loadDraft('mentor', 'talk', '12/7')?.values).toMatchObject({ topics: '近期思想状况' }));
    fireEvent.click(screen.getByTestId('talk-submit'));

    await screen.findByTestId('talk-submit-pending');
    // Never the raw "[Network] Failed to fetch".
    expect(document.body.textContent).not.toMatch(/Network|Failed to fetch/);
    const [entry] = readOutbox('mentor');
    expect(entry).toMatchObject({ kind: 'talk', target: '12/7', label: '赵小明' });
    expect(entry.input).toMatchObject({
      talkeeId: '12',
      pairingId: '7',
      topics: '近期思想状况',
      clientKey: entry.clientKey,
    });

    first.unmount();
    setOnline(false);
    renderApp(server, '/talks/new?pairingId=7&talkeeId=12');
    await screen.findByTestId('talk-submit-pending');
    expect(field('talk-topics').value).toBe('近期思想状况');

    state.reachable = true;
    setOnline(true);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/talks/t1'));
    expect(state.inputs).toHaveLength(1);
    expect(state.inputs[0].clientKey).toBe(entry.clientKey);
    expect(readOutbox('mentor')).toEqual([]);
    expect(loadDraft('mentor', 'talk', '12/7')).toBeNull();
    await waitFor(() => expect(toasts()).toEqual(['待发送的谈话记录已提交']));
  });
});
