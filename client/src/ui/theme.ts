/**
 * The portal's design tokens, in one place for antd's ConfigProvider (i18n/locale-provider.tsx) and for
 * the light components of the first load (ui/light.css repeats them as CSS variables; theme.test.ts
 * keeps the two in step). Importing this file costs no antd code.
 *
 * antd's default secondary grey (#8c8c8c), link blue (#1677ff) and error red (#ff4d4f) read at 3.3–4.1:1
 * on white, under WCAG AA's 4.5:1 for body text (Lighthouse's contrast audit): darker shades of the
 * same hues, read on a phone outdoors.
 */
export const THEME_TOKENS = {
  colorPrimary: '#b71c1c',
  borderRadius: 6,
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorLink: '#0958d9',
  colorError: '#cf1322',
} as const;

export const THEME = { token: THEME_TOKENS };
