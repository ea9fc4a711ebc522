import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, MENTOR, SECRETARY, type FakeAccount } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const NEW_SECRETARY: FakeAccount = { ...SECRETARY, username: 'wangfang', mustChangePassword: true };

function type(id: string, value: string) {
  fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } });
}

function fill(current: string, next: string, repeat = next) {
  type('currentPassword', current);
  type('newPassword', next);
  type('repeatPassword', repeat);
  fireEvent.click(screen.getByTestId('password-submit'));
}

const refusal = (field: string, reason: string, extra: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', field, reason, ...extra } }],
});

describe('forced password change', () => {
  it('shows only the change-password page, whatever address, until the server accepts a new password', async () => {
    const server = new FakeServer([NEW_SECRETARY], NEW_SECRETARY);
    const seen: Record<string, unknown>[] = [];
    server.serve('ChangePassword', (v) => {
      seen.push(v);
      if (v.newPassword === 'password1234') return refusal('newPassword', 'PASSWORD_TOO_COMMON');
      if (v.currentPassword !== 'Kq7-one-time') return refusal('currentPassword', 'WRONG_PASSWORD');
      server.session = { ...NEW_SECRETARY, mustChangePassword: false };
      return { data: { changePassword: { __typename: 'Me', id: '11', mustChangePassword: false } } };
    });
    renderApp(server, '/pairings');

    await screen.findByTestId('page-change-password');
    expect(screen.queryByTestId('app-shell')).toBeNull();
    // The form loads on demand below the page's heading.
    expect((await screen.findByTestId('password-policy')).textContent).toContain('12–128');

    // The form's own checks: too short, and two different new passwords; the server is not asked.
    fill('Kq7-one-time', 'short', 'short');
    expect(await screen.findByText('密码至少 12 个字符')).toBeTruthy();
    fill('Kq7-one-time', 'a-long-enough-one', 'another-long-one');
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    expect(seen).toHaveLength(0);

    // The server's refusals land under the field they name.
    fill('Kq7-one-time', 'password1234');
    expect(await screen.findByText('该密码过于常见，请换一个')).toBeTruthy();
    fill('wrong-current', 'tide-lantern-orchard');
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();

    fill('Kq7-one-time', 'tide-lantern-orchard');
    await screen.findByTestId('page-pairings', {}, { timeout: 10_000 });
    expect(screen.getByTestId('app-shell')).toBeTruthy();
    expect(seen.at(-1)).toEqual({ currentPassword: 'Kq7-one-time', newPassword: 'tide-lantern-orchard' });
  });

  it('offers everyone a change-password entry in the menu', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    server.serve('ChangePassword', () => ({
      data: { changePassword: { __typename: 'Me', id: '11', mustChangePassword: false } },
    }));
    renderApp(server, '/');
    await screen.findByTestId('home-mentor');

    fireEvent.click(screen.getByTestId('nav-password').querySelector('span') ?? screen.getByTestId('nav-password'));
    await screen.findByTestId('page-password');
    fill('tongxin-demo', 'tide-lantern-orchard');

    await screen.findByTestId('password-done');
    await waitFor(() => expect(server.calls).toContain('ChangePassword'));
  });
});
