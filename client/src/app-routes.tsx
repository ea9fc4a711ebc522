import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAbility, RequireAuth } from './modules/auth';
import { AppShell } from './modules/shell/app-shell';
import { sectionByKey, type SectionKey } from './modules/shell/sections';
import { ActionItemsRoutes } from './modules/action-items/action-items-routes';
import { AccountsRoutes } from './modules/accounts/accounts-routes';
import { BranchesRoutes, OfficersRoutes } from './modules/admin/admin-routes';
import { AuditRoutes } from './modules/audit/audit-routes';
import { ForumsRoutes } from './modules/forums/forums-routes';
import { ProblemsRoutes } from './modules/problems/problems-routes';
import { DashboardRoutes } from './modules/dashboard/dashboard-routes';
import { RoleHome } from './modules/home/role-home';
import { LedgerRoutes } from './modules/ledger/ledger-routes';
import { PairingsRoutes } from './modules/pairings/pairings-routes';
import { ReviewsRoutes } from './modules/reviews/reviews-routes';
import { TalksRoutes } from './modules/talks/talks-routes';
import { VisitsRoutes } from './modules/visits/visits-routes';
import { PasswordGate } from './modules/password/password-gate';
import { ChangePasswordPage } from './modules/password/change-password-form';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';

// Each section's module owns its routes (`modules/<section>/<section>-routes.tsx`), mounted at `/<path>/*`.
const SECTION_ROUTES: Record<SectionKey, () => ReactElement> = {
  dashboard: DashboardRoutes,
  pairings: PairingsRoutes,
  visits: VisitsRoutes,
  talks: TalksRoutes,
  actionItems: ActionItemsRoutes,
  forums: ForumsRoutes,
  problems: ProblemsRoutes,
  reviews: ReviewsRoutes,
  ledger: LedgerRoutes,
  audit: AuditRoutes,
  branches: BranchesRoutes,
  officers: OfficersRoutes,
  accounts: AccountsRoutes,
};

function sectionRoute(key: SectionKey) {
  const section = sectionByKey(key);
  const Page = SECTION_ROUTES[key];
  return (
    <Route
      key={key}
      path={`${section.path.slice(1)}/*`}
      element={
        <RequireAbility action={section.action} subject={section.subject}>
          <Page />
        </RequireAbility>
      }
    />
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/"
        element={
          <RequireAuth>
            <PasswordGate>
              <AppShell />
            </PasswordGate>
          </RequireAuth>
        }
      >
        <Route index element={<RoleHome />} />
        {(Object.keys(SECTION_ROUTES) as SectionKey[]).map(sectionRoute)}
        <Route path="password" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
