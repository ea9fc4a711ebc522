import { Fragment, createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { clearAccountData } from '../auth/clear-account-data';
import { createApiClient, type ApiClientOptions } from './create-api-client';

interface ApiControls {
  /**
   * Drops the client and its cache. Used on logout and when a session ends, so nothing the
   * previous viewer could read stays in memory for the next one on a shared station computer.
   */
  resetClient: () => void;
  /** True once a session was lost while the portal was open (not on a plain first visit). */
  sessionExpired: boolean;
  clearSessionExpired: () => void;
}

const ApiControlsContext = createContext<ApiControls | null>(null);

export function ApiProvider({
  children,
  makeClient = createApiClient,
}: {
  children: ReactNode;
  /** Tests pass a client answering from memory. */
  makeClient?: (options: ApiClientOptions) => Client;
}) {
  const [sessionExpired, setSessionExpired] = useState(false);
  const [live, setLive] = useState(() => ({ client: makeSessionClient(), generation: 0 }));

  function makeSessionClient(): Client {
    const created: Client = makeClient({
      onUnauthenticated: () => {
        void clearAccountData(null, 'session-expired');
        setSessionExpired(true);
        // Several queries can fail at once; only the first one from the live client resets it.
        setLive((current) => (current.client === created ? next(current.generation) : current));
      },
    });
    return created;
  }

  function next(generation: number) {
    return { client: makeSessionClient(), generation: generation + 1 };
  }

  const controls = useMemo<ApiControls>(
    () => ({
      resetClient: () => setLive((current) => next(current.generation)),
      sessionExpired,
      clearSessionExpired: () => setSessionExpired(false),
    }),
    // makeSessionClient only closes over state setters and the (stable) factory.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionExpired, makeClient],
  );

  return (
    <ApiControlsContext.Provider value={controls}>
      <Provider value={live.client}>
        {/* Remounting below the client clears every hook's state of the previous session too:
            urql keeps a query's last data while it refetches, which would briefly show the old viewer. */}
        <Fragment key={live.generation}>{children}</Fragment>
      </Provider>
    </ApiControlsContext.Provider>
  );
}

export function useApiControls(): ApiControls {
  const controls = useContext(ApiControlsContext);
  if (!controls) throw new Error('useApiControls must be used inside <ApiProvider>');
  return controls;
}
