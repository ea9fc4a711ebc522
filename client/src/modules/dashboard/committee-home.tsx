import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';

// ECharts is large: only the committee's home (and the dashboard page) loads it.
const DashboardView = lazy(() => import('./dashboard-view').then((m) => ({ default: m.DashboardView })));

/** The committee's home: the bureau's live figures, drilling down into any branch. */
export function CommitteeHome() {
  return (
    <section data-testid="committee-home">
      <Suspense fallback={<Skeleton active />}>
        <DashboardView bureauWide />
      </Suspense>
    </section>
  );
}
