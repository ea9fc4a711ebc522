import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from './test-app.js';
import { expectError } from './expect.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ demo: false });
});
afterAll(() => t?.close());

describe('request errors', () => {
  it('a syntax error is coded and carries no stack trace', async () => {
    const res = await t.client().gql('{ me { id ');
    expectError(res, 'GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at \w+ \(/);
  });

  it('an unknown field is a validation error', async () => {
    const res = await t.client().gql('{ me { passwordHash } }');
    expectError(res, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a variable of the wrong type is BAD_USER_INPUT', async () => {
    const res = await t.client().gql('mutation($u: String!) { login(username: $u, password: "x") { id } }', { u: 42 });
    expectError(res, 'BAD_USER_INPUT');
  });

  it('GET queries are refused by CSRF prevention, so a cookie cannot be ridden by a link', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('serves a health check', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });
});
