import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router-dom';
import { App } from '../../app';
import { AppRoutes } from '../../app-routes';
import { COMMITTEE, FakeServer } from '../../test/fake-api';

const branch = (id: string, name: string) => ({ __typename: 'Branch', id, name });

function row(id: string, name: string, overdue: number, active: number) {
  return {
    __typename: 'BranchFigures',
    branch: branch(id, name),
    officersHelped: active,
    active,
    inReview: 0,
    overdue,
    overdueShare: active ? overdue / active : 0,
    contacts: 4,
    followUps: 1,
    talks: 2,
    acknowledgmentRate: 0.5,
  };
}

/** The server's figures for the bureau, or for the branch asked for. */
function figures(branchId: string | null) {
  const rows = [row('3', '东柳派出所', 2, 4), row('4', '钟公庙派出所', 0, 3)];
  return {
    __typename: 'Dashboard',
    branch: branchId ? branch(branchId, rows.find((r) => r.branch.id === branchId)!.branch.name) : null,
    from: '2026-10-01',
    to: '2026-12-03',
    asOf: '2026-12-03T02:00:00.000Z',
    officersHelped: 7,
    pairings: {
      __typename: 'PairingStatusCounts',
      total: 9,
      active: 7,
      inReview: 1,
      concluded: 1,
      escalated: 0,
      cancelled: 0,
    },
    pairingsByReason: [{ __typename: 'ReasonCount', reason: 'DISCIPLINED', count: 9 }],
    overduePairings: 2,
    visitCount: 8,
    followUpVisits: 2,
    forumSessions: 3,
    problems: {
      __typename: 'ProblemStats',
      raised: 9,
      fixedOnTheSpot: 4,
      closed: 2,
      overdue: 1,
    },
    acknowledgmentRate: 0.5,
    actionItems: {
      __typename: 'ActionItemStats',
      total: 11,
      counted: 10,
      done: 8,
      doneOnTime: 5,
      open: 2,
      overdue: 1,
      completionRate: 0.8,
    },
    talkCount: 4,
    contactsByMonth: [
      { __typename: 'MonthContacts', month: '2026-10', partial: false, visits: 5, followUps: 1, talks: 2 },
      { __typename: 'MonthContacts', month: '2026-11', partial: false, visits: 3, followUps: 1, talks: 2 },
      { __typename: 'MonthContacts', month: '2026-12', partial: true, visits: 0, followUps: 0, talks: 0 },
    ],
    ratings: [{ __typename: 'RatingCount', rating: 'IMPROVED', count: 1 }],
    branches: branchId ? rows.filter((r) => r.branch.id === branchId) : rows,
  };
}

function serveDashboard(server: FakeServer) {
  const asked: Record<string, unknown>[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, any> };
      const json = (data: unknown) =>
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
      if (body.operationName === 'Dashboard') {
        asked.push(body.variables);
        return json({ dashboard: figures(body.variables.branchId ?? null) });
      }
      if (body.operationName === 'CommitteeTodo') {
        return json({
          escalated: {
            __typename: 'PairingConnection',
            totalCount: 1,
            edges: [
              {
                __typename: 'PairingEdge',
                node: {
                  __typename: 'Pairing',
                  id: '41',
                  reason: 'EARLY_WARNING',
                  mentee: { __typename: 'Officer', id: '141', name: '赵磊' },
                  branch: branch('4', '钟公庙派出所'),
                },
              },
            ],
          },
          dashboard: {
            __typename: 'Dashboard',
            from: '2025-12-01',
            to: '2026-12-03',
            overduePairings: 2,
            branches: figures(null).branches,
          },
        });
      }
      if (body.operationName === 'ReviewQueue') {
        return json({
          reviewQueue: {
            __typename: 'PairingConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              {
                __typename: 'PairingEdge',
                node: {
                  __typename: 'Pairing',
                  id: '7',
                  reason: 'DISCIPLINED',
                  submittedAt: '2026-12-01T02:00:00.000Z',
                  startDate: '2026-03-01',
                  plannedEndDate: '2026-12-01',
                  mentee: { __typename: 'Officer', id: '107', name: '陈晨' },
                  branch: branch('3', '东柳派出所'),
                  leadMentor: { __typename: 'Officer', id: '50', name: '张卫东' },
                  evidence: null,
                },
              },
            ],
          },
        });
      }
      return base(input, init);
    }) as typeof fetch,
  });
  return asked;
}

function Probe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="location">{`${location.pathname}${location.search}`}</output>
      <button type="button" data-testid="history-back" onClick={() => navigate(-1)} />
    </>
  );
}

function renderAt(server: FakeServer, path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App makeClient={server.makeClient}>
        <AppRoutes />
        <Probe />
      </App>
    </MemoryRouter>,
  );
}

const SLOW = { timeout: 20_000 };

// jsdom draws no canvas: say so quietly, as a browser without one would.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

describe('统计分析', () => {
  it('puts the drill-down into a branch in the address, and Back returns to the bureau', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    const asked = serveDashboard(server);
    renderAt(server, '/dashboard');
    const view = await screen.findByTestId('dashboard', {}, SLOW);
    await waitFor(() => expect(view.getAttribute('data-branch')).toBe('bureau'), SLOW);
    fireEvent.click(await screen.findByTestId('branch-row-3', {}, SLOW));
    await waitFor(() => expect(screen.getByTestId('dashboard').getAttribute('data-branch')).toBe('3'), SLOW);
    expect(screen.getByTestId('location').textContent).toBe('/dashboard?branch=3');
    expect(asked.at(-1)?.branchId).toBe('3');

    fireEvent.click(screen.getByTestId('history-back'));
    await waitFor(() => expect(screen.getByTestId('dashboard').getAttribute('data-branch')).toBe('bureau'), SLOW);
    expect(screen.getByTestId('location').textContent).toBe('/dashboard');
  }, 60_000);

  it('opens a shared address on its branch and period', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    const asked = serveDashboard(server);
    renderAt(server, '/dashboard?branch=4&from=2026-01-01&to=2026-06-30');
    await waitFor(() => expect(screen.getByTestId('dashboard').getAttribute('data-branch')).toBe('4'), SLOW);
    expect(asked.at(-1)).toMatchObject({ branchId: '4', from: '2026-01-01', to: '2026-06-30' });
  }, 60_000);

  it('marks the month not yet over as partial and explains each action-item figure on one base', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    serveDashboard(server);
    renderAt(server, '/dashboard');
    const chart = await screen.findByTestId('chart-contacts', {}, SLOW);
    expect(chart.getAttribute('aria-label')).toContain('2026-12（未满月）');
    expect(chart.getAttribute('aria-label')).not.toContain('2026-11（未满月）');
    expect(screen.getByTestId('chart-partial-note').textContent).toContain('2026-12');

    // 应整改 10 (done 8 + open 2), 按期完成 5 of the 8 done; the rate is 8 / 10 over the same items.
    const items = screen.getByTestId('kpi-fixed-on-time');
    expect(items.querySelector('.ant-statistic-content-value')?.textContent).toBe('10 / 5');
    expect(screen.getByTestId('kpi-fixed-on-time-footer').textContent).toBe('已完成 8 · 按期完成 5 · 逾期 1');
    expect(screen.getByTestId('kpi-completion-rate').querySelector('.ant-statistic-content-value')?.textContent).toBe(
      '80%',
    );
    expect(screen.getByTestId('kpi-completion-rate-footer').textContent).toBe('已完成 8 / 应整改 10');
    expect(screen.getByTestId('kpi-fixed-on-time-tip').getAttribute('data-tip')).toContain('已完成 + 未完成');
    expect(screen.getByTestId('kpi-completion-rate-tip').getAttribute('data-tip')).toContain('已完成 ÷ 应整改');
    // The article's forum figures, from the forum and problem records: 座谈会 3 场, 征集问题 9 个, 即知即改 4 个…
    const value = (id: string) => screen.getByTestId(id).querySelector('.ant-statistic-content-value')?.textContent;
    expect(value('kpi-forums')).toBe('3');
    expect(value('kpi-problems-raised')).toBe('9');
    expect(value('kpi-problems-fixed')).toBe('4');
    expect(value('kpi-problems-closed')).toBe('2');
    expect(value('kpi-problems-overdue')).toBe('1');
    expect(screen.getByTestId('kpi-problems-fixed').textContent).toContain('即知即改');
    // Every figure says what it counts.
    const cards = screen.getAllByTestId(/^kpi-[a-z-]+$/).filter((el) => el.classList.contains('ant-card'));
    expect(cards.length).toBeGreaterThan(10);
    for (const kpi of cards) {
      expect(kpi.querySelector('[data-tip]')?.getAttribute('data-tip'), kpi.dataset.testid).toBeTruthy();
    }
  }, 60_000);
});

describe('党委工作台', () => {
  it('is the committee’s to-do: pairings to review, escalations and branches behind, each linked', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    serveDashboard(server);
    renderAt(server, '/');
    const home = await screen.findByTestId('committee-home', {}, SLOW);
    await screen.findByTestId('review-queue-item-7', {}, SLOW);
    expect(home.textContent).toContain('陈晨');
    const escalated = await screen.findByTestId('committee-escalated-41', {}, SLOW);
    expect(escalated.querySelector('a')?.getAttribute('href')).toBe('/reviews/41');
    // Only the branches behind on contacts, linked to their figures.
    const behind = screen.getByTestId('committee-overdue-branches');
    expect(behind.querySelectorAll('[data-testid^="committee-overdue-"]')).toHaveLength(1);
    expect(screen.getByTestId('committee-overdue-3').querySelector('a')?.getAttribute('href')).toBe(
      '/dashboard?branch=3&from=2025-12-01&to=2026-12-03',
    );
    // The figures are not repeated here.
    expect(screen.queryByTestId('dashboard')).toBeNull();
    expect(screen.queryByTestId('kpi-active')).toBeNull();

    fireEvent.click(screen.getByTestId('committee-open-figures'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dashboard'), SLOW);
  }, 60_000);
});
