import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { COMMITTEE, FakeServer } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

/** Answers ExportLedger like the server (the file name carries the period asked for); records the inputs. */
function serveLedger(server: FakeServer) {
  const inputs: { from: string; to: string; format: string }[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, any> };
      if (body.operationName === 'LedgerBranches') {
        const data = { branches: [{ __typename: 'Branch', id: '3', name: '东柳派出所', code: 'DL' }] };
        return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
      }
      if (body.operationName !== 'ExportLedger') return base(input, init);
      const { from, to, format } = body.variables.input;
      inputs.push({ from, to, format });
      const data = {
        exportLedger: {
          __typename: 'LedgerExport',
          url: `/ledger/download?from=${from}&to=${to}`,
          filename: `台账_全局_${from}_${to}.${String(format).toLowerCase()}`,
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return inputs;
}

/** The browser side of the download: the file fetch, and the name the blob is saved under. */
function stubDownload() {
  const saved: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(new Uint8Array([1]), { status: 200, headers: { 'content-length': '1' } })),
  );
  URL.createObjectURL = vi.fn(() => 'blob:ledger');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

const SLOW = { timeout: 15_000 };

describe('ledger export', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('exports the range typed into the picker and confirmed with Enter, under that name', async () => {
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    const inputs = serveLedger(server);
    const saved = stubDownload();
    renderApp(server, '/ledger');
    const card = await screen.findByTestId('ledger-export', {}, SLOW);
    const [from, to] = Array.from(card.querySelectorAll<HTMLInputElement>('.ant-picker-range input'));
    // Typed into the first box and confirmed: the picker moves on to the second box and has not
    // committed the range yet, while the browser's implicit submission follows the key at once.
    fireEvent.mouseDown(from);
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '2026-01-01' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter' });
    fireEvent.submit(card.querySelector('form')!);

    await waitFor(() => expect(inputs).toHaveLength(1), SLOW);
    const shown = { from: from.value, to: to.value };
    expect(shown.from).toBe('2026-01-01');
    expect(inputs[0]).toMatchObject(shown);
    await waitFor(() => expect(screen.getByTestId('ledger-status').textContent).toContain('已下载'), SLOW);
    expect(saved).toEqual([`台账_全局_${shown.from}_${shown.to}.xlsx`]);

    // Both boxes typed, Enter in the second.
    fireEvent.mouseDown(from);
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '2026-02-01' } });
    fireEvent.focus(to);
    fireEvent.change(to, { target: { value: '2026-02-28' } });
    fireEvent.keyDown(to, { key: 'Enter', code: 'Enter' });
    fireEvent.submit(card.querySelector('form')!);
    await waitFor(() => expect(inputs).toHaveLength(2), SLOW);
    expect(inputs[1]).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);
    expect(saved[1]).toBe('台账_全局_2026-02-01_2026-02-28.xlsx');
  }, 30_000);

  it('opens on the previous month early in a month, and on the month so far later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
    const server = new FakeServer([COMMITTEE], COMMITTEE);
    const inputs = serveLedger(server);
    stubDownload();
    const view = renderApp(server, '/ledger');
    const card = await screen.findByTestId('ledger-export', {}, SLOW);
    const shown = () =>
      Array.from(card.querySelectorAll<HTMLInputElement>('.ant-picker-range input')).map((i) => i.value);
    expect(shown()).toEqual(['2026-11-01', '2026-11-30']);
    fireEvent.click(screen.getByTestId('ledger-submit'));
    await waitFor(() => expect(inputs).toHaveLength(1), SLOW);
    expect(inputs[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    view.unmount();

    vi.setSystemTime(new Date(2026, 11, 20, 10, 0));
    renderApp(server, '/ledger');
    const again = await screen.findByTestId('ledger-export', {}, SLOW);
    expect(Array.from(again.querySelectorAll<HTMLInputElement>('.ant-picker-range input')).map((i) => i.value)).toEqual(
      ['2026-12-01', '2026-12-20'],
    );
  });
});
