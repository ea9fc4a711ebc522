import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, MENTOR, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

async function submitLogin(username: string, password: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '用户名' }), { target: { value: username } });
  fireEvent.change(document.getElementById('password') as HTMLInputElement, { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('route guard and login', () => {
  it('sends a visitor without a session to /login and back to the page they asked for', async () => {
    const server = new FakeServer([MENTOR]);
    renderApp(server, '/pairings');

    await screen.findByTestId('page-login');
    expect(screen.getByTestId('location').textContent).toBe('/login');
    expect(screen.queryByTestId('app-shell')).toBeNull();

    await submitLogin('mentor', 'tongxin-demo');

    // `me` is asked again after login, so the guard lets the viewer through to where they were going.
    await screen.findByTestId('page-pairings');
    expect(screen.getByTestId('location').textContent).toBe('/pairings');
    expect(server.calls.filter((c) => c === 'Me').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the bad-credentials message and keeps the visitor on /login', async () => {
    const server = new FakeServer([MENTOR]);
    renderApp(server, '/');
    await screen.findByTestId('page-login');

    await submitLogin('mentor', 'wrong');

    expect((await screen.findByTestId('login-error')).textContent).toContain('用户名或密码错误');
    expect(screen.getByTestId('location').textContent).toBe('/login');
    expect(server.session).toBeNull();
  });

  it('tells the visitor to wait when the server rate-limits attempts', async () => {
    const server = new FakeServer([MENTOR]);
    server.loginError = 'RATE_LIMITED';
    renderApp(server, '/');
    await screen.findByTestId('page-login');

    await submitLogin('mentor', 'tongxin-demo');

    expect((await screen.findByTestId('login-error')).textContent).toContain('登录尝试次数过多');
  });

  it('validates required fields without calling the server', async () => {
    const server = new FakeServer([MENTOR]);
    renderApp(server, '/');
    await screen.findByTestId('page-login');

    fireEvent.click(screen.getByTestId('login-submit'));

    await screen.findByText('请输入用户名');
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(server.calls).not.toContain('Login');
  });

  it('sends one login request however often the button is pressed', async () => {
    const server = new FakeServer([MENTOR]);
    renderApp(server, '/');
    await screen.findByTestId('page-login');

    await submitLogin('mentor', 'tongxin-demo');
    fireEvent.click(screen.getByTestId('login-submit'));
    fireEvent.click(screen.getByTestId('login-submit'));

    await screen.findByTestId('home-mentor');
    expect(server.calls.filter((c) => c === 'Login')).toHaveLength(1);
  });

  it('logs out to /login and forgets the viewer', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    renderApp(server, '/');
    await screen.findByTestId('home-secretary');

    fireEvent.click(screen.getByTestId('logout'));

    await screen.findByTestId('page-login');
    expect(server.session).toBeNull();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/login'));
    expect(screen.queryByText('李红')).toBeNull();
  });
});
