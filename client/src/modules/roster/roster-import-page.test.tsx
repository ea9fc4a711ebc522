import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, SYSADMIN } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const SLOW = { timeout: 5000 };

const report = {
  mode: 'dry-run',
  format: 'csv',
  ok: false,
  applied: false,
  totals: { rows: 2, new: 1, updated: 0, unchanged: 0, error: 1 },
  fileProblems: [],
  rows: [
    { line: 2, badgeNumber: '100100', name: '张三', status: 'new', officerId: null, problems: [], changes: [] },
    {
      line: 3,
      badgeNumber: '100101',
      name: '李四',
      status: 'error',
      officerId: null,
      problems: [{ line: 3, field: 'phone', column: '手机', reason: 'PHONE_INVALID', params: {} }],
      changes: [],
    },
  ],
};

/** The roster route's NDJSON answer, one line at a time as the test releases them. */
function streamedAnswer() {
  let push!: (line: unknown) => void;
  let close!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      push = (line) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      close = () => controller.close();
    },
  });
  const response = new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } });
  return { response, push: (line: unknown) => push(line), close: () => close() };
}

describe('roster import page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the server’s progress while it checks, then every row’s result and problem', async () => {
    const answer = streamedAnswer();
    const sent: { url: string; headers: Record<string, string> }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, headers: init.headers as Record<string, string> });
      return answer.response;
    });
    renderApp(new FakeServer([SYSADMIN], SYSADMIN), '/officers/import');
    await screen.findByTestId('page-roster-import', {}, SLOW);

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['支部,姓名,警号,人员类别,职务,手机,角色\n'], 'roster.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('roster-file').textContent).toContain('roster.csv'));
    fireEvent.click(screen.getByTestId('roster-dry-run'));

    answer.push({ type: 'progress', phase: 'check', done: 500, total: 2000 });
    const progress = await screen.findByTestId('roster-progress', {}, SLOW);
    expect(progress.textContent).toContain('正在检查：500 / 2000 行');
    expect(progress.querySelector('.ant-progress')?.getAttribute('aria-valuenow')).toBe('25');
    expect(sent[0].url).toBe('/admin/roster/import?mode=dry-run');
    expect(sent[0].headers['x-tongxin-preflight']).toBeTruthy();

    answer.push({ type: 'report', report });
    answer.close();
    const bad = await screen.findByTestId('roster-row-3', {}, SLOW);
    expect(screen.queryByTestId('roster-progress')).toBeNull();
    expect(bad.getAttribute('data-status')).toBe('error');
    expect(bad.textContent).toContain('手机');
    // A file with a wrong row cannot be imported.
    expect((screen.getByTestId('roster-apply') as HTMLButtonElement).disabled).toBe(true);
  });
});
