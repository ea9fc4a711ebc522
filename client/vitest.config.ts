import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build-tools/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // antd computes styles in jsdom, and pages arrive through React.lazy: a generous timeout avoids
    // flaky first renders on a cold cache and a busy machine.
    testTimeout: 30000,
  },
});
