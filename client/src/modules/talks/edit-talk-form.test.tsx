import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const TALK = {
  __typename: 'Talk',
  id: '9',
  version: 3,
  locked: false,
  editable: true,
  kind: 'ROUTINE',
  occurredAt: '2026-11-18T02:00:00.000Z',
  topics: '近期思想状况',
  officerViews: null,
  problemsRaised: null,
  guidance: '多沟通',
  assessment: '需持续关注',
  confidential: false,
  talker: { __typename: 'Officer', id: '11', name: '李红' },
  talkee: { __typename: 'Officer', id: '41', name: '李明' },
  branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
  pairing: null,
  actionItems: [],
};

/** Serves the talk; UpdateTalk answers CONFLICT when `conflict` is set. */
function serveTalk(server: FakeServer, talk: typeof TALK, conflict = false) {
  const updates: unknown[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      const reply = (payload: unknown) =>
        new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
      if (body.operationName === 'Talk') return reply({ data: { talk } });
      if (body.operationName === 'UpdateTalk') {
        updates.push(body.variables.input);
        if (conflict) {
          return reply({
            data: null,
            errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
          });
        }
        const { id: _id, version: _v, ...fields } = body.variables.input as Record<string, unknown>;
        return reply({ data: { updateTalk: { ...talk, ...fields, version: talk.version + 1 } } });
      }
      return base(input, init);
    }) as typeof fetch,
  });
  return updates;
}

describe('editing a talk', () => {
  it('offers 修改 on an editable talk and saves the correction with the version read', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const updates = serveTalk(server, TALK);
    renderApp(server, '/talks/9');
    fireEvent.click(await screen.findByTestId('talk-edit', {}, { timeout: 8000 }));
    const topics = await screen.findByTestId('talk-edit-topics');
    expect((topics as HTMLTextAreaElement).value).toBe('近期思想状况');
    fireEvent.change(topics, { target: { value: '更正：近期思想和工作状况' } });
    fireEvent.click(screen.getByTestId('talk-save'));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toMatchObject({
      id: '9',
      version: 3,
      topics: '更正：近期思想和工作状况',
      guidance: '多沟通',
      assessment: '需持续关注',
    });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/talks/9'));
  });

  it('says so when someone else changed it first, and stays on the form', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveTalk(server, TALK, true);
    renderApp(server, '/talks/9/edit');
    fireEvent.click(await screen.findByTestId('talk-save', {}, { timeout: 8000 }));
    expect(await screen.findByText('记录已被他人修改，请刷新后重试')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/talks/9/edit');
  });

  it('shows no edit button and a locked form once the talk is locked', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveTalk(server, { ...TALK, locked: true, editable: false });
    renderApp(server, '/talks/9');
    expect(await screen.findByTestId('talk-locked', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByTestId('talk-edit')).toBeNull();
  });
});
