import type { ReactNode } from 'react';
import type { Client } from 'urql';
import { ApiProvider } from './modules/api/api-provider';
import type { ApiClientOptions } from './modules/api/create-api-client';
import { SessionProvider } from './modules/auth';
import { LocaleProvider } from './i18n/locale-provider';
import { AppRoutes } from './app-routes';
import { UpdatePrompt } from './modules/pwa/update-prompt';

/**
 * Providers in dependency order, below whichever router the caller chose (the browser's in
 * production, a memory router in tests): locale first so even the spinner is translated, then the
 * API client, then the session that needs it. The update prompt sits above the session: a new
 * version is announced on the login page too.
 */
export function App({
  makeClient,
  children = <AppRoutes />,
}: {
  makeClient?: (options: ApiClientOptions) => Client;
  children?: ReactNode;
}) {
  return (
    <LocaleProvider>
      <UpdatePrompt />
      <ApiProvider makeClient={makeClient}>
        <SessionProvider>{children}</SessionProvider>
      </ApiProvider>
    </LocaleProvider>
  );
}
