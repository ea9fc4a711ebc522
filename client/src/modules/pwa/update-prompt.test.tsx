import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { announceUpdate } from './update-events';

describe('update prompt', () => {
  it('announces a waiting version on the login page and reloads only when asked', async () => {
    renderApp(new FakeServer([MENTOR]), '/login');
    await screen.findByTestId('page-login');
    const apply = vi.fn(() => Promise.resolve());

    announceUpdate(apply);

    expect(await screen.findByText('新版本可用')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('pwa-reload'));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('shows an update found before the portal rendered; "later" closes it without reloading', async () => {
    const apply = vi.fn(() => Promise.resolve());
    announceUpdate(apply);
    renderApp(new FakeServer([MENTOR], MENTOR));

    expect(await screen.findByText('新版本可用')).toBeTruthy();
    // (jsdom runs no leave animation, so the closed notice stays in the DOM: only the effect is checked.)
    fireEvent.click(screen.getByRole('button', { name: '稍 后' }));
    expect(apply).not.toHaveBeenCalled();
  });
});
