import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { deferEntryPlugin } from './build-tools/defer-entry';
import { graphqlDocuments } from './build-tools/graphql-documents';

// The server serves the built portal and the API on one port in production, so the dev server
// forwards the API paths to it and the browser keeps talking to a single origin (the session
// cookie is same-origin only).
const api = 'http://localhost:4000';

/**
 * Paths a navigation must reach the server for, never the cached app shell: the API, the ledger's
 * file downloads (/ledger itself is the portal's export page), the roster import routes and the
 * health checks. Kept in step with the server's own SPA fallback in server/src/app.ts.
 */
const SERVER_ONLY_PATHS = [/^\/graphql/, /^\/ledger\//, /^\/admin\//, /^\/healthz/, /^\/readyz/];

export default defineConfig({
  plugins: [
    react(),
    // Each page bundles only its own GraphQL documents (build-tools/graphql-documents.ts).
    graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))),
    // The first paint of index.html before the scripts start (build-tools/defer-entry.ts).
    deferEntryPlugin(),
    VitePWA({
      // A new version waits until the person agrees to reload (the update prompt in
      // modules/pwa): a form half filled in is never swapped out from under them.
      registerType: 'prompt',
      // Registered from main.tsx through virtual:pwa-register, which also reports the update.
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // public/ (icons) is precached by globPatterns below; listing it again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: '同心 · 结对帮扶',
        short_name: '同心',
        description: '结对帮扶工作平台',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#b71c1c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell and every lazy chunk, so each page (the visit and talk forms above all)
        // opens with no connection after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: SERVER_ONLY_PATHS,
        // No runtime caching at all: API answers are one account's data and the service worker's
        // caches are shared by everyone using this browser. Offline data lives in per-account
        // storage that logout clears (modules/auth/clear-account-data.ts).
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the bundle budget (`npm run bench:bundle`) walks it per route.
    manifest: true,
    // antd and echarts are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page runs and few releases change, in one long-cached file; antd and the
            // pages split by use (a component lands in the chunk of the pages that render it).
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|urql|@urql[\\/]core|@0no-co[\\/]graphql\.web|wonka|i18next|react-i18next|@casl[\\/]ability|@casl[\\/]react)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      // Only the download URLs (/ledger/<file>); /ledger itself is the portal's export page.
      '^/ledger/.+': { target: api, changeOrigin: false },
    },
  },
});
