import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAbility, RequireAuth } from './modules/auth';
import { AppShell } from './modules/shell/app-shell';
import { sectionByKey, type SectionKey } from './modules/shell/sections';
import { ActionItemsPage } from './pages/action-items-page';
import { AuditPage } from './pages/audit-page';
import { DashboardPage } from './pages/dashboard-page';
import { HomePage } from './pages/home-page';
import { LedgerPage } from './pages/ledger-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { PairingsPage } from './pages/pairings-page';
import { ReviewsPage } from './pages/reviews-page';
import { TalksPage } from './pages/talks-page';
import { VisitsPage } from './pages/visits-page';

const SECTION_PAGES: Record<SectionKey, () => ReactElement> = {
  dashboard: DashboardPage,
  pairings: PairingsPage,
  visits: VisitsPage,
  talks: TalksPage,
  actionItems: ActionItemsPage,
  reviews: ReviewsPage,
  ledger: LedgerPage,
  audit: AuditPage,
};

function sectionRoute(key: SectionKey) {
  const section = sectionByKey(key);
  const Page = SECTION_PAGES[key];
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
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        {(Object.keys(SECTION_PAGES) as SectionKey[]).map(sectionRoute)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
