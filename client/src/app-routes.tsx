import { Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAbility, RequireAuth } from './modules/auth';
import { AppShell } from './modules/shell/app-shell';
import { sectionByKey, type SectionKey } from './modules/shell/sections';
import { RoleHome } from './modules/home/role-home';
import { PasswordGate } from './modules/password/password-gate';
import { FullPageSpinner } from './ui/full-page-spinner';
import { lazyNamed } from './ui/lazy-named';

// Every page loads on demand (the load budget in docs/benchmarks.md): the entry holds the providers,
// the guard and the shell; a section's code, and the forms and charts in it, arrive with its route.
const LoginPage = lazyNamed(() => import('./pages/login-page'), 'LoginPage');
const NotFoundPage = lazyNamed(() => import('./pages/not-found-page'), 'NotFoundPage');
const ChangePasswordPage = lazyNamed(() => import('./modules/password/change-password-form'), 'ChangePasswordPage');

// Each section's module owns its routes (`modules/<section>/<section>-routes.tsx`), mounted at `/<path>/*`.
const SECTION_ROUTES: Record<SectionKey, ComponentType> = {
  dashboard: lazyNamed(() => import('./modules/dashboard/dashboard-routes'), 'DashboardRoutes'),
  pairings: lazyNamed(() => import('./modules/pairings/pairings-routes'), 'PairingsRoutes'),
  visits: lazyNamed(() => import('./modules/visits/visits-routes'), 'VisitsRoutes'),
  talks: lazyNamed(() => import('./modules/talks/talks-routes'), 'TalksRoutes'),
  actionItems: lazyNamed(() => import('./modules/action-items/action-items-routes'), 'ActionItemsRoutes'),
  forums: lazyNamed(() => import('./modules/forums/forums-routes'), 'ForumsRoutes'),
  problems: lazyNamed(() => import('./modules/problems/problems-routes'), 'ProblemsRoutes'),
  reviews: lazyNamed(() => import('./modules/reviews/reviews-routes'), 'ReviewsRoutes'),
  ledger: lazyNamed(() => import('./modules/ledger/ledger-routes'), 'LedgerRoutes'),
  audit: lazyNamed(() => import('./modules/audit/audit-routes'), 'AuditRoutes'),
  branches: lazyNamed(() => import('./modules/admin/admin-routes'), 'BranchesRoutes'),
  officers: lazyNamed(() => import('./modules/admin/admin-routes'), 'OfficersRoutes'),
  accounts: lazyNamed(() => import('./modules/accounts/accounts-routes'), 'AccountsRoutes'),
  inbox: lazyNamed(() => import('./modules/reminders/reminders-routes'), 'InboxRoutes'),
  reminderSettings: lazyNamed(() => import('./modules/reminders/reminders-routes'), 'ReminderSettingsRoutes'),
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
      <Route
        path="/login"
        element={
          <Suspense fallback={<FullPageSpinner />}>
            <LoginPage />
          </Suspense>
        }
      />
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
