import 'i18next';
import type { zhCN } from './zh-cn';

// Typed keys: t('nav.pairings') is checked against the Chinese resource at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
