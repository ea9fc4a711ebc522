import { useCallback, useState } from 'react';

/**
 * Cursor pages of a list: one query per page (each a component of its own), the last one offering
 * "load more". Changing the filter (its key) starts again from the first page.
 */
export function useCursors(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] });
  const cursors = state.key === filterKey ? state.cursors : [null];
  const more = useCallback(
    (cursor: string) =>
      setState((s) => ({ key: filterKey, cursors: [...(s.key === filterKey ? s.cursors : [null]), cursor] })),
    [filterKey],
  );
  return { cursors, more };
}
