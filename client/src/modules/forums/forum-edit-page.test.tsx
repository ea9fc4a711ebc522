import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { serve } from '../outbox/record-forms.fixture';
import { forumRecord } from './forum.fixture';

/** Serves forum 31 as `stored`; UpdateForum records its input and answers CONFLICT when told to. */
function serveForum(stored: ReturnType<typeof forumRecord>, conflict = false) {
  const server = new FakeServer([SECRETARY], SECRETARY);
  const updates: Record<string, any>[] = [];
  serve(server, (operation, variables) => {
    switch (operation) {
      case 'Forum':
        return { data: { forum: stored } };
      case 'OfficerOptions':
        return { data: { officers: { __typename: 'OfficerConnection', edges: [] } } };
      case 'ProblemCategories':
        return { data: { problemCategories: [] } };
      case 'ProblemBranches':
        return { data: { branches: [] } };
      case 'UpdateForum': {
        updates.push(variables.input as Record<string, unknown>);
        if (conflict) {
          return {
            data: null,
            errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
          };
        }
        return { data: { updateForum: { ...stored, version: stored.version + 1, presentCount: 2 } } };
      }
      default:
        return undefined;
    }
  });
  return { server, updates };
}

const location = () => screen.getByTestId('location').textContent;

describe('editing a forum', () => {
  it(
    'on a phone, the host opens 编辑 and saves over the version read; attendees keep their marks',
    { timeout: 60_000 },
    async () => {
      setViewportWidth(375);
      const { server, updates } = serveForum(forumRecord());
      renderApp(server, '/forums/31');
      const edit = await screen.findByTestId('forum-edit', {}, { timeout: 8000 });
      expect(edit.textContent).toContain('编辑');
      fireEvent.click(edit);
      const title = (await screen.findByTestId('forum-title', {}, { timeout: 8000 })) as HTMLInputElement;
      expect(title.value).toBe('民警思想动态座谈会');
      // The attendees already listed show by name before any search.
      expect(screen.getByTestId('forum-edit-form').textContent).toContain('王俊');
      fireEvent.change(title, { target: { value: '民警思想动态座谈会（更正）' } });
      fireEvent.change(screen.getByTestId('forum-minutes'), { target: { value: '补记：备勤室空调' } });
      fireEvent.click(screen.getByTestId('forum-kind-HEART_TO_HEART'));
      fireEvent.click(screen.getByTestId('forum-save'));

      await waitFor(() => expect(updates).toHaveLength(1));
      expect(updates[0]).toEqual({
        id: '31',
        version: 4,
        kind: 'HEART_TO_HEART',
        title: '民警思想动态座谈会（更正）',
        occurredAt: '2026-12-01T02:00:00.000Z',
        place: '所会议室',
        minutes: '补记：备勤室空调',
        // The absent attendee stays absent: the list goes whole, with the marks read.
        attendees: [
          { officerId: '12', present: true },
          { officerId: '13', present: false },
          { officerId: '14', present: true },
        ],
      });
      await waitFor(() => expect(location()).toBe('/forums/31'));
      setViewportWidth(1280);
    },
  );

  it('says so when the forum changed meanwhile, and stays on the form', { timeout: 60_000 }, async () => {
    const { server, updates } = serveForum(forumRecord(), true);
    renderApp(server, '/forums/31/edit');
    fireEvent.click(await screen.findByTestId('forum-save', {}, { timeout: 8000 }));
    expect(await screen.findByText('座谈会记录已被他人修改，请刷新后重试')).toBeTruthy();
    expect(updates).toHaveLength(1);
    expect(location()).toBe('/forums/31/edit');
  });

  it('once the 7 days are over (or for anyone but the host): no 编辑, and the edit page is closed', async () => {
    const { server, updates } = serveForum(forumRecord({ locked: true, editable: false }));
    renderApp(server, '/forums/31');
    await screen.findByTestId('forum-locked', {}, { timeout: 8000 });
    expect(screen.queryByTestId('forum-edit')).toBeNull();
    renderApp(server, '/forums/31/edit');
    expect(await screen.findByTestId('forum-edit-locked', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByTestId('forum-save')).toBeNull();
    expect(updates).toHaveLength(0);
  });
});
