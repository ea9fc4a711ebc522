import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { AUDITOR, FakeServer, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { setViewportWidth } from '../../test/setup';
import { setLanguage } from '../../i18n/i18n';
import { toFilter } from './audit-log';
import { event, serveAudit } from './audit-test-fixtures';

// The portal renders antd tables; on a busy two-core machine that takes seconds, not milliseconds.
const SLOW = { timeout: 15_000 };

describe('audit log', () => {
  afterEach(async () => {
    setViewportWidth(1280);
    await setLanguage('zh-CN');
  });

  it('lists events, loads older ones by cursor, and filters by a person from a row', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    const li = { id: '21', name: '李明' };
    const seen = serveAudit(server, [
      [event(1, 'login', li), event(2, 'read:Talk', { id: '22', name: '王建国' })],
      [event(3, 'login.failed', null)],
    ]);
    renderApp(server, '/audit');

    await screen.findByText('查阅保密谈话', {}, SLOW);
    expect(screen.getByTestId('audit-total').textContent).toBe('共 3 条');
    expect(screen.getByText('登录地址 10.0.0.1')).toBeTruthy();
    expect(screen.queryByText(/\{"/)).toBeNull();

    // Newest first: the older events come under the newer ones, and the last page offers no more.
    expect(screen.getByTestId('audit-more').textContent).toBe('加载更早的记录');
    fireEvent.click(screen.getByTestId('audit-more'));
    await screen.findByText('登录失败', {}, SLOW);
    expect(screen.getByText('未知用户')).toBeTruthy();
    expect(screen.getByText('查阅保密谈话')).toBeTruthy();
    expect(seen.at(-1)?.after).toBe('1');
    expect(screen.queryByTestId('audit-more')).toBeNull();

    // A filter starts again from the newest page.
    fireEvent.click(screen.getByTestId('audit-actor-1'));
    await waitFor(() => expect(seen.at(-1)?.filter.actorId).toBe('21'), SLOW);
    expect(seen.at(-1)?.after).toBeNull();
    expect(screen.getByTestId('audit-filter-actor').textContent).toContain('李明');
  }, 60_000);

  it('says each event in words, with the records read counted, listed on demand and linked', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    const wang = { id: '22', name: '王建国' };
    serveAudit(server, [
      [
        event(5, 'read:Talk', wang, { subjectId: null, detail: { ids: ['31', '32', '33'], count: 3 } }),
        event(6, 'reviewPairing', wang, {
          subjectId: '7',
          detail: { reviewId: 4, decision: 'EXTEND', rating: 'IMPROVED', status: 'ACTIVE' },
        }),
        event(7, 'downloadLedger', wang, {
          subjectType: 'Ledger',
          subjectId: null,
          detail: {
            format: 'DOCX',
            from: '2026-11-01',
            to: '2026-11-30',
            branchId: null,
            confidentialTalkIds: [31],
            confidentialVisitNoteIds: [8, 9],
            confidentialCount: 3,
          },
        }),
      ],
    ]);
    renderApp(server, '/audit');
    await screen.findByText('查阅保密谈话 3 条', {}, SLOW);
    expect(screen.getByText('评估等级“有所好转”，决定“延长帮扶”，结对状态变为“帮扶中”')).toBeTruthy();
    expect(screen.getByText('期间 2026-11-01 至 2026-11-30，全局，DOCX 格式，含保密记录 3 条')).toBeTruthy();
    // The record is a link to its page.
    expect(screen.getByTestId('audit-subject-6').getAttribute('href')).toBe('/pairings/7');
    // The ids are folded until asked for, and each is a link.
    expect(screen.queryByTestId('audit-ids-Talk')).toBeNull();
    fireEvent.click(screen.getAllByTestId('audit-ids-toggle')[0]);
    const ids = await screen.findByTestId('audit-ids-Talk');
    expect(Array.from(ids.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/talks/31',
      '/talks/32',
      '/talks/33',
    ]);

    await setLanguage('en');
    await screen.findByText('Confidential talks read 3', {}, SLOW);
    expect(screen.getByText('Rated “Improved”, decided “Extend”, the pairing is now “Active”')).toBeTruthy();
  }, 60_000);

  it('filters by a person from the person column’s filter', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    const seen = serveAudit(server, [
      [event(1, 'login', { id: '21', name: '李明' }), event(2, 'logout', { id: '22', name: '王建国' })],
    ]);
    renderApp(server, '/audit');
    await screen.findByText('登录地址 10.0.0.1', {}, SLOW);
    const header = screen.getAllByRole('columnheader').find((h) => h.textContent?.includes('操作人'))!;
    fireEvent.click(header.querySelector('.ant-table-filter-trigger')!);
    fireEvent.click(await screen.findByText('王建国', { selector: '.ant-dropdown-menu-title-content span' }, SLOW));
    fireEvent.click(screen.getByText('确 定'));
    await waitFor(() => expect(seen.at(-1)?.filter.actorId).toBe('22'), SLOW);
    expect(screen.getByTestId('audit-filter-actor').textContent).toBe('操作人：王建国');
  }, 60_000);

  it('shows every part of an event on a phone', async () => {
    setViewportWidth(375);
    const server = new FakeServer([AUDITOR], AUDITOR);
    serveAudit(server, [[event(1, 'login', { id: '21', name: '李明' })]]);
    renderApp(server, '/audit');
    const card = await screen.findByTestId('audit-card-1', {}, SLOW);
    expect(screen.queryByTestId('audit-table')).toBeNull();
    expect(card.textContent).toContain('登录');
    expect(card.textContent).toContain('李明');
    expect(card.textContent).toContain('登录地址 10.0.0.1');
  }, 60_000);

  it('is not offered to a secretary', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    renderApp(server, '/audit');
    await screen.findByTestId('forbidden', {}, SLOW);
    expect(screen.queryByTestId('nav-audit')).toBeNull();
  }, 60_000);

  it('turns a picked period into [first day, day after the last) instants', () => {
    const f = toFilter({
      action: 'login',
      subjectType: null,
      subjectId: ' 12 ',
      actor: null,
      period: [dayjs('2026-11-01T10:00:00'), dayjs('2026-11-03T09:00:00')],
    });
    expect(f.subjectId).toBe('12');
    expect(dayjs(f.from as string).format('YYYY-MM-DD HH:mm')).toBe('2026-11-01 00:00');
    expect(dayjs(f.to as string).format('YYYY-MM-DD HH:mm')).toBe('2026-11-04 00:00');
  });
});
