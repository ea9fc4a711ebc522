import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, MENTOR, SECRETARY, type FakeAccount } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { serve } from '../outbox/record-forms.fixture';
import { todayPlus } from '../visits/format';
import { PROBLEM_CATEGORIES, forumRecord, pickOption } from '../forums/forum.fixture';

const BRANCHES = [
  { __typename: 'Branch', id: '3', name: '东柳派出所' },
  { __typename: 'Branch', id: '5', name: '后勤保障科' },
];

const raised = {
  __typename: 'Problem',
  id: '77',
  text: '备勤室空调损坏',
  status: 'OPEN',
  dueDate: '2030-01-31',
  overdue: false,
  owner: null,
  ownerBranch: { __typename: 'Branch', id: '5', name: '后勤保障科' },
};

/** Forum 31 with its lookups; RaiseProblem records its input, and the forum then lists problem 77. */
function forumServer(account: FakeAccount = SECRETARY) {
  const server = new FakeServer([account], account);
  const inputs: Record<string, any>[] = [];
  serve(server, (operation, variables) => {
    switch (operation) {
      case 'Forum':
        return { data: { forum: forumRecord({ problems: inputs.length ? [raised] : [] }) } };
      case 'ProblemCategories':
        return { data: { problemCategories: PROBLEM_CATEGORIES } };
      case 'ProblemBranches':
        return { data: { branches: BRANCHES } };
      case 'RaiseProblem':
        inputs.push(variables.input as Record<string, unknown>);
        return { data: { raiseProblem: { __typename: 'Problem', id: '77' } } };
      default:
        return undefined;
    }
  });
  return { server, inputs };
}

afterEach(() => setViewportWidth(1280));

describe('raising a problem on a forum already recorded', () => {
  it(
    'on a phone, the secretary raises one for a present attendee, owned by another branch',
    { timeout: 60_000 },
    async () => {
      setViewportWidth(375);
      const { server, inputs } = forumServer();
      renderApp(server, '/forums/31');
      fireEvent.click(await screen.findByTestId('raise-problem', {}, { timeout: 8000 }));
      const form = await screen.findByTestId('raise-problem-form');
      fireEvent.change(screen.getByTestId('raise-problem-text'), { target: { value: ' 备勤室空调损坏 ' } });
      await pickOption('raise-problem-category', '后勤保障');
      // Only those present may have raised it: 王俊 was absent.
      const raiser = screen.getByTestId('raise-problem-raiser');
      fireEvent.mouseDown(raiser.querySelector('[role="combobox"]') ?? raiser);
      await screen.findAllByTitle('周磊');
      expect(screen.queryAllByTitle('王俊')).toHaveLength(0);
      fireEvent.click(screen.getAllByTitle('周磊').at(-1)!);
      await pickOption('raise-problem-owner-branch', '后勤保障科');
      // Due in a month unless changed, as a problem noted while the forum runs.
      expect(within(form).getByTestId('raise-problem-due')).toBeTruthy();
      fireEvent.click(screen.getByTestId('raise-problem-submit'));

      await waitFor(() => expect(inputs).toHaveLength(1));
      expect(inputs[0]).toMatchObject({
        forumId: '31',
        text: '备勤室空调损坏',
        categoryId: '2',
        anonymous: false,
        raisedById: '12',
        ownerId: null,
        ownerBranchId: '5',
        dueDate: todayPlus(30),
      });
      expect(typeof inputs[0].clientKey).toBe('string');
      // The forum is read again and lists the new problem.
      expect(await screen.findByTestId('forum-problem-row-77')).toBeTruthy();
    },
  );

  it('匿名 by default: no raiser leaves the device; a missing category is asked for first', async () => {
    const { server, inputs } = forumServer();
    renderApp(server, '/forums/31');
    fireEvent.click(await screen.findByTestId('raise-problem', {}, { timeout: 8000 }));
    await screen.findByTestId('raise-problem-form');
    fireEvent.change(screen.getByTestId('raise-problem-text'), { target: { value: '调休落实不到位' } });
    fireEvent.click(screen.getByTestId('raise-problem-submit'));
    expect(await screen.findByText('请填写类别')).toBeTruthy();
    expect(inputs).toHaveLength(0);

    await pickOption('raise-problem-category', '工作机制');
    fireEvent.click(screen.getByTestId('raise-problem-submit'));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toMatchObject({
      forumId: '31',
      categoryId: '1',
      anonymous: true,
      raisedById: null,
      ownerId: null,
      ownerBranchId: null,
    });
  });

  it('is not offered to a mentor, whose rules raise no problems', async () => {
    const { server } = forumServer(MENTOR);
    renderApp(server, '/forums/31');
    await screen.findByTestId('forum-detail', {}, { timeout: 8000 });
    expect(screen.queryByTestId('raise-problem')).toBeNull();
  });
});
