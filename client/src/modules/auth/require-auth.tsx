import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from './session-provider';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';

export interface LoginRedirectState {
  /** Where the viewer was going, so login can take them back there. */
  from?: string;
}

/** Route guard: without a session the viewer goes to /login (the server enforces access anyway). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error, refreshSession } = useSession();
  const location = useLocation();

  if (me) return <>{children}</>;
  if (loading) return <FullPageSpinner />;
  if (error) return <LoadFailed onRetry={() => void refreshSession()} />;
  const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
  return <Navigate to="/login" replace state={state} />;
}
