import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError, type Operation } from 'urql';
import { withOfflineAnswers } from '../offline/offline-answers';

export interface ApiClientOptions {
  url?: string;
  /** Called when the server says the session is gone (expired, revoked, logged out elsewhere). */
  onUnauthenticated?: () => void;
  /** Tests answer requests from memory instead of the network. */
  fetch?: typeof fetch;
}

/** The `extensions.code` of the first GraphQL error, the contract's way of saying what went wrong. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  const code = error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

function operationName(operation: Operation): string | undefined {
  for (const def of operation.query.definitions) {
    if (def.kind === 'OperationDefinition') return def.name?.value;
  }
  return undefined;
}

// `me` and `login` answer UNAUTHENTICATED as part of their normal job (no session yet, wrong
// password); only other operations failing that way mean a session we relied on has ended.
const SESSION_PROBES = new Set(['Me', 'Login']);

export function createApiClient({ url = '/graphql', onUnauthenticated, fetch }: ApiClientOptions = {}): Client {
  return new Client({
    url,
    // The answers the mentor needs offline are kept on the device and served when the network is gone.
    fetch: withOfflineAnswers(fetch ?? ((input, init) => globalThis.fetch(input, init))),
    // Apollo Server's CSRF prevention refuses GET queries without a preflight header.
    preferGetMethod: false,
    // The session is an HttpOnly cookie on this origin; nothing is stored in JavaScript.
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (errorCode(error) !== 'UNAUTHENTICATED') return;
          const name = operationName(operation);
          if (name && SESSION_PROBES.has(name)) return;
          onUnauthenticated?.();
        },
      }),
      fetchExchange,
    ],
  });
}
