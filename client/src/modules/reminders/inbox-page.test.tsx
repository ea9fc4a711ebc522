import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, MENTOR, SYSADMIN } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const entry = (over: Record<string, unknown>) => ({
  __typename: 'Notification',
  subjectType: 'Pairing',
  subjectId: 7,
  dueDate: '2026-12-01',
  overdue: true,
  count: null,
  read: false,
  createdAt: '2026-12-03T00:00:00.000Z',
  ...over,
});

function mentorServer(unread: { value: number }) {
  const entries = [
    entry({ id: '1', kind: 'CONTACT_DUE', label: '张三', link: '/pairings/7' }),
    entry({ id: '2', kind: 'ITEM_DUE', label: '李四', subjectType: 'ActionItem', link: '/pairings/8', overdue: false }),
  ];
  const counts = () => ({ __typename: 'NotificationCounts', total: 2, unread: unread.value });
  return new FakeServer([MENTOR], MENTOR)
    .serve('NotificationCounts', () => ({ data: { notificationCounts: counts() } }))
    .serve('Notifications', () => ({
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 2,
          edges: entries.map((node) => ({
            __typename: 'NotificationEdge',
            node: { ...node, read: unread.value === 0 },
          })),
        },
        notificationCounts: counts(),
      },
    }))
    .serve('MarkAllNotificationsRead', () => {
      unread.value = 0;
      return { data: { markAllNotificationsRead: 2 } };
    })
    .serve('ReminderPreference', () => ({
      data: { reminderPreference: { __typename: 'ReminderPreferenceView', digestEnabled: true, email: null } },
    }));
}

describe('reminders', () => {
  it('the bell counts unread reminders and opens the inbox grouped by kind; mark all read clears it', async () => {
    const unread = { value: 2 };
    const server = mentorServer(unread);
    renderApp(server);
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('提醒，2 条未读'));
    fireEvent.click(bell);

    const page = await screen.findByTestId('page-inbox', {}, { timeout: 10_000 });
    const contacts = await within(page).findByTestId('inbox-group-CONTACT_DUE');
    expect(contacts.textContent).toContain('结对联系即将到期或已逾期（1）');
    expect(within(contacts).getByTestId('inbox-entry-link').getAttribute('href')).toBe('/pairings/7');
    expect(contacts.textContent).toContain('已逾期');
    expect(within(page).getByTestId('inbox-group-ITEM_DUE').textContent).toContain('李四');

    fireEvent.click(within(page).getByTestId('mark-all-read'));
    await waitFor(() => expect(server.calls).toContain('MarkAllNotificationsRead'));
    await waitFor(() =>
      expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('提醒，0 条未读'),
    );
  });

  it('the sysadmin has no bell but the reminder settings section', async () => {
    renderApp(new FakeServer([SYSADMIN], SYSADMIN));
    const nav = await screen.findByTestId('side-nav');
    await waitFor(() => expect(nav.querySelector('[data-testid="nav-reminderSettings"]')).not.toBeNull());
    expect(nav.querySelector('[data-testid="nav-inbox"]')).toBeNull();
    expect(screen.queryByTestId('notification-bell')).toBeNull();
  });
});
