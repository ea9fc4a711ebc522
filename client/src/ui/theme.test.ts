import { describe, expect, it } from 'vitest';
import { theme } from 'antd';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { THEME_TOKENS } from './theme';

// Vitest runs from the client folder.
const lightCss = readFileSync(path.join(process.cwd(), 'src', 'ui', 'light.css'), 'utf8');

// The light components (light.css) repeat antd's tokens as CSS variables; a colour changed in the
// theme must change there too, or the login page and the shell would drift from the antd pages.
const cssVar = (name: string) => new RegExp(`--tx-${name}:\\s*([^;]+);`).exec(lightCss)?.[1].trim();
const norm = (value: string | number) => String(value).replace(/\s+/g, '').toLowerCase();

describe('light components’ tokens', () => {
  it('are the ones antd computes from the portal’s theme', () => {
    const token = theme.getDesignToken({ token: THEME_TOKENS });
    const pairs: [string, string | number][] = [
      ['primary', token.colorPrimary],
      ['primary-hover', token.colorPrimaryHover],
      ['primary-active', token.colorPrimaryActive],
      ['primary-bg', token.colorPrimaryBg],
      ['primary-border', token.colorPrimaryBorder],
      ['radius', `${token.borderRadius}px`],
      ['radius-lg', `${token.borderRadiusLG}px`],
      ['text-secondary', token.colorTextSecondary],
      ['link', token.colorLink],
      ['error', token.colorError],
      ['border', token.colorBorder],
      ['border-secondary', token.colorBorderSecondary],
      ['bg-layout', token.colorBgLayout],
    ];
    for (const [name, value] of pairs) expect([name, norm(cssVar(name) ?? '')]).toEqual([name, norm(value)]);
  });
});
