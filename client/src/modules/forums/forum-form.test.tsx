import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { loadDraft, readOutbox, saveDraft } from '../outbox/outbox-storage';
import { serve, setOnline, transportFailure } from '../outbox/record-forms.fixture';
import type { ForumValues } from './forum-input';

const CATEGORIES = [
  { __typename: 'ProblemCategory', id: '1', name: '工作机制' },
  { __typename: 'ProblemCategory', id: '2', name: '后勤保障' },
];

/** Answers the form's lookups; createForum records the input and answers forum 31. */
function forumServer() {
  const server = new FakeServer([SECRETARY], SECRETARY);
  const inputs: Record<string, any>[] = [];
  serve(server, (operation, variables) => {
    switch (operation) {
      case 'ProblemCategories':
        return { data: { problemCategories: CATEGORIES } };
      case 'OfficerOptions':
        return { data: { officers: { __typename: 'OfficerConnection', edges: [] } } };
      case 'CreateForum':
        if (navigator.onLine === false) return transportFailure();
        inputs.push(variables.input as Record<string, unknown>);
        return { data: { createForum: { __typename: 'Forum', id: '31' } } };
      case 'Forum':
        return { data: { forum: null } };
      default:
        return undefined;
    }
  });
  return { server, inputs };
}

/** A forum under way: three attendees, two problems noted, neither yet fixed. */
function draftUnderWay() {
  const values: ForumValues = {
    kind: 'GROUP',
    title: '民警思想动态座谈会',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: '所会议室',
    attendeeIds: ['12', '13', '14'],
    minutes: '',
    problems: [
      {
        text: '备勤室空调损坏',
        categoryId: '2',
        raisedBy: '13',
        ownerKind: 'BRANCH',
        dueDate: '2030-01-31',
        fixedOnTheSpot: false,
      },
      {
        text: '调休落实不到位',
        categoryId: '1',
        raisedBy: 'ANONYMOUS',
        ownerKind: 'BRANCH',
        dueDate: '2030-01-31',
        fixedOnTheSpot: false,
      },
    ],
  };
  saveDraft('secretary', 'forum', 'new', { clientKey: 'forum-key', savedAt: '', values });
}

const location = () => screen.getByTestId('location').textContent;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  setViewportWidth(1280);
});

describe('forum form', () => {
  it(
    'on a phone, restores the forum under way; one tap marks a problem 即知即改, sent without owner or due date',
    { timeout: 60_000 },
    async () => {
      setViewportWidth(375);
      draftUnderWay();
      const { server, inputs } = forumServer();
      renderApp(server, '/forums/new');
      await screen.findByTestId('forum-draft-restored', {}, { timeout: 8000 });
      expect((screen.getByTestId('forum-problem-text-0') as HTMLTextAreaElement).value).toBe('备勤室空调损坏');

      // The one tap: the card turns to "fixed", its owner and due date step aside for a note.
      const fixed = screen.getByTestId('forum-problem-fixed-0');
      expect(fixed.getAttribute('aria-pressed')).toBe('false');
      fireEvent.click(fixed);
      await waitFor(() => expect(screen.getByTestId('forum-problem-0').getAttribute('data-fixed')).toBe('true'));
      expect(screen.queryByTestId('forum-problem-due-0')).toBeNull();
      expect(screen.getByTestId('forum-problem-due-1')).toBeTruthy();
      fireEvent.change(screen.getByTestId('forum-problem-fix-note-0'), { target: { value: '当场报修' } });
      // The tap is kept with the draft, as every other change is.
      await waitFor(() =>
        expect(loadDraft<ForumValues>('secretary', 'forum', 'new')?.values.problems[0].fixedOnTheSpot).toBe(true),
      );

      fireEvent.click(screen.getByTestId('forum-submit'));
      await waitFor(() => expect(location()).toBe('/forums/31'), { timeout: 8000 });
      expect(inputs).toHaveLength(1);
      expect(inputs[0]).toMatchObject({
        kind: 'GROUP',
        title: '民警思想动态座谈会',
        place: '所会议室',
        clientKey: 'forum-key',
        attendees: [
          { officerId: '12', present: true },
          { officerId: '13', present: true },
          { officerId: '14', present: true },
        ],
      });
      expect(inputs[0].problems).toEqual([
        {
          text: '备勤室空调损坏',
          categoryId: '2',
          anonymous: false,
          raisedById: '13',
          fixedOnTheSpot: true,
          resolution: '当场报修',
        },
        {
          text: '调休落实不到位',
          categoryId: '1',
          // 匿名: no raiser leaves the device.
          anonymous: true,
          raisedById: null,
          fixedOnTheSpot: false,
          ownerId: null,
          dueDate: '2030-01-31',
        },
      ]);
      expect(loadDraft('secretary', 'forum', 'new')).toBeNull();
    },
  );

  it(
    'offline, the forum waits in the outbox with its client key and goes out when the connection returns',
    { timeout: 60_000 },
    async () => {
      draftUnderWay();
      const { server, inputs } = forumServer();
      renderApp(server, '/forums/new');
      await screen.findByTestId('forum-draft-restored', {}, { timeout: 8000 });
      setOnline(false);
      fireEvent.click(screen.getByTestId('forum-submit'));
      await screen.findByTestId('forum-submit-pending');
      expect(readOutbox('secretary')).toMatchObject([{ kind: 'forum', clientKey: 'forum-key' }]);
      expect(inputs).toHaveLength(0);

      setOnline(true);
      await waitFor(() => expect(location()).toBe('/forums/31'), { timeout: 8000 });
      expect(inputs).toHaveLength(1);
      expect(inputs[0].clientKey).toBe('forum-key');
      expect(readOutbox('secretary')).toEqual([]);
    },
  );
});
