import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { COMMITTEE, FakeServer } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { serve } from '../outbox/record-forms.fixture';
import { PROBLEM_CATEGORIES, pickOption } from '../forums/forum.fixture';

const BRANCHES = [
  { __typename: 'Branch', id: '3', name: '东柳派出所' },
  { __typename: 'Branch', id: '5', name: '后勤保障科' },
];

const OWNER = {
  __typename: 'Officer',
  id: '40',
  name: '周敏',
  badgeNumber: '028777',
  position: null,
  isMentor: false,
  flaggedReason: null,
  activeMentoringCount: 0,
  currentPairing: null,
  branch: { __typename: 'Branch', id: '5', name: '后勤保障科' },
};

/** The committee's list: every Problems query's filter is kept; the list itself is empty. */
function listServer() {
  const server = new FakeServer([COMMITTEE], COMMITTEE);
  const filters: Record<string, unknown>[] = [];
  serve(server, (operation, variables) => {
    switch (operation) {
      case 'Problems':
        filters.push(variables.filter as Record<string, unknown>);
        return {
          data: {
            problems: {
              __typename: 'ProblemConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          },
        };
      case 'ProblemCategories':
        return { data: { problemCategories: PROBLEM_CATEGORIES } };
      case 'ProblemBranches':
        return { data: { branches: BRANCHES } };
      case 'OfficerOptions':
        return { data: { officers: { __typename: 'OfficerConnection', edges: [{ node: OWNER }] } } };
      default:
        return undefined;
    }
  });
  return { server, filters };
}

const last = (filters: Record<string, unknown>[]) => filters[filters.length - 1];

afterEach(() => setViewportWidth(1280));

describe('problem list owner filter', () => {
  it(
    'on a phone, filters by an owning branch, then by an owner person, then by "mine"',
    { timeout: 60_000 },
    async () => {
      setViewportWidth(375);
      const { server, filters } = listServer();
      renderApp(server, '/problems');
      await waitFor(() => expect(filters.length).toBeGreaterThan(0), { timeout: 8000 });
      expect(last(filters)).toMatchObject({ ownerId: null, ownerBranchId: null });

      await screen.findByTestId('problem-filter-owner-branch', {}, { timeout: 8000 });
      await pickOption('problem-filter-owner-branch', '后勤保障科');
      await waitFor(() => expect(last(filters)).toMatchObject({ ownerBranchId: '5', ownerId: null }));

      await pickOption('problem-filter-owner', '周敏');
      await waitFor(() => expect(last(filters)).toMatchObject({ ownerBranchId: '5', ownerId: '40' }));

      // "Mine" stands for the viewer (officer 11) and puts the person picker aside.
      fireEvent.click(screen.getByTestId('problem-filter-mine'));
      await waitFor(() => expect(last(filters)).toMatchObject({ ownerId: '11' }));
      expect(screen.queryByTestId('problem-filter-owner')).toBeNull();
      fireEvent.click(screen.getByTestId('problem-filter-mine'));
      await waitFor(() => expect(last(filters)).toMatchObject({ ownerId: null, ownerBranchId: '5' }));
    },
  );
});
