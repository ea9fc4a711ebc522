import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { defaultPeriod } from '../dashboard/period-picker';
import { i18n } from '../../i18n/i18n';
import { userMessage } from '../api/server-error';
import { DownloadError, downloadWithProgress, formatBytes } from './download';

function streamOf(chunks: Uint8Array[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe('downloadWithProgress', () => {
  it('reports the bytes received against the length and returns the whole file', async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    const seen: [number, number | null][] = [];
    let asked: RequestInit | undefined;
    const fakeFetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      asked = init;
      return new Response(streamOf(chunks), {
        status: 200,
        headers: { 'content-type': 'application/octet-stream', 'content-length': '5' },
      });
    }) as typeof fetch;
    const blob = await downloadWithProgress('/ledger/download?x=1', (r, t) => seen.push([r, t]), fakeFetch);
    expect(asked?.credentials).toBe('same-origin');
    expect(seen).toEqual([
      [3, 5],
      [5, 5],
    ]);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
  });

  it('turns a refusal into an error with the server’s coded reason', async () => {
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', message: 'Not allowed' }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      })) as unknown as typeof fetch;
    const error = await downloadWithProgress('/ledger/download', () => {}, fakeFetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).status).toBe(403);
    expect((error as DownloadError).body).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    expect(userMessage(error as DownloadError, i18n.t)).toBe('无权执行此操作');
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('defaultPeriod', () => {
  it('is the previous month while fewer than 7 days of this one have passed, else the month so far', () => {
    const day = (s: string) => defaultPeriod(dayjs(s)).map((d) => d.format('YYYY-MM-DD'));
    expect(day('2026-12-03')).toEqual(['2026-11-01', '2026-11-30']);
    expect(day('2026-01-01')).toEqual(['2025-12-01', '2025-12-31']);
    expect(day('2026-03-06')).toEqual(['2026-02-01', '2026-02-28']);
    expect(day('2026-12-07')).toEqual(['2026-12-01', '2026-12-07']);
    expect(day('2026-12-20')).toEqual(['2026-12-01', '2026-12-20']);
  });
});
