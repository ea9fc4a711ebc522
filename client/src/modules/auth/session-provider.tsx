import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import type { AppAbility } from '@tongxin/schema';
import type { MeQuery } from '../../gql/graphql';
import { errorCode } from '../api/create-api-client';
import { MeQueryDocument } from './auth-documents';
import { AppAbilityProvider, abilityFromPacked } from './ability';

export type Viewer = NonNullable<MeQuery['me']>;

interface Session {
  me: Viewer | null;
  /** True while the first answer about the session is pending. */
  loading: boolean;
  /** A failure other than "not logged in" (network down, server error). */
  error: CombinedError | undefined;
  /** Asks the server again, bypassing the cache; resolves once the shell has the answer. */
  refreshSession: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: MeQueryDocument });

  // UNAUTHENTICATED on `me` simply means "nobody is logged in"; it is not an error to show.
  const unauthenticated = errorCode(error) === 'UNAUTHENTICATED';
  const me = unauthenticated ? null : (data?.me ?? null);
  const loading = fetching && data === undefined && !error;

  const refreshSession = useCallback(async () => {
    // The query shares its key with the one above, so the shell's subscription receives this result.
    await client.query(MeQueryDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [client]);

  const ability = useMemo<AppAbility>(() => abilityFromPacked(me?.abilityRules), [me]);

  const session = useMemo<Session>(
    () => ({ me, loading, error: unauthenticated ? undefined : error, refreshSession }),
    [me, loading, error, unauthenticated, refreshSession],
  );

  return (
    <SessionContext.Provider value={session}>
      <AppAbilityProvider ability={ability}>{children}</AppAbilityProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The logged-in viewer; only for components rendered behind <RequireAuth>. */
export function useViewer(): Viewer {
  const { me } = useSession();
  if (!me) throw new Error('useViewer used outside an authenticated route');
  return me;
}
