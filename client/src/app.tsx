import type { ReactNode } from 'react';
import type { Client } from 'urql';
import { ApiProvider } from './modules/api/api-provider';
import type { ApiClientOptions } from './modules/api/create-api-client';
import { SessionProvider } from './modules/auth';
import { AppRoutes } from './app-routes';
import { UpdatePrompt } from './modules/pwa/update-prompt';

/**
 * Providers in dependency order, below whichever router the caller chose (the browser's in
 * production, a memory router in tests): the API client, then the session that needs it. antd's
 * providers are not here: they load with the pages that use antd (ui/antd-scope.tsx). The update
 * prompt sits above the session: a new version is announced on the login page too.
 */
export function App({
  makeClient,
  children = <AppRoutes />,
}: {
  makeClient?: (options: ApiClientOptions) => Client;
  children?: ReactNode;
}) {
  return (
    <>
      <UpdatePrompt />
      <ApiProvider makeClient={makeClient}>
        <SessionProvider>{children}</SessionProvider>
      </ApiProvider>
    </>
  );
}
