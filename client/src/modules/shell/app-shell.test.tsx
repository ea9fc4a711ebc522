import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AUDITOR, COMMITTEE, FakeServer, MENTOR, SECRETARY, SYSADMIN } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';

describe('app shell', () => {
  it('opens the workspace of the highest-ranked role with the viewer, roles, branch and bureau', async () => {
    renderApp(new FakeServer([SECRETARY], SECRETARY));

    const home = await screen.findByTestId('home-secretary');
    expect(home.textContent).toContain('支部书记工作台');
    expect(screen.getByTestId('viewer-name').textContent).toContain('李红');
    expect(screen.getByTestId('viewer-roles').textContent).toBe('支部书记民警');
    // The profile waits for the role's parts, so their cards do not push it down when they arrive.
    expect((await screen.findByTestId('home-bureau')).textContent).toBe('鄞州分局');
  });

  it('lists only the sections the rules let the viewer read', async () => {
    renderApp(new FakeServer([SECRETARY], SECRETARY));
    await screen.findByTestId('home-secretary');
    const nav = screen.getByTestId('side-nav');
    expect(nav.querySelector('[data-testid="nav-pairings"]')).not.toBeNull();
    expect(nav.querySelector('[data-testid="nav-ledger"]')).not.toBeNull();
    expect(nav.querySelector('[data-testid="nav-audit"]')).toBeNull();
  });

  it('keeps the audit log from the committee, whose own reads it records', async () => {
    renderApp(new FakeServer([COMMITTEE], COMMITTEE));
    await screen.findByTestId('home-committee');
    expect(screen.getByTestId('side-nav').querySelector('[data-testid="nav-audit"]')).toBeNull();
  });

  it('opens the auditor on the audit log, with no content section', async () => {
    renderApp(new FakeServer([AUDITOR], AUDITOR));
    const home = await screen.findByTestId('home-auditor');
    // The latest events load on demand, below the heading; the full log with its filters is /audit.
    await waitFor(() => expect(home.querySelector('[data-testid="audit-recent"]')).not.toBeNull());
    expect(home.querySelector('[data-testid="audit-full-log"]')?.getAttribute('href')).toBe('/audit');
    const nav = screen.getByTestId('side-nav');
    expect(nav.querySelector('[data-testid="nav-audit"]')).not.toBeNull();
    for (const key of ['pairings', 'visits', 'talks', 'dashboard', 'accounts']) {
      expect(nav.querySelector(`[data-testid="nav-${key}"]`)).toBeNull();
    }
  });

  it('shows the sysadmin only the administration sections and refuses content addresses', async () => {
    renderApp(new FakeServer([SYSADMIN], SYSADMIN), '/pairings');
    await screen.findByTestId('forbidden');
    const nav = screen.getByTestId('side-nav');
    for (const key of ['branches', 'officers', 'accounts', 'password']) {
      expect(nav.querySelector(`[data-testid="nav-${key}"]`)).not.toBeNull();
    }
    for (const key of ['pairings', 'visits', 'talks', 'actionItems', 'reviews', 'dashboard', 'ledger', 'audit']) {
      expect(nav.querySelector(`[data-testid="nav-${key}"]`)).toBeNull();
    }
  });

  it('refuses a section typed into the address bar that the rules do not allow', async () => {
    renderApp(new FakeServer([MENTOR], MENTOR), '/audit');
    await screen.findByTestId('forbidden');
    expect(screen.queryByTestId('page-audit')).toBeNull();
  });

  it('opens the phone menu as a dialog that marks the current page and closes on Escape', async () => {
    setViewportWidth(375);
    try {
      renderApp(new FakeServer([MENTOR], MENTOR));
      await screen.findByTestId('home-mentor');
      const toggle = screen.getByTestId('nav-toggle');
      // A tap focuses the button in a browser; jsdom's click does not.
      toggle.focus();
      fireEvent.click(toggle);
      const drawer = screen.getByRole('dialog', { name: '同心 · 结对帮扶' });
      expect(drawer.getAttribute('data-testid')).toBe('nav-drawer');
      expect(document.activeElement).toBe(drawer);
      expect(screen.getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
      fireEvent.keyDown(document, { key: 'Escape' });
      expect(screen.queryByTestId('nav-drawer')).toBeNull();
      expect(document.activeElement).toBe(toggle);
    } finally {
      setViewportWidth(1280);
    }
  });

  it('replaces the side menu with a menu button on a 375 px phone', async () => {
    setViewportWidth(375);
    try {
      renderApp(new FakeServer([MENTOR], MENTOR));
      await screen.findByTestId('home-mentor');
      expect(screen.getByTestId('nav-toggle')).toBeTruthy();
      expect(screen.queryByTestId('side-nav')).toBeNull();
    } finally {
      setViewportWidth(1280);
    }
  });
});
