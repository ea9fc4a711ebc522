import { Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from './full-page-spinner';
import { lazyNamed } from './lazy-named';

// antd's ConfigProvider (theme, locale) and App (message, modal, notification) with the style
// engine behind them: loaded with the first part of a page that renders antd components, not with
// the login page, the shell or the mentor's home, which are built from ui/light-ui.tsx.
const LocaleProvider = lazyNamed(() => import('../i18n/locale-provider'), 'LocaleProvider');

/**
 * Renders `children` inside antd's providers, once they have loaded. Every lazily loaded part that
 * uses antd sits below one: the shell puts one around every page but the home, and the homes put
 * one around their antd parts. Nested scopes are harmless (the inner one repeats the theme).
 */
export function AntdScope({ children, fallback = <FullPageSpinner /> }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <LocaleProvider>{children}</LocaleProvider>
    </Suspense>
  );
}
