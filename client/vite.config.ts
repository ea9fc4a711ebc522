import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the built portal and the API on one port in production, so the dev server
// forwards the API paths to it and the browser keeps talking to a single origin (the session
// cookie is same-origin only).
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and echarts are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 2000,
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
