import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FakeServer, MENTOR, SYSADMIN } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const kind = (k: string, count: number, overdue: number) => ({ __typename: 'DueKindCount', kind: k, count, overdue });

describe('待办 on the home', () => {
  it('shows each kind due with its count and how many are late, linking to where it is handled', async () => {
    const server = new FakeServer([MENTOR], MENTOR).serve('DueSummary', () => ({
      data: { dueSummary: [kind('CONTACT_DUE', 2, 1), kind('VISIT_UNACKNOWLEDGED', 1, 0)] },
    }));
    renderApp(server, '/');
    const card = await screen.findByTestId('home-due-summary', {}, { timeout: 8000 });
    const contacts = await within(card).findByTestId('home-due-CONTACT_DUE');
    expect(contacts.textContent).toBe('2联系到期1 项逾期');
    expect(contacts.getAttribute('href')).toBe('/inbox#due-CONTACT_DUE');
    expect(contacts.getAttribute('aria-label')).toBe('查看联系到期，共 2 项');
    const visits = within(card).getByTestId('home-due-VISIT_UNACKNOWLEDGED');
    expect(visits.textContent).toBe('1走访待对象确认');
    expect(server.calls.filter((c) => c === 'DueSummary')).toHaveLength(1);
  });

  it('says nothing is due when nothing is, and nothing at all when the answer failed', async () => {
    const empty = new FakeServer([MENTOR], MENTOR).serve('DueSummary', () => ({ data: { dueSummary: [] } }));
    const { unmount } = renderApp(empty, '/');
    expect((await screen.findByTestId('home-due-none', {}, { timeout: 8000 })).textContent).toBe('暂无待办事项');
    unmount();

    const failing = new FakeServer([MENTOR], MENTOR).serve('DueSummary', () => ({
      data: null,
      errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    }));
    renderApp(failing, '/');
    await screen.findByTestId('home-mentor', {}, { timeout: 8000 });
    await screen.findByTestId('home-profile');
    expect(failing.calls).toContain('DueSummary');
    expect(screen.queryByTestId('home-due-summary')).toBeNull();
  });

  it('is not asked for by an account without an inbox', async () => {
    const server = new FakeServer([SYSADMIN], SYSADMIN);
    renderApp(server, '/');
    await screen.findByTestId('home-sysadmin', {}, { timeout: 8000 });
    expect(server.calls).not.toContain('DueSummary');
    expect(screen.queryByTestId('home-due-summary')).toBeNull();
  });
});
