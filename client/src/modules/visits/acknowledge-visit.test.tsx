import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type FakeAccount, FakeServer } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const OFFICER: FakeAccount = { username: 'officer', password: 'tongxin-demo', name: '周磊', roles: ['OFFICER'] };

const VISIT = {
  __typename: 'Visit',
  id: '5',
  kind: 'HOME_VISIT',
  occurredAt: '2026-11-18T02:00:00.000Z',
  location: '家中',
  participants: null,
  summary: '了解家庭近况，谈了下一步打算',
  observations: null,
  confidentialNotes: null,
  nextVisitDue: null,
  acknowledgedAt: null,
  acknowledgmentComment: null,
  locked: false,
  editable: false,
  version: 1,
  author: { __typename: 'Officer', id: '21', name: '王建国' },
  participantMentors: [],
  // The viewer (officer 11) is the mentee: their rules allow acknowledging it.
  pairing: {
    __typename: 'Pairing',
    id: '7',
    startDate: '2026-06-01',
    branch: { __typename: 'Branch', id: '3' },
    mentee: { __typename: 'Officer', id: '11', name: '周磊' },
  },
  actionItems: [],
};

/** The fake server answering the visit page's operations; counts acknowledgments. */
function serveVisit(server: FakeServer) {
  const acknowledged: unknown[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      const reply = (data: unknown) =>
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
      if (body.operationName === 'Visit') return reply({ visit: VISIT });
      if (body.operationName === 'AcknowledgeVisit') {
        acknowledged.push(body.variables);
        return reply({
          acknowledgeVisit: {
            __typename: 'Visit',
            id: '5',
            acknowledgedAt: '2026-11-20T02:00:00.000Z',
            acknowledgmentComment: body.variables.comment ?? null,
            locked: true,
            editable: false,
          },
        });
      }
      return base(input, init);
    }) as typeof fetch,
  });
  return acknowledged;
}

describe('签字确认', () => {
  it('asks first, showing the kind, date, author and summary being signed; cancel signs nothing', async () => {
    const server = new FakeServer([OFFICER], OFFICER);
    const acknowledged = serveVisit(server);
    renderApp(server, '/visits/5');

    fireEvent.click(await screen.findByTestId('ack-visit-5', {}, { timeout: 8000 }));
    const dialog = await screen.findByTestId('ack-dialog-5');
    expect(dialog.textContent).toContain('上门走访');
    expect(dialog.textContent).toContain('2026-11-18');
    expect(dialog.textContent).toContain('王建国');
    expect(dialog.textContent).toContain('了解家庭近况，谈了下一步打算');
    expect(dialog.textContent).toContain('不能撤销');
    expect(acknowledged).toEqual([]);

    fireEvent.click(screen.getByTestId('ack-cancel-5'));
    await new Promise((r) => setTimeout(r, 300));
    expect(acknowledged).toEqual([]);
    expect(server.calls).not.toContain('AcknowledgeVisit');
  });

  it('signs once the dialog is confirmed, with the comment written', async () => {
    const server = new FakeServer([OFFICER], OFFICER);
    const acknowledged = serveVisit(server);
    renderApp(server, '/visits/5');

    fireEvent.change(await screen.findByTestId('ack-comment-5', {}, { timeout: 8000 }), {
      target: { value: '情况属实' },
    });
    fireEvent.click(screen.getByTestId('ack-visit-5'));
    const dialog = await screen.findByTestId('ack-dialog-5');
    expect(within(dialog).getByText('情况属实')).toBeTruthy();
    fireEvent.click(screen.getByTestId('ack-confirm-5'));
    await waitFor(() => expect(acknowledged).toEqual([{ id: '5', comment: '情况属实' }]));
  });
});
