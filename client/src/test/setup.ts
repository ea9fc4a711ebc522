import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '../i18n/i18n';

// Pages load on demand (React.lazy). In a browser that is a download; here it would be Vite
// transforming the module inside the first findBy* of a test, which on a busy machine outlasts its
// timeout. Loading them before the tests leaves React.lazy a module that is already there.
const lazyModules = import.meta.glob([
  '../pages/*.tsx',
  '../modules/*/*-routes.tsx',
  '../modules/home/*-home.tsx',
  '../modules/audit/audit-log.tsx',
  '../modules/password/change-password-form.tsx',
  '../modules/password/forced-password-page.tsx',
  '../i18n/locale-provider.tsx',
  '../ui/feedback-antd.tsx',
  '../modules/action-items/edit-action-item.tsx',
  '!../**/*.test.tsx',
]);
await Promise.all(Object.values(lazyModules).map((load) => load()));
// React.lazy still resolves a tick later, and the page then renders its antd styles: the 5 s the
// slower suites used (logout, outbox), doubled for a busy machine, for every first findBy*.
configure({ asyncUtilTimeout: 10_000 });

// antd reports deprecated props and misuse through console.error/warn in development builds (the
// production bundle drops them, so no e2e can see them). Any such report fails the test that caused it.
const antdWarnings: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('[antd:')) antdWarnings.push(text);
    original(...args);
  };
}
// Registered before the cleanup hook: hooks run as a stack, so the check comes after cleanup.
afterEach(() => {
  const found = antdWarnings.splice(0);
  if (found.length) throw new Error(`antd warned:\n${[...new Set(found)].join('\n')}`);
});

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
