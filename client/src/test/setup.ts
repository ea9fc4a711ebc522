import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../i18n/i18n';

// jsdom has no matchMedia; antd's Grid and responsive observers need it. Report a desktop width
// unless a test narrows it through `setViewportWidth`.
let viewportWidth = 1280;
export function setViewportWidth(width: number) {
  viewportWidth = width;
}

function matches(query: string): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  return (!min || viewportWidth >= Number(min[1])) && (!max || viewportWidth <= Number(max[1]));
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// jsdom has no layout engine; components that measure themselves (ellipsis, menus) only need the API.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
  localStorage.clear();
});
