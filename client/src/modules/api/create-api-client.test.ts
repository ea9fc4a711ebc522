import { describe, expect, it, vi } from 'vitest';
import { gql } from 'urql';
import { createApiClient } from './create-api-client';

const unauthenticated = () =>
  new Response(JSON.stringify({ data: null, errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }), {
    headers: { 'content-type': 'application/json' },
  });

describe('createApiClient', () => {
  it('posts to /graphql with the same-origin session cookie (Apollo refuses GET queries)', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { me: null } })));
    const client = createApiClient({ fetch });
    await client
      .query(
        gql`
          query Me {
            me {
              id
            }
          }
        `,
        {},
      )
      .toPromise();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
  });

  it('reports a lost session from an ordinary operation but not from `me` or `login`', async () => {
    const onUnauthenticated = vi.fn();
    const client = createApiClient({ fetch: async () => unauthenticated(), onUnauthenticated });

    await client
      .query(
        gql`
          query Me {
            me {
              id
            }
          }
        `,
        {},
      )
      .toPromise();
    await client
      .mutation(
        gql`
          mutation Login {
            login(username: "a", password: "b") {
              id
            }
          }
        `,
        {},
      )
      .toPromise();
    expect(onUnauthenticated).not.toHaveBeenCalled();

    await client
      .query(
        gql`
          query Pairings {
            pairings {
              totalCount
            }
          }
        `,
        {},
      )
      .toPromise();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
