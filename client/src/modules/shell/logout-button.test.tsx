import { afterEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { addToOutbox, loadDraft, readOutbox, saveDraft } from '../outbox/outbox-storage';

const keptOnDevice = () => {
  saveDraft('mentor', 'visit', '7', { clientKey: 'k1', values: { confidentialNotes: '保密备注' }, savedAt: '' });
  saveDraft('mentor', 'talk', 'new', { clientKey: 'k2', values: { assessment: '谈话评估' }, savedAt: '' });
  saveDraft('mentor2', 'visit', '9', { clientKey: 'k3', values: { summary: '别人的草稿' }, savedAt: '' });
};

// Logging out reloads the session and the login route; give a busy machine more than a second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => localStorage.clear());

describe('logout', () => {
  it('deletes every draft of the account on this device, and no other account’s', async () => {
    keptOnDevice();
    const server = new FakeServer([MENTOR], MENTOR);
    renderApp(server);
    await screen.findByTestId('home-mentor');
    fireEvent.click(screen.getByTestId('logout'));

    await screen.findByTestId('page-login');
    expect(server.calls).toContain('Logout');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
    expect(loadDraft('mentor', 'talk', 'new')).toBeNull();
    expect(loadDraft('mentor2', 'visit', '9')).not.toBeNull();
  });

  it('warns first when unsent records would be lost; cancelling keeps everything', async () => {
    keptOnDevice();
    for (const key of ['a', 'b'])
      addToOutbox('mentor', { kind: 'visit', clientKey: key, target: '7', input: {}, queuedAt: '' });
    const server = new FakeServer([MENTOR], MENTOR);
    renderApp(server);
    await screen.findByTestId('home-mentor');
    expect(screen.getByTestId('outbox-badge').textContent).toContain('2');

    fireEvent.click(screen.getByTestId('logout'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('2 条尚未发送的记录');
    fireEvent.click(screen.getByTestId('logout-cancel'));
    expect(server.calls).not.toContain('Logout');
    expect(readOutbox('mentor')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('logout'));
    await waitFor(() => expect(screen.getAllByTestId('logout-confirm').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByTestId('logout-confirm').at(-1)!);
    await screen.findByTestId('page-login');
    expect(readOutbox('mentor')).toEqual([]);
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
  });
});
