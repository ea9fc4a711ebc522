import { AccountsPage } from './accounts-page';

/** /accounts: one page, no sub-routes. */
export function AccountsRoutes() {
  return <AccountsPage />;
}
