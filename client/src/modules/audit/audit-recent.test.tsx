import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AUDITOR, FakeServer } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { setLanguage } from '../../i18n/i18n';
import { event, serveAudit } from './audit-test-fixtures';

const SLOW = { timeout: 15_000 };
const li = { id: '21', name: '李明' };

const newAccount = event(4, 'createAccount', li, {
  subjectType: 'Account',
  subjectId: '9',
  detail: { before: null, after: { username: 'oujh', roles: ['SECRETARY'], mustChangePassword: true } },
});

describe('the auditor’s home', () => {
  afterEach(async () => {
    setViewportWidth(1280);
    await setLanguage('zh-CN');
  });

  it('lists the latest events in words, loads older ones by cursor, and links to the full log', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    const seen = serveAudit(server, [
      [newAccount, event(1, 'login', li)],
      [event(3, 'login.failed', null, { subjectType: 'Session', subjectId: 'nobody' })],
    ]);
    renderApp(server, '/');

    const home = await screen.findByTestId('home-auditor', {}, SLOW);
    const account = await within(home).findByTestId('audit-event-4', {}, SLOW);
    // Action, time, who (with the badge number), on what, and the change as before → after.
    expect(within(account).getByText('新建账号')).toBeTruthy();
    expect(account.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T02:00:00.000Z');
    expect(account.textContent).toContain('李明 · 0001');
    expect(account.textContent).toContain('账号 #9');
    expect(within(account).getByTestId('audit-detail').textContent).toBe(
      '用户名：— → oujh，角色：— → 支部书记，须修改密码：— → 是',
    );
    expect(screen.getByTestId('audit-event-1').textContent).toContain('登录地址 10.0.0.1');
    expect(screen.getByTestId('audit-recent-shown').textContent).toBe('显示最近 2 条，共 3 条');
    // The first page is the latest 20, unfiltered; no antd table on the home.
    expect(seen[0]).toMatchObject({ first: 20 });
    expect(seen[0].filter ?? null).toBeNull();
    expect(home.querySelector('.ant-table, .ant-select, .ant-picker')).toBeNull();

    // Older events join the same list, newest first; the last page offers no more.
    fireEvent.click(screen.getByTestId('audit-more'));
    const failed = await screen.findByTestId('audit-event-3', {}, SLOW);
    expect(seen.at(-1)?.after).toBe('1');
    expect(failed.textContent).toContain('登录失败');
    expect(failed.textContent).toContain('未知用户');
    expect(failed.textContent).toContain('用户名“nobody”登录失败');
    const items = home.querySelectorAll('ol > li');
    expect(Array.from(items).map((i) => i.getAttribute('data-testid'))).toEqual([
      'audit-event-4',
      'audit-event-1',
      'audit-event-3',
    ]);
    expect(screen.queryByTestId('audit-more')).toBeNull();

    // The full log, with its filters, is one link away (at the top and under the list).
    expect(screen.getByTestId('audit-full-log').getAttribute('href')).toBe('/audit');
    expect(screen.getByTestId('audit-full-log-end').textContent).toBe('查看完整审计日志');
    fireEvent.click(screen.getByTestId('audit-full-log'));
    await screen.findByTestId('audit-filter-action', {}, SLOW);
  }, 60_000);

  it('counts the records a read names, lists their ids on demand, and speaks English', async () => {
    setViewportWidth(375);
    const server = new FakeServer([AUDITOR], AUDITOR);
    serveAudit(server, [
      [event(5, 'read:Talk', { id: '22', name: '王建国' }, { subjectId: null, detail: { ids: ['31', '32'] } })],
    ]);
    renderApp(server, '/');
    const read = await screen.findByTestId('audit-event-5', {}, SLOW);
    expect(within(read).getByTestId('audit-detail').textContent).toContain('查阅保密谈话 2 条');
    // Folded in a native disclosure; the ids are plain text, the auditor opens no record.
    const ids = within(read).getByTestId('audit-ids-Talk');
    expect(ids.closest('details')?.open).toBe(false);
    expect(ids.textContent).toBe('谈话 #31、#32');
    expect(ids.querySelector('a')).toBeNull();
    expect(screen.queryByTestId('audit-more')).toBeNull();

    await setLanguage('en');
    await waitFor(() => expect(within(read).getByText('Read a confidential talk')).toBeTruthy());
    expect(read.textContent).toContain('Confidential talks read 2');
    expect(screen.getByTestId('audit-full-log').textContent).toBe('Full audit log');
  }, 60_000);

  it('says so when older events fail to load, and keeps the button to try again', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    serveAudit(server, [[event(1, 'login', li)], [event(2, 'logout', li)]]);
    const base = server.fetch;
    let refuse = true;
    Object.defineProperty(server, 'fetch', {
      value: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const body = JSON.parse(String(init?.body)) as { variables?: { after?: string } };
        if (refuse && body.variables?.after) return Response.error();
        return base(input, init);
      }) as typeof fetch,
    });
    renderApp(server, '/');
    await screen.findByTestId('audit-event-1', {}, SLOW);
    fireEvent.click(screen.getByTestId('audit-more'));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('更早的记录加载失败，请重试');
    refuse = false;
    fireEvent.click(screen.getByTestId('audit-more'));
    await screen.findByTestId('audit-event-2', {}, SLOW);
    expect(screen.queryByRole('alert')).toBeNull();
  }, 60_000);
});
