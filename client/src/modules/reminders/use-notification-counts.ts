import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useQuery } from 'urql';
import { useAppAbility } from '../auth';
import { NotificationCountsQuery } from './notification-counts-document';

/**
 * How often the bell asks. Polling rather than a graphql-ws subscription: what is due changes with
 * the clock as much as with records (a contact becomes overdue at midnight with no event to push),
 * the server would need a socket endpoint, session handling and a cross-instance publisher for it,
 * and a count a minute old is fresh enough for reminders measured in days.
 */
export const POLL_MS = 60_000;

/**
 * The viewer's inbox counts, asked for again every POLL_MS while the page is visible, and on every
 * page change: the viewer has just done something (logged the contact) that may have cleared one.
 */
export function useNotificationCounts() {
  const ability = useAppAbility();
  const { pathname } = useLocation();
  const pause = !ability.can('read', 'Notification');
  const [result, refetch] = useQuery({ query: NotificationCountsQuery, pause, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (pause) return undefined;
    const tick = () => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    };
    const timer = window.setInterval(tick, POLL_MS);
    // Back on the tab after a while: ask at once rather than at the next tick.
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [pause, refetch]);
  useEffect(() => {
    if (!pause) refetch({ requestPolicy: 'network-only' });
  }, [pathname, pause, refetch]);
  return { counts: result.data?.notificationCounts ?? null, refetch, hidden: pause };
}
