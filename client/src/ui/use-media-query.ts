import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, following changes (a phone turned sideways). Read during the
 * first render, so a phone never renders the desktop layout first and then shifts.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => window.matchMedia(query).matches,
  );
}

/** antd's `md` breakpoint: below it the side menu becomes a drawer. */
export const DESKTOP_QUERY = '(min-width: 768px)';
