import { afterEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { addToOutbox } from '../outbox/outbox-storage';
import { serve, transportFailure } from '../outbox/record-forms.fixture';

configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  localStorage.clear();
  setViewportWidth(1280);
});

describe('outbox badge', () => {
  it('counts the unsent visits and talks in the header on a phone and opens each one’s form', async () => {
    setViewportWidth(375);
    addToOutbox('mentor', { kind: 'visit', clientKey: 'a', target: '7', label: '赵小明', input: {}, queuedAt: '' });
    addToOutbox('mentor', { kind: 'talk', clientKey: 'b', target: '12/7', label: '赵小明', input: {}, queuedAt: '' });
    addToOutbox('mentor2', { kind: 'talk', clientKey: 'c', target: 'new', input: {}, queuedAt: '' });
    const server = new FakeServer([MENTOR], MENTOR);
    // The server stays unreachable, so the entries stay queued while the test looks at them.
    serve(server, (operation) =>
      operation === 'LogVisit' || operation === 'RecordTalk' ? transportFailure() : undefined,
    );
    renderApp(server);
    await screen.findByTestId('home-mentor');

    const badge = screen.getByTestId('outbox-badge');
    expect(badge.getAttribute('aria-label')).toBe('2 条记录待发送');
    expect(badge.textContent).toContain('2');
    fireEvent.click(badge);
    const items = await screen.findAllByTestId('outbox-item');
    expect(items.map((i) => i.textContent?.split(' · ').slice(0, 2).join(' · '))).toEqual([
      '走访记录 · 赵小明',
      '谈话记录 · 赵小明',
    ]);
    fireEvent.click(items[1]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/talks/new'));
  });

  it('is not shown while nothing waits', async () => {
    renderApp(new FakeServer([MENTOR], MENTOR));
    await screen.findByTestId('home-mentor');
    expect(screen.queryByTestId('outbox-badge')).toBeNull();
  });
});
