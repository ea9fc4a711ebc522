import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';

// The visits and talks lists: a table on a desktop, whose rows keep the cards' test ids and open
// the record; the cards on a phone.

const connection = (typename: string, nodes: unknown[]) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })),
});

const officer = (id: string, name: string) => ({ __typename: 'Officer', id, name });

const visit = {
  __typename: 'Visit',
  id: '5',
  kind: 'HOME_VISIT',
  occurredAt: '2026-11-20T02:00:00.000Z',
  location: '东柳小区',
  summary: '了解家庭情况',
  acknowledgedAt: null,
  locked: false,
  author: officer('40', '王俊'),
  pairing: { __typename: 'Pairing', id: '7', mentee: officer('41', '李明') },
};

const talk = {
  __typename: 'Talk',
  id: '8',
  kind: 'ROUTINE',
  occurredAt: '2026-11-21T02:00:00.000Z',
  topics: '近期工作压力',
  confidential: true,
  talker: officer('40', '王俊'),
  talkee: officer('42', '周磊'),
  branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
};

/** Answers the two list operations with one record each. */
function serveRecords(server: FakeServer) {
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string };
      const data: Record<string, unknown> | undefined = {
        Visits: { visits: connection('Visit', [visit]) },
        Talks: { talks: connection('Talk', [talk]) },
        VisitBranches: { branches: [{ __typename: 'Branch', id: '3', name: '东柳派出所' }] },
      }[body.operationName];
      if (!data) return base(input, init);
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

afterEach(() => setViewportWidth(1280));

describe('record lists as tables', () => {
  it('visits: a row per visit on a desktop, with the card’s parts in columns, opening the visit', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveRecords(server);
    renderApp(server, '/visits');
    const row = await screen.findByTestId('visit-row-5', {}, { timeout: 8000 });
    expect(row.tagName).toBe('TR');
    expect(
      within(screen.getByTestId('visit-table'))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(['帮扶对象', '走访类型', '走访时间', '走访情况', '记录人', '地点']));
    expect(cells(row)).toEqual(
      expect.arrayContaining(['李明', '上门走访', '待确认', '了解家庭情况', '王俊', '东柳小区']),
    );
    fireEvent.click(within(row).getByText('了解家庭情况'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/visits/5'));
  });

  it('talks: a row per talk on a desktop, marked 保密, opening the talk', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveRecords(server);
    renderApp(server, '/talks');
    const row = await screen.findByTestId('talk-row-8', {}, { timeout: 8000 });
    expect(row.tagName).toBe('TR');
    expect(within(row).getByTestId('talk-confidential-8')).toBeTruthy();
    expect(cells(row)).toEqual(expect.arrayContaining(['周磊', '日常谈心保密', '近期工作压力', '王俊', '东柳派出所']));
    fireEvent.click(within(row).getByText('近期工作压力'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/talks/8'));
  });

  it('on a phone, both lists are cards', async () => {
    setViewportWidth(375);
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveRecords(server);
    renderApp(server, '/visits');
    const card = await screen.findByTestId('visit-row-5', {}, { timeout: 8000 });
    expect(card.tagName).not.toBe('TR');
    expect(screen.queryByTestId('visit-table')).toBeNull();
  });
});
