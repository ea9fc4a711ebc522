import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { serve } from '../outbox/record-forms.fixture';

const officer = (id: string, name: string) => ({ __typename: 'Officer', id, name });

function attendance(id: string, name: string, present: boolean) {
  return { __typename: 'ForumAttendance', id: `a${id}`, present, officer: officer(id, name) };
}

function forum(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Forum',
    id: '31',
    kind: 'GROUP',
    title: '民警思想动态座谈会',
    occurredAt: '2026-12-01T02:00:00.000Z',
    place: '所会议室',
    minutes: '与会民警反映值班备勤问题',
    confidentialMinutes: null,
    hasConfidentialMinutes: true,
    locked: false,
    editable: true,
    version: 1,
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
    host: officer('11', '李红'),
    attendances: [attendance('12', '周磊', true), attendance('13', '王俊', true)],
    problems: [
      {
        __typename: 'Problem',
        id: '5',
        text: '备勤室空调损坏',
        status: 'FIXED_ON_THE_SPOT',
        dueDate: null,
        overdue: false,
        owner: null,
        ownerBranch: null,
      },
    ],
    ...over,
  };
}

describe('forum page', () => {
  it(
    'its host marks an attendee absent with one tap; the problems link to their pages',
    { timeout: 60_000 },
    async () => {
      const server = new FakeServer([SECRETARY], SECRETARY);
      let stored = forum();
      const marks: Record<string, unknown>[] = [];
      serve(server, (operation, variables) => {
        if (operation === 'Forum') return { data: { forum: stored } };
        if (operation === 'MarkForumAttendance') {
          const input = variables.input as { officerId: string; present: boolean };
          marks.push(input);
          stored = forum({
            attendances: stored.attendances.map((a) =>
              a.officer.id === input.officerId ? { ...a, present: input.present } : a,
            ),
          });
          return { data: { markForumAttendance: { ...stored, presentCount: 1 } } };
        }
        return undefined;
      });
      renderApp(server, '/forums/31');
      await screen.findByTestId('forum-detail', {}, { timeout: 8000 });
      expect(screen.getByTestId('forum-present-count').textContent).toBe('到会 2 / 2 人');
      expect(screen.getByTestId('forum-problem-row-5').getAttribute('data-status')).toBe('FIXED_ON_THE_SPOT');
      expect(screen.getByText('备勤室空调损坏').closest('a')?.getAttribute('href')).toBe('/problems/5');
      // Confidential minutes exist but were not sent to this viewer: nothing of them shows.
      expect(screen.queryByTestId('forum-confidential-minutes-card')).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: /王俊/ }));
      await waitFor(() => expect(screen.getByTestId('forum-present-count').textContent).toBe('到会 1 / 2 人'));
      expect(marks).toEqual([{ forumId: '31', officerId: '13', present: false }]);
    },
  );

  it('once locked, the attendance is read-only', { timeout: 60_000 }, async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serve(server, (operation) =>
      operation === 'Forum' ? { data: { forum: forum({ locked: true, editable: false }) } } : undefined,
    );
    renderApp(server, '/forums/31');
    await screen.findByTestId('forum-locked', {}, { timeout: 8000 });
    expect(screen.getAllByTestId('forum-attendee').map((el) => el.tagName)).toEqual(['SPAN', 'SPAN']);
    expect(screen.queryByRole('button', { name: /王俊/ })).toBeNull();
  });
});
