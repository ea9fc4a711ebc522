export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's coded refusal (code, reason, field, parameters), when it sent one. */
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * GETs a file with the session cookie and reports progress from the response body stream
 * (`total` is null when the server sends no length).
 */
export async function downloadWithProgress(
  url: string,
  onProgress: (received: number, total: number | null) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<Blob> {
  const res = await fetchImpl(url, { credentials: 'same-origin' });
  if (!res.ok) {
    let body: Record<string, unknown> | undefined;
    try {
      body = (await res.json()) as Record<string, unknown>;
    } catch {
      // Not JSON: the status says it all.
    }
    throw new DownloadError(res.status, typeof body?.message === 'string' ? body.message : res.statusText, body);
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const total = Number(res.headers.get('content-length')) || null;
  const reader = res.body?.getReader();
  if (!reader) return res.blob();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  return new Blob(chunks, { type });
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
