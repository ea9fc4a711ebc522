import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Client, Provider, fetchExchange, gql, type TypedDocumentNode } from 'urql';
import { CursorList } from './cursor-list';

interface Data {
  things: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string } }[];
  };
}
type Vars = { filter: { q: string }; first?: number; after?: string | null };

// One line: the shape of every connection query, which the real documents already spell out.
const ThingsQuery = gql(
  'query Things($filter: ThingFilter, $first: Int, $after: String) { things(filter: $filter, first: $first, after: $after) ' +
    '{ totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
) as TypedDocumentNode<Data, Vars>;

const page = (ids: string[], next: string | null) => ({
  data: {
    things: {
      __typename: 'ThingConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next },
      edges: ids.map((id) => ({ __typename: 'ThingEdge', node: { __typename: 'Thing', id, name: `thing ${id}` } })),
    },
  },
});

/** A urql client whose transport answers from `answer` (by the `after` asked for), or fails. */
function renderList(answer: (after: string | null) => unknown | 'offline') {
  const calls: (string | null)[] = [];
  const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: Vars };
    calls.push(variables.after ?? null);
    const body = answer(variables.after ?? null);
    if (body === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  const client = new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch: fetch as typeof globalThis.fetch,
  });
  render(
    <Provider value={client}>
      <CursorList
        query={ThingsQuery}
        variables={{ filter: { q: '' } }}
        connection={(data) => data.things}
        renderCard={(thing) => <div data-testid={`thing-${thing.id}`}>{thing.name}</div>}
        empty="没有记录"
        more="加载更多"
        total={(count) => `共 ${count} 条`}
        testIds={{ total: 'things-total', more: 'things-more' }}
      />
    </Provider>,
  );
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('CursorList', () => {
  it('shows the first page with its total and loads the next by its cursor, keeping the first', async () => {
    const calls = renderList((after) => (after === null ? page(['1', '2'], 'c2') : page(['3'], null)));
    expect((await screen.findByTestId('things-total')).textContent).toBe('共 3 条');
    fireEvent.click(screen.getByTestId('things-more'));
    await screen.findByTestId('thing-3');
    expect(screen.getByTestId('thing-1')).toBeTruthy();
    expect(screen.queryByTestId('things-more')).toBeNull();
    expect(calls).toEqual([null, 'c2']);
  });

  it('says when nothing matches', async () => {
    renderList(() => page([], null));
    expect(await screen.findByText('没有记录')).toBeTruthy();
  });

  it("says in the viewer's words that the network failed, never the transport's text, and retries", async () => {
    let online = false;
    renderList(() => (online ? page(['1'], null) : 'offline'));
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络连接失败');
    expect(failed.textContent).not.toMatch(/Failed to fetch|Network/);
    online = true;
    fireEvent.click(screen.getByRole('button', { name: /重\s*试|重新加载|retry/i }));
    await waitFor(() => expect(screen.getByTestId('thing-1')).toBeTruthy());
  });
});
