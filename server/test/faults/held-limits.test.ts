import { LIMITS } from '@tongxin/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, initTestApp } from '../test-app.js';
import { expectError } from '../expect.js';

// Issue 12 found these limits holding over HTTP; they had unit tests or none. These pin them at
// the HTTP boundary, where an attacker meets them, so that docs/reliability.md can name a test.

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t?.close());

const post = (body: unknown, cookie?: string | null) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

describe('limits an attacker meets at /graphql', () => {
  it(`refuses a page larger than ${LIMITS.pageSizeMax} with BAD_USER_INPUT naming first`, async () => {
    const committee = await t.login('committee');
    const at = await committee.gql(`{ visits(first: ${LIMITS.pageSizeMax}) { edges { node { id } } } }`);
    expect(at.errors).toBeUndefined();
    const over = await committee.gql(`{ visits(first: ${LIMITS.pageSizeMax + 1}) { edges { node { id } } } }`);
    expectError(over, 'BAD_USER_INPUT', 'first');
    expect(over.data).toBeNull();
  });

  it('refuses a batch of operations in one request, answering with no data for any of them', async () => {
    const committee = await t.login('committee');
    const res = await post(
      Array.from({ length: 3 }, () => ({ query: '{ me { id } }' })),
      committee.cookie,
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/"me"|\bat .+:\d+:\d+/);
  });

  it('refuses a query deeper than the depth limit before running any of it', async () => {
    const committee = await t.login('committee');
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `currentPairing { mentee { ${selection} } }`;
    const res = await committee.gql(`{ me { officer { ${selection} } } }`);
    expectError(res, 'QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    // Refused in validation: not one field was resolved.
    expect(res.data).toBeUndefined();
  });
});
