import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

// The filter bars of the three record lists: every filter is named by a label a person (and a
// screen reader) can read, and the search box reaches the server as `filter.search`.

const empty = (typename: string) => ({
  __typename: `${typename}Connection`,
  totalCount: 0,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: [],
});

/** Answers the list operations with empty pages and records the filters they were sent. */
function serveLists(server: FakeServer) {
  const filters: Record<string, unknown[]> = {};
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      const data: Record<string, unknown> | undefined = {
        Visits: { visits: empty('Visit') },
        Talks: { talks: empty('Talk') },
        ActionItems: { actionItems: empty('ActionItem') },
        VisitBranches: { branches: [{ __typename: 'Branch', id: '3', name: '东柳派出所' }] },
      }[body.operationName];
      if (!data) return base(input, init);
      (filters[body.operationName] ??= []).push(body.variables.filter);
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return filters;
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'error');
});
afterEach(() => {
  const antd = warn.mock.calls.filter((c: unknown[]) => String(c[0]).includes('[antd:'));
  warn.mockRestore();
  expect(antd).toEqual([]);
});

const labelled = (text: string) => screen.getByLabelText(text);

describe('record list filters', () => {
  it('visits: names each filter (确认状态 included) and searches the mentee on the server', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const filters = serveLists(server);
    renderApp(server, '/visits');
    await screen.findByTestId('visit-list', {}, { timeout: 8000 });
    for (const label of ['帮扶对象', '走访类型', '确认状态', '开始日期', '结束日期']) {
      expect(labelled(label), label).toBeTruthy();
    }
    expect(labelled('帮扶对象').getAttribute('placeholder')).toBe('姓名、拼音首字母或警号');
    fireEvent.change(labelled('帮扶对象'), { target: { value: 'zl' } });
    await waitFor(() => expect(filters.Visits.at(-1)).toMatchObject({ search: 'zl' }));
    // A secretary cannot log visits: no button for it.
    expect(screen.queryByTestId('visit-new')).toBeNull();
  });

  it('talks: names the kind, 保密 and date filters and searches the talkee', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const filters = serveLists(server);
    renderApp(server, '/talks');
    await screen.findByTestId('talk-list', {}, { timeout: 8000 });
    for (const label of ['谈话对象', '谈话类型', '保密', '开始日期', '结束日期']) {
      expect(labelled(label), label).toBeTruthy();
    }
    fireEvent.change(labelled('谈话对象'), { target: { value: '周磊' } });
    await waitFor(() => expect(filters.Talks.at(-1)).toMatchObject({ search: '周磊' }));
  });

  it('action items: names the status filter and searches owner or mentee', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const filters = serveLists(server);
    renderApp(server, '/action-items');
    await screen.findByTestId('action-item-list', {}, { timeout: 8000 });
    expect(labelled('状态')).toBeTruthy();
    fireEvent.change(labelled('负责人或帮扶对象'), { target: { value: '0284' } });
    await waitFor(() => expect(filters.ActionItems.at(-1)).toMatchObject({ search: '0284', status: 'OPEN' }));
  });
});
