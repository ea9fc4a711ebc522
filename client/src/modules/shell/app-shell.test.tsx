import { describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { AUDITOR, COMMITTEE, FakeServer, MENTOR, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';

describe('app shell', () => {
  it('opens the workspace of the highest-ranked role with the viewer, roles, branch and bureau', async () => {
    renderApp(new FakeServer([SECRETARY], SECRETARY));

    const home = await screen.findByTestId('home-secretary');
    expect(home.textContent).toContain('支部书记工作台');
    expect(screen.getByTestId('viewer-name').textContent).toContain('李红');
    expect(screen.getByTestId('viewer-roles').textContent).toBe('支部书记民警');
    expect(screen.getByTestId('home-bureau').textContent).toBe('鄞州分局');
  });

  it('lists only the sections the rules let the viewer read', async () => {
    renderApp(new FakeServer([SECRETARY], SECRETARY));
    await screen.findByTestId('home-secretary');
    const nav = screen.getByTestId('side-nav');
    expect(nav.querySelector('[data-testid="nav-pairings"]')).not.toBeNull();
    expect(nav.querySelector('[data-testid="nav-ledger"]')).not.toBeNull();
    expect(nav.querySelector('[data-testid="nav-audit"]')).toBeNull();
  });

  it('shows the audit log to the auditor, not to the committee (三员分立)', async () => {
    renderApp(new FakeServer([AUDITOR], AUDITOR));
    await screen.findByTestId('home-auditor');
    expect(screen.getByTestId('side-nav').querySelector('[data-testid="nav-audit"]')).not.toBeNull();
    cleanup();
    renderApp(new FakeServer([COMMITTEE], COMMITTEE));
    await screen.findByTestId('home-committee');
    expect(screen.getByTestId('side-nav').querySelector('[data-testid="nav-audit"]')).toBeNull();
  });

  it('refuses a section typed into the address bar that the rules do not allow', async () => {
    renderApp(new FakeServer([MENTOR], MENTOR), '/audit');
    await screen.findByTestId('forbidden');
    expect(screen.queryByTestId('page-audit')).toBeNull();
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
