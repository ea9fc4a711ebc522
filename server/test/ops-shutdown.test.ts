import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD, startServer } from './child-process.js';
import { freshDatabase } from './test-app.js';

// SIGTERM (what systemd, Docker and Kubernetes send): the server stops accepting connections, lets
// the requests it has begun finish within SHUTDOWN_GRACE_SECONDS, closes the database and exits 0.

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db?.drop());

const BODY = JSON.stringify({ query: '{ __typename }' });

/** A POST whose body is sent only in part: the request is in flight until `finish()`. */
function stalledRequest(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let response = '';
  socket.setEncoding('utf8').on('data', (c: string) => (response += c));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const half = Math.floor(BODY.length / 2);
  const sent = new Promise<void>((resolve) =>
    socket.once('connect', () =>
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${BODY.length}\r\nConnection: close\r\n\r\n${BODY.slice(0, half)}`,
        () => resolve(),
      ),
    ),
  );
  return { sent, closed, response: () => response, finish: () => socket.write(BODY.slice(half)) };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });

describe('graceful shutdown', CHILD, () => {
  it('finishes an in-flight request, refuses new connections meanwhile, then closes the database and exits 0', async () => {
    const server = await startServer({ DATABASE_URL: db.url, DEMO_SEED: 'false', SHUTDOWN_GRACE_SECONDS: '60' });
    const request = stalledRequest(server.port);
    await request.sent;
    // The server has read the headers once it answers another request on a second connection.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    server.process.kill('SIGTERM');
    await server.waitFor(/"msg":"stopping"/);
    let isRefused = false;
    for (let i = 0; i < 100 && !isRefused; i++) {
      isRefused = await refused(server.port);
      if (!isRefused) await new Promise((r) => setTimeout(r, 50));
    }
    expect(isRefused).toBe(true);

    request.finish();
    // `Connection: close`: the server closes the connection once it has answered.
    await request.closed;
    expect(request.response()).toMatch(/^HTTP\/1\.1 200 /);
    expect(request.response()).toContain('{"data":{"__typename":"Query"}}');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stdout()).toMatch(/"msg":"stopped"/);
  });

  it('does not wait past the grace period for a request that never completes', async () => {
    const server = await startServer({ DATABASE_URL: db.url, DEMO_SEED: 'false', SHUTDOWN_GRACE_SECONDS: '1' });
    const request = stalledRequest(server.port);
    await request.sent;
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    server.process.kill('SIGTERM');
    // The server closes the stalled connection itself and exits cleanly.
    await request.closed;
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stdout()).toMatch(/"msg":"stopped"/);
  });
});
