import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import { useAppAbility, useViewer } from '../auth';

// ECharts is large: loaded with the page that draws it.
const DashboardView = lazy(() => import('./dashboard-view').then((m) => ({ default: m.DashboardView })));

/** /dashboard: the committee's bureau figures, or a secretary's own branch. */
export function DashboardRoutes() {
  const ability = useAppAbility();
  const me = useViewer();
  const bureauWide = ability.can('read', { __typename: 'Dashboard', bureau: Number(me.bureau.id) });
  return (
    <section data-testid="page-dashboard">
      <Suspense fallback={<Skeleton active />}>
        <DashboardView bureauWide={bureauWide} />
      </Suspense>
    </section>
  );
}
