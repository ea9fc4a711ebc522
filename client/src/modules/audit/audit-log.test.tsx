import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { COMMITTEE, FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { toFilter } from './audit-log';

function event(id: number, action: string, actor: { id: string; name: string } | null) {
  return {
    __typename: 'AuditEvent',
    id: String(id),
    action,
    subjectType: action.startsWith('read:') ? 'Talk' : 'Pairing',
    subjectId: String(100 + id),
    createdAt: '2026-11-20T02:00:00.000Z',
    detail: id === 1 ? { ip: '10.0.0.1' } : null,
    actor: actor ? { __typename: 'Officer', badgeNumber: '0001', ...actor } : null,
  };
}

/** Serves AuditEvents from pages, following `after`; records the variables of each request. */
function serveAudit(server: FakeServer, pages: ReturnType<typeof event>[][]) {
  const seen: Record<string, any>[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      if (body.operationName !== 'AuditEvents') return base(input, init);
      seen.push(body.variables);
      const index = body.variables.after ? Number(body.variables.after) : 0;
      const data = {
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount: pages.flat().length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: index + 1 < pages.length, endCursor: String(index + 1) },
          edges: (pages[index] ?? []).map((n) => ({ __typename: 'AuditEventEdge', node: n })),
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return seen;
}

// The portal renders antd tables; on a busy two-core machine that takes seconds, not milliseconds.
const SLOW = { timeout: 15_000 };

describe('audit log', () => {
  it('lists events, pages by cursor and back, and filters by a person from a row', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    const li = { id: '21', name: '李明' };
    const seen = serveAudit(server, [
      [event(1, 'login', li), event(2, 'read:Talk', { id: '22', name: '王建国' })],
      [event(3, 'login.failed', null)],
    ]);
    renderApp(server, '/audit');

    await screen.findByText('查阅保密谈话', {}, SLOW);
    expect(screen.getByTestId('audit-total').textContent).toBe('共 3 条');
    expect(screen.getByText('{"ip":"10.0.0.1"}')).toBeTruthy();

    fireEvent.click(screen.getByTestId('audit-next'));
    await screen.findByText('登录失败', {}, SLOW);
    expect(screen.getByText('未知用户')).toBeTruthy();
    expect(seen.at(-1)?.after).toBe('1');
    expect((screen.getByTestId('audit-next') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('audit-prev'));
    fireEvent.click(await screen.findByTestId('audit-actor-1', {}, SLOW));
    await waitFor(() => expect(seen.at(-1)?.filter.actorId).toBe('21'), SLOW);
    expect(seen.at(-1)?.after).toBeNull();
    expect(screen.getByTestId('audit-filter-actor').textContent).toContain('李明');
  }, 60_000);

  it('is not offered to a secretary', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    renderApp(server, '/audit');
    await screen.findByTestId('forbidden', {}, SLOW);
    expect(screen.queryByTestId('nav-audit')).toBeNull();
  }, 60_000);

  it('turns a picked period into [first day, day after the last) instants', () => {
    const f = toFilter({
      action: 'login',
      subjectType: null,
      subjectId: ' 12 ',
      actor: null,
      period: [dayjs('2026-11-01T10:00:00'), dayjs('2026-11-03T09:00:00')],
    });
    expect(f.subjectId).toBe('12');
    expect(dayjs(f.from as string).format('YYYY-MM-DD HH:mm')).toBe('2026-11-01 00:00');
    expect(dayjs(f.to as string).format('YYYY-MM-DD HH:mm')).toBe('2026-11-04 00:00');
  });
});
