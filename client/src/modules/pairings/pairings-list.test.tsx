import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { defineAbilityFor } from '@tongxin/schema';
import { COMMITTEE, FakeServer, MENTOR, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { pairingSubject, serverError } from './pairing-helpers';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function node(id: number, name: string, over: Record<string, unknown> = {}) {
  return {
    __typename: 'Pairing',
    id: String(id),
    status: 'ACTIVE',
    reason: 'DISCIPLINED',
    pairingType: id % 2 ? 'ONE_PLUS_X' : 'ONE_PLUS_ONE',
    startDate: '2026-11-01',
    plannedEndDate: '2027-05-01',
    nextContactDue: '2026-12-01T16:00:00.000Z',
    overdue: id === 1,
    attention: null,
    version: 1,
    mentee: { __typename: 'Officer', id: String(100 + id), name, badgeNumber: `0${id}` },
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
    leadMentor: { __typename: 'Officer', id: '50', name: '张卫东' },
    ...over,
  };
}

/** Answers the list query from two pages, following `after` as the server does. */
function serveList(server: FakeServer, pages: ReturnType<typeof node>[][]) {
  const seen: { after: unknown; filter: unknown; orderBy: unknown }[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      if (body.operationName !== 'PairingsList') return base(input, init);
      seen.push({
        after: body.variables.after ?? null,
        filter: body.variables.filter,
        orderBy: body.variables.orderBy,
      });
      const index = body.variables.after ? Number(body.variables.after) : 0;
      const items = pages[index] ?? [];
      const data = {
        pairings: {
          __typename: 'PairingConnection',
          totalCount: pages.flat().length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: index + 1 < pages.length && pages[index + 1].length > 0,
            endCursor: String(index + 1),
          },
          edges: items.map((n) => ({ __typename: 'PairingEdge', cursor: n.id, node: n })),
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return seen;
}

describe('pairings list', () => {
  it('loads the next page from the end cursor and appends it', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const seen = serveList(server, [[node(1, '周磊'), node(2, '孙浩')], [node(3, '吴明')]]);
    renderApp(server, '/pairings');

    await waitFor(() => expect(screen.getAllByTestId('pairing-row')).toHaveLength(2), { timeout: 8000 });
    expect(screen.getByTestId('pairings-total').textContent).toContain('3');
    expect(screen.getAllByTestId('pairing-overdue')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('pairings-load-more'));

    await waitFor(() => expect(screen.getAllByTestId('pairing-row')).toHaveLength(3));
    expect(seen.map((s) => s.after)).toEqual([null, '1']);
    expect(screen.queryByTestId('pairings-load-more')).toBeNull();
    expect(screen.getByTestId('pairings-new')).toBeTruthy();
  });

  it('says what to do when nothing matches, and offers no create button to a mentor', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    serveList(server, [[]]);
    renderApp(server, '/pairings?overdue=1');

    const empty = await screen.findByTestId('pairings-empty', {}, { timeout: 8000 });
    expect(empty.textContent).toContain('请调整或清除筛选条件后再试');
    expect(screen.queryByTestId('pairings-new')).toBeNull();
    fireEvent.click(screen.getByText('清除筛选'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/pairings'));
    expect((await screen.findByTestId('pairings-empty')).textContent).toContain('建立结对后');
  });
});

describe('pairings list rows', () => {
  const rows = () => screen.getAllByTestId('pairing-row');
  const row = (name: string) => rows().find((r) => r.getAttribute('data-mentee') === name)!;

  it('says how many days a pairing is overdue, and shows a closed pairing without a next contact', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    const seen = serveList(server, [
      [
        node(1, '周磊', { overdue: true, nextContactDue: daysFromNow(-5) }),
        node(2, '孙浩', { nextContactDue: daysFromNow(3) }),
        node(3, '吴明', { status: 'CANCELLED', nextContactDue: null, overdue: false }),
      ],
    ]);
    renderApp(server, '/pairings');
    await waitFor(() => expect(rows()).toHaveLength(3), { timeout: 8000 });

    expect(row('周磊').querySelector('[data-testid="pairing-overdue"]')?.textContent).toBe('逾期 5 天');
    expect(row('孙浩').querySelector('[data-testid="pairing-overdue"]')).toBeNull();
    expect(row('孙浩').querySelector('[data-testid="pairing-next-contact"]')?.textContent).toContain('3 天后');
    expect(row('吴明').querySelector('[data-testid="pairing-next-contact"]')).toBeNull();
    expect(row('吴明').textContent).not.toContain('下次联系');
    // No status and no order chosen: the server's default (live, most overdue first) is asked for.
    expect(seen[0].filter).toEqual({});
    expect(seen[0].orderBy).toBeUndefined();
    expect(screen.getByTestId('pairings-sort').textContent).toContain('按逾期程度');
  });

  it('flags a pairing whose mentor or mentee left the force, for the secretary to act on', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveList(server, [
      [node(1, '周磊', { attention: 'MENTOR_LEFT' }), node(2, '孙浩', { attention: 'MENTEE_LEFT' }), node(3, '吴明')],
    ]);
    renderApp(server, '/pairings');
    await waitFor(() => expect(rows()).toHaveLength(3), { timeout: 8000 });
    const flag = (name: string) => row(name).querySelector('[data-testid="pairing-attention"]');
    expect(flag('周磊')?.textContent).toBe('帮教责任人已离岗，请调整');
    expect(flag('孙浩')?.textContent).toBe('帮扶对象已离岗，请处理');
    expect(flag('吴明')).toBeNull();
  });

  it('opens the pairing from anywhere on the row', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveList(server, [[node(1, '周磊'), node(2, '孙浩')]]);
    renderApp(server, '/pairings');
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 8000 });
    // The lead mentor's line, not the name link.
    fireEvent.click(row('孙浩').querySelector('[data-testid="pairing-next-contact"]')!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/pairings/2'));
  });

  it('names the branch on each row only for a viewer who sees several branches', async () => {
    const secretary = new FakeServer([SECRETARY], SECRETARY);
    serveList(secretary, [[node(1, '周磊'), node(2, '孙浩')]]);
    const { unmount } = renderApp(secretary, '/pairings');
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 8000 });
    expect(screen.queryAllByTestId('pairing-branch')).toHaveLength(0);
    unmount();

    const committee = new FakeServer([COMMITTEE], COMMITTEE);
    serveList(committee, [
      [node(1, '周磊'), node(2, '孙浩', { branch: { __typename: 'Branch', id: '4', name: '西郊派出所' } })],
    ]);
    renderApp(committee, '/pairings');
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 8000 });
    expect(screen.getAllByTestId('pairing-branch').map((b) => b.textContent)).toEqual(['东柳派出所', '西郊派出所']);
  });
});

describe('pairing helpers', () => {
  const viewer = {
    officerId: 11,
    bureauId: 1,
    branchId: 3,
    roles: ['SECRETARY'],
    mentoredPairingIds: [],
    menteeIds: [],
  };
  const pairing = (status: string, branch = '3') => ({ id: '7', status, branch: { id: branch }, mentee: { id: '12' } });

  it('lets the shared rules decide the actions on a pairing as the server does', () => {
    const secretary = defineAbilityFor(viewer);
    expect(secretary.can('submit', pairingSubject(pairing('ACTIVE'), '1'))).toBe(true);
    expect(secretary.can('cancel', pairingSubject(pairing('ACTIVE'), '1'))).toBe(true);
    expect(secretary.can('submit', pairingSubject(pairing('IN_REVIEW'), '1'))).toBe(false);
    expect(secretary.can('update', pairingSubject(pairing('ACTIVE', '4'), '1'))).toBe(false);
    const mentor = defineAbilityFor({ ...viewer, roles: [], mentoredPairingIds: [7], menteeIds: [12] });
    expect(mentor.can('read', pairingSubject(pairing('ACTIVE'), '1'))).toBe(true);
    expect(mentor.can('update', pairingSubject(pairing('ACTIVE'), '1'))).toBe(false);
  });

  it('reads the field and the message in the viewer’s language from a coded error', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'The planned end date must be after the start date',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PLANNED_END_NOT_AFTER_START', field: 'plannedEndDate' },
        },
      ],
    } as never;
    expect(serverError(error, 'zh-CN')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'plannedEndDate',
      message: '计划结束日期应晚于开始日期',
    });
    expect(serverError(error, 'en')?.message).toBe('The planned end date must be after the start date');
  });
});
