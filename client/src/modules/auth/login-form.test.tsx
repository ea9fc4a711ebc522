import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

// The login form is plain markup (the first load carries no antd): what antd's Form did for it,
// checked here.
describe('login form', () => {
  it('ties each message to its input, clears it as the field is filled, and says when a name is too long', async () => {
    renderApp(new FakeServer([MENTOR]), '/login');
    await screen.findByTestId('page-login');
    fireEvent.click(screen.getByTestId('login-submit'));

    const username = screen.getByLabelText('用户名');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(username.getAttribute('aria-describedby')!)?.textContent).toBe('请输入用户名');
    // The first invalid field takes the focus.
    expect(document.activeElement).toBe(username);

    fireEvent.change(username, { target: { value: 'mentor' } });
    expect(username.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(username, { target: { value: '   ' } });
    expect(screen.getByText('请输入用户名')).toBeTruthy();
    fireEvent.change(username, { target: { value: 'x'.repeat(200) } });
    expect(screen.getByText(/不能超过 \d+ 个字符/)).toBeTruthy();
  });

  it('shows and hides the password on request', async () => {
    renderApp(new FakeServer([MENTOR]), '/login');
    await screen.findByTestId('page-login');
    const password = document.getElementById('password') as HTMLInputElement;
    expect(password.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: '显示密码' }));
    expect(password.type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: '隐藏密码' }));
    expect(password.type).toBe('password');
  });
});
