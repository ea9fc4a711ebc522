import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, MENTOR, SECRETARY, type FakeAccount } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { serve } from '../outbox/record-forms.fixture';

const officer = (id: string, name: string) => ({ __typename: 'Officer', id, name });
const branch = (id: string, name: string) => ({ __typename: 'Branch', id, name });

/** Problem 5, raised anonymously at forum 31 of branch 3, owned by officer 11 (the fake viewers' id). */
function problem(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Problem',
    id: '5',
    text: '辅警加班调休落实不到位',
    status: 'OPEN',
    dueDate: '2030-01-31',
    overdue: false,
    version: 1,
    anonymous: true,
    raisedBy: null,
    raisedAt: '2026-11-20T02:00:00.000Z',
    resolution: null,
    declineReason: null,
    category: { __typename: 'ProblemCategory', id: '1', name: '工作机制' },
    branch: branch('3', '东柳派出所'),
    owner: officer('11', '王建国'),
    ownerBranch: null,
    createdBy: officer('20', '李红'),
    forum: { __typename: 'Forum', id: '31', title: '民警思想动态座谈会' },
    talk: null,
    visit: null,
    history: [
      {
        __typename: 'ProblemEvent',
        id: '1',
        type: 'RAISED',
        occurredAt: '2026-11-20T02:00:00.000Z',
        note: null,
        followUpKind: null,
        actor: officer('20', '李红'),
      },
    ],
    ...over,
  };
}

function problemServer(account: FakeAccount, over: Record<string, unknown> = {}) {
  const server = new FakeServer([account], account);
  const sent: { operation: string; input: Record<string, unknown> }[] = [];
  // What the server holds: the page reloads the problem after a change (the cache drops it).
  let stored: Record<string, unknown> = problem(over);
  serve(server, (operation, variables) => {
    if (operation === 'Problem') return { data: { problem: stored } };
    if (operation === 'CloseProblem') {
      const input = variables.input as Record<string, unknown>;
      sent.push({ operation, input });
      stored = {
        ...problem({ status: 'CLOSED', resolution: input.resolution, version: 2 }),
        history: [
          ...problem().history,
          {
            __typename: 'ProblemEvent',
            id: '2',
            type: 'CLOSED',
            occurredAt: '2026-11-25T02:00:00.000Z',
            note: input.resolution,
            followUpKind: null,
            actor: officer('11', '王建国'),
          },
        ],
      };
      return { data: { closeProblem: stored } };
    }
    return undefined;
  });
  return { server, sent };
}

afterEach(() => setViewportWidth(1280));

describe('problem page', () => {
  it(
    'its owner may close it (销号) with a note, not decline it; an anonymous raiser is named nowhere',
    { timeout: 60_000 },
    async () => {
      setViewportWidth(375);
      // The fake mentor is officer 11, the owner; being no secretary, they may not decline or re-plan it.
      const { server, sent } = problemServer(MENTOR);
      renderApp(server, '/problems/5');
      const page = await screen.findByTestId('problem-detail', {}, { timeout: 8000 });
      expect(page.getAttribute('data-status')).toBe('OPEN');
      expect(screen.getByTestId('problem-raiser').textContent).toBe('匿名');
      expect(screen.getByTestId('problem-forum-link').getAttribute('href')).toBe('/forums/31');
      expect(screen.getByTestId('problem-close')).toBeTruthy();
      expect(screen.queryByTestId('problem-decline')).toBeNull();
      expect(screen.queryByTestId('problem-rectify')).toBeNull();
      expect(screen.queryByTestId('problem-follow-up')).toBeNull();

      fireEvent.click(screen.getByTestId('problem-close'));
      // A close without the note of what was done is refused here, before the server.
      fireEvent.click(await screen.findByTestId('problem-action-confirm'));
      expect((await screen.findByRole('alert')).textContent).toBe('请填写内容');
      expect(sent).toHaveLength(0);
      fireEvent.change(screen.getByTestId('problem-action-note'), { target: { value: '已协调排班' } });
      fireEvent.click(screen.getByTestId('problem-action-confirm'));

      await waitFor(() => expect(screen.getByTestId('problem-detail').getAttribute('data-status')).toBe('CLOSED'));
      expect(sent).toEqual([{ operation: 'CloseProblem', input: { id: '5', resolution: '已协调排班', version: 1 } }]);
      const history = screen.getByTestId('problem-history');
      expect(
        within(history)
          .getAllByTestId('problem-event')
          .map((e) => e.getAttribute('data-type')),
      ).toEqual(['RAISED', 'CLOSED']);
      expect(history.textContent).toContain('已协调排班');
      // Closed: only the follow-up with the raiser is left, and the owner may log it.
      expect(screen.getByTestId('problem-follow-up')).toBeTruthy();
      expect(screen.queryByTestId('problem-close')).toBeNull();
    },
  );

  it(
    'the secretary of its branch may fix it on the spot, re-plan it, close or decline it',
    { timeout: 60_000 },
    async () => {
      const { server } = problemServer(SECRETARY, { owner: null, ownerBranch: branch('3', '东柳派出所') });
      renderApp(server, '/problems/5');
      const actions = await screen.findByTestId('problem-actions', {}, { timeout: 8000 });
      expect(
        within(actions)
          .getAllByRole('button')
          .map((b) => b.getAttribute('data-testid')),
      ).toEqual(['problem-fix', 'problem-rectify', 'problem-close', 'problem-decline']);
      expect(screen.getByTestId('problem-owner').textContent).toBe('整改负责人：东柳派出所');
    },
  );
});
