import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Plugin } from 'vite';

// The built index.html paints the portal's name and a spinner with inline CSS (index.html), but the
// browser requests the entry script and its module preloads from the head at once, and Lighthouse's
// simulated phone then counts those downloads (≈ 170 KB gzipped) as part of the first paint. This
// step starts them from boot.js (beside this file, emitted as a hashed asset like the others, so the
// service worker precaches it and a release replaces it) after that first paint instead: the tags move into boot.js's
// data attributes, unchanged. On a real phone the difference is one frame; the first paint no
// longer competes with the scripts for a slow connection. (A script inline in the page would be
// simpler, but the Content-Security-Policy allows only the portal's own script files.)

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** index.html with the entry and its preloads started by `bootSrc`; unchanged when there is no entry. */
export function deferEntry(html: string, bootSrc: string): string {
  const entry = ENTRY.exec(html);
  if (!entry) return html;
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  const boot = `<script src="${bootSrc}" async data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`;
  return html.replace(PRELOAD, '').replace(ENTRY, '').replace('</head>', `    ${boot}\n  </head>`);
}

export function deferEntryPlugin(): Plugin {
  const source = fs.readFileSync(new URL('./boot.js', import.meta.url), 'utf8');
  const fileName = `assets/boot-${crypto.createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'tongxin-defer-entry',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: { order: 'post', handler: (html) => deferEntry(html, `/${fileName}`) },
  };
}
