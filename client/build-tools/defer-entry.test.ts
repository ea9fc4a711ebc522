import { describe, expect, it } from 'vitest';
import { deferEntry } from './defer-entry';

const BUILT = `<html>
  <head>
    <title>同心</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
    <link rel="modulepreload" crossorigin href="/assets/i18n-c.js">
    <link rel="stylesheet" crossorigin href="/assets/index-d.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('deferring the entry to boot.js', () => {
  it('moves the entry and its preloads into boot.js, keeping the stylesheet and everything else', () => {
    const html = deferEntry(BUILT, '/assets/boot-e.js');
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-d.css">');
    expect(html).toContain(
      '<script src="/assets/boot-e.js" async data-entry="/assets/index-a.js" data-preload="/assets/vendor-b.js /assets/i18n-c.js"></script>',
    );
    expect(html).toContain('<div id="root"></div>');
  });

  it('leaves a page without a built entry alone', () => {
    expect(deferEntry('<html><head></head></html>', '/assets/boot-e.js')).toBe('<html><head></head></html>');
  });
});
