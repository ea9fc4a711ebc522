import { Writable } from 'node:stream';
import express from 'express';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError } from '../src/common/error-format.js';
import { bodyErrorHandler } from '../src/common/http/body-errors.js';
import { createLogger, requestLogger } from '../src/common/http/logger.js';
import { requestScope } from '../src/common/http/request-scope.js';
import { securityHeaders } from '../src/common/http/security-headers.js';
import { noFieldSuggestions } from '../src/common/no-suggestions.js';
import { initTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ demo: false });
});
afterAll(() => t?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

type GqlBody = { errors: { message: string; extensions: Record<string, unknown> }[] };

const PORTAL_CSP =
  "default-src 'self';img-src 'self' data: blob:;style-src 'self' 'unsafe-inline';script-src 'self';" +
  "connect-src 'self';worker-src 'self';manifest-src 'self';frame-ancestors 'none';object-src 'none';base-uri 'self';form-action 'self'";

describe('request body errors', () => {
  it('a malformed JSON body is a coded BAD_REQUEST, in JSON, with no stack or file path', async () => {
    const res = await post('{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toMatch(/<html|<pre|at \w|node_modules|\/src\//i);
  });

  it('a body over the limit is PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('an unknown charset is BAD_REQUEST too', async () => {
    const res = await post('{}', { 'content-type': 'application/json; charset=klingon' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as GqlBody).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });
});

/** A small app with the real logging, scope and error handler, and routes that fail on purpose. */
function failingApp() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  const app = express();
  app.use(requestLogger(createLogger('info', sink)));
  app.get('/throws', () => {
    throw new Error('insert into "visit" ("notes") values (\'秘密\') - SQLITE_CONSTRAINT');
  });
  app.post('/graphql-like', express.json(), requestScope, (_req, res) => {
    res.json({ errors: [formatError({ message: 'x' }, new TypeError('cannot read x of undefined'))] });
  });
  app.use(bodyErrorHandler);
  return { app, lines };
}

describe('unexpected errors', () => {
  it('are logged with the request id and answered INTERNAL_SERVER_ERROR with that id only', async () => {
    const { app, lines } = failingApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const res = await fetch(`${base}/throws`);
      const id = res.headers.get('x-request-id');
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id } }],
      });
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error');
      expect(logged).toMatchObject({ reqId: id, level: 50, err: { type: 'Error' } });

      const gql = await fetch(`${base}/graphql-like`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const gqlId = gql.headers.get('x-request-id');
      expect(((await gql.json()) as GqlBody).errors[0]).toEqual({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: gqlId },
      });
      const gqlLogged = lines
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === 'unexpected error' && l.reqId === gqlId);
      expect(gqlLogged).toHaveLength(1);
      expect(gqlLogged[0].err).toMatchObject({ type: 'TypeError', message: 'cannot read x of undefined' });
    } finally {
      server.close();
    }
  });
});

describe('request ids', () => {
  it('every response carries one; a well-formed id from the proxy is kept, anything else replaced', async () => {
    const own = (await fetch(`${t.url}/healthz`)).headers.get('x-request-id');
    expect(own).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'a1b2c3d4e5f60718' } });
    expect(kept.headers.get('x-request-id')).toBe('a1b2c3d4e5f60718');
    const replaced = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'evil\tlog line {"level":60}' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('readiness', () => {
  it('/readyz is 200 with a current schema and 503 while a migration is pending', async () => {
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ ok: true });
    const conn = t.app.orm.em.getConnection();
    const [last] = await conn.execute('select id, name from mikro_orm_migrations order by id desc limit 1');
    await conn.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, reason: 'migrations' });
      // Liveness does not depend on the database: the process is fine, it just must not get traffic.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await conn.execute('insert into mikro_orm_migrations (id, name) values (?, ?)', [last.id, last.name]);
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});

describe('security headers', () => {
  it('the portal’s CSP and nothing wider, no framing, no sniffing, no HSTS over plain HTTP', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toBe(PORTAL_CSP);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    // The GraphQL endpoint and its errors carry them too.
    expect((await post('{')).headers.get('content-security-policy')).toBe(PORTAL_CSP);
  });

  it('HSTS behind HTTPS (COOKIE_SECURE, on by default in production)', async () => {
    const app = express();
    app.use(securityHeaders({ https: true }));
    app.get('/', (_req, res) => res.send('ok'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('content-security-policy')).toBe(PORTAL_CSP);
    } finally {
      server.close();
    }
  });
});

describe('field suggestions', () => {
  it('outside production, a misspelt field gets "Did you mean"', async () => {
    const res = await t.client().gql('{ me { usernam } }');
    expect(res.errors?.[0].message).toMatch(/Did you mean "username"\?/);
  });

  it('the production rule strips them and keeps the error', () => {
    // The rule on a schema of its own; ops-production.test.ts checks it in a production app.
    const schema = buildSchema('type Query { username: String, pairings(first: Int): Int }');
    for (const query of ['{ usernam }', '{ pairings(firts: 2) }']) {
      const plain = validate(schema, parse(query), specifiedRules);
      const stripped = validate(schema, parse(query), [...specifiedRules, noFieldSuggestions]);
      expect(plain[0].message).toMatch(/Did you mean/);
      expect(stripped).toHaveLength(plain.length);
      expect(stripped[0].message).toBe(plain[0].message.replace(/ Did you mean .*\?$/, ''));
      expect(stripped[0].locations).toEqual(plain[0].locations);
    }
  });
});
