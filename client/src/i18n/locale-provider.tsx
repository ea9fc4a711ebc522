import type { ReactNode } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';

const ANTD_LOCALE = { 'zh-CN': zhCNLocale, en: enUSLocale } satisfies Record<Language, unknown>;

/** antd's own texts (pagination, date pickers, Empty) follow the portal language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  // Subscribing through useTranslation re-renders this provider when the language changes.
  useTranslation();
  const lang = currentLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALE[lang]} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
