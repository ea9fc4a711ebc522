import { useEffect, useRef, type RefObject } from 'react';

/**
 * What a modal of the light components does with the keyboard: takes the focus (to `target`) when
 * it opens, calls `onClose` on Escape, and gives the focus back to what had it when it closes.
 */
export function useModalFocus(target: RefObject<HTMLElement | null>, onClose: () => void) {
  // The listener is added once; it calls whichever handler the last render passed.
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    target.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [target]);
}
