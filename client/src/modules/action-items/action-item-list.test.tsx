import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';

const item = (over: Record<string, unknown> = {}) => ({
  __typename: 'ActionItem',
  id: '31',
  description: '每周提交思想汇报',
  dueDate: dayjs().subtract(5, 'day').format('YYYY-MM-DD'),
  status: 'OPEN',
  overdue: true,
  note: null,
  version: 2,
  confidential: false,
  owner: { __typename: 'Officer', id: '40', name: '王俊' },
  branch: { __typename: 'Branch', id: '3' },
  pairing: { __typename: 'Pairing', id: '7', mentee: { __typename: 'Officer', id: '41', name: '李明' } },
  visit: null,
  talk: null,
  ...over,
});

function serveItems(server: FakeServer, nodes: ReturnType<typeof item>[]) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      const reply = (data: unknown) =>
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
      sent.push({ operation: body.operationName, variables: body.variables });
      if (body.operationName === 'ActionItems') {
        return reply({
          actionItems: {
            __typename: 'ActionItemConnection',
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: nodes.map((n) => ({ __typename: 'ActionItemEdge', cursor: n.id, node: n })),
          },
        });
      }
      if (body.operationName === 'ItemOwnerOptions') {
        return reply({
          pairing: {
            __typename: 'Pairing',
            id: '7',
            mentee: { __typename: 'Officer', id: '41', name: '李明' },
            mentors: [
              { __typename: 'PairingMentor', role: 'LEAD', officer: { __typename: 'Officer', id: '40', name: '王俊' } },
            ],
          },
        });
      }
      if (body.operationName === 'EditActionItem') {
        const input = body.variables.input as Record<string, string>;
        return reply({
          editActionItem: {
            __typename: 'ActionItem',
            id: '31',
            description: input.description,
            dueDate: input.dueDate,
            overdue: false,
            version: 3,
            owner: { __typename: 'Officer', id: input.ownerId, name: '李明' },
          },
        });
      }
      if (body.operationName === 'UpdateActionItem') {
        return reply({
          updateActionItem: {
            __typename: 'ActionItem',
            id: '31',
            status: 'DONE',
            note: null,
            overdue: false,
            closedAt: new Date().toISOString(),
            version: 3,
          },
        });
      }
      return base(input, init);
    }) as typeof fetch,
  });
  return sent;
}

afterEach(() => setViewportWidth(1280));

describe('action items list', () => {
  it('on a phone, names the owner and the mentee apart, and says how many days an item is overdue', async () => {
    setViewportWidth(375);
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveItems(server, [item()]);
    renderApp(server, '/action-items');
    const people = await screen.findByTestId('item-people', {}, { timeout: 8000 });
    expect(people.textContent).toBe('负责人：王俊 · 帮扶对象：李明');
    expect(screen.getByTestId('item-due').textContent).toContain('逾期 5 天');
    // The secretary may correct an open item of their branch.
    expect(screen.getByTestId('item-edit-31')).toBeTruthy();
    expect(screen.queryByTestId('item-table')).toBeNull();
  });

  it('on a desktop, is a table: one row per item, a column each for owner, mentee, due date and actions', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveItems(server, [item({ visit: { __typename: 'Visit', id: '9' } })]);
    renderApp(server, '/action-items');
    const row = await screen.findByTestId('item-row-31', {}, { timeout: 8000 });
    expect(row.tagName).toBe('TR');
    const headers = within(screen.getByTestId('item-table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['事项内容', '状态', '负责人', '帮扶对象', '完成期限', '来源']));
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining(['每周提交思想汇报', '已逾期', '王俊', '李明', '走访']));
    expect(within(row).getByTestId('item-due').textContent).toContain('逾期 5 天');
    expect(within(row).getByRole('link', { name: '走访' }).getAttribute('href')).toBe('/visits/9');
    expect(within(row).getByTestId('item-edit-31')).toBeTruthy();
  });

  it('asks before marking an item done, naming it; only the confirmation closes it', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const sent = serveItems(server, [item()]);
    renderApp(server, '/action-items');
    fireEvent.click(await screen.findByTestId('item-done-31', {}, { timeout: 8000 }));
    expect(await screen.findByText('确认已完成？标记后不能撤销。')).toBeTruthy();
    expect(screen.getAllByText('每周提交思想汇报').length).toBeGreaterThan(1);
    expect(sent.some((s) => s.operation === 'UpdateActionItem')).toBe(false);
    fireEvent.click(screen.getByTestId('item-done-confirm-31'));
    await waitFor(() =>
      expect(sent.find((s) => s.operation === 'UpdateActionItem')?.variables).toEqual({
        input: { id: '31', status: 'DONE', note: null, version: 2 },
      }),
    );
  });

  it('lets the secretary correct an open item, sending the version read', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const sent = serveItems(server, [item()]);
    renderApp(server, '/action-items');
    fireEvent.click(await screen.findByTestId('item-edit-31', {}, { timeout: 8000 }));
    const form = await screen.findByTestId('item-edit-form-31');
    const description = within(form).getByLabelText('事项内容') as HTMLTextAreaElement;
    await waitFor(() => expect(description.value).toBe('每周提交思想汇报'));
    fireEvent.change(description, { target: { value: '每两周提交思想汇报' } });
    fireEvent.click(screen.getByTestId('item-edit-save-31'));
    await waitFor(() =>
      expect(sent.find((s) => s.operation === 'EditActionItem')?.variables).toEqual({
        input: { id: '31', version: 2, description: '每两周提交思想汇报', dueDate: item().dueDate, ownerId: '40' },
      }),
    );
  });
});
