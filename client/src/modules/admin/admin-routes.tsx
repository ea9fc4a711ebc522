import { Route, Routes } from 'react-router-dom';
import { RosterImportPage } from '../roster/roster-import-page';
import { BranchesPage } from './branches-page';
import { OfficersPage } from './officers-page';

/** /branches: one page, no sub-routes. */
export function BranchesRoutes() {
  return <BranchesPage />;
}

/** /officers, and /officers/import: the roster file (the roster module's HTTP route). */
export function OfficersRoutes() {
  return (
    <Routes>
      <Route index element={<OfficersPage />} />
      <Route path="import" element={<RosterImportPage />} />
    </Routes>
  );
}
