import type { ReactNode } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';
import { THEME } from '../ui/theme';

const ANTD_LOCALE = { 'zh-CN': zhCNLocale, en: enUSLocale } satisfies Record<Language, unknown>;

/** antd's theme and its own texts (pagination, date pickers, Empty) following the portal language. */
export function antdConfig(lang: Language) {
  return { locale: ANTD_LOCALE[lang], theme: THEME };
}

/**
 * antd's providers, loaded on demand through ui/antd-scope.tsx. Toasts and dialogs raised outside
 * any scope (the shell's outbox sender, the update prompt) go through ui/feedback.ts, which gives
 * antd's static methods the same theme and locale.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  // Subscribing through useTranslation re-renders this provider when the language changes.
  useTranslation();
  return (
    <ConfigProvider {...antdConfig(currentLanguage())}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
