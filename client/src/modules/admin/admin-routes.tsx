import { BranchesPage } from './branches-page';
import { OfficersPage } from './officers-page';

/** /branches: one page, no sub-routes. */
export function BranchesRoutes() {
  return <BranchesPage />;
}

/** /officers: one page, no sub-routes. */
export function OfficersRoutes() {
  return <OfficersPage />;
}
