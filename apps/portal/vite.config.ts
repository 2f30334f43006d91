import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.PORTAL_API_URL ?? 'http://localhost:3000';
/** recharts (under @mantine/charts) and the packages only it uses: loaded with the dashboard, not with every page. */
const CHART_PACKAGES =
  /node_modules[\/](recharts|@mantine[\/]charts|@reduxjs|react-redux|redux|redux-thunk|reselect|immer|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|internmap)[\/]/;

export default defineConfig({
  root: portalRoot,
  base: '/',
  cacheDir: `${workspaceRoot}node_modules/.vite/portal`,
  plugins: [react()],
  resolve: {
    alias: {
      '@shuraka/domain': `${workspaceRoot}libs/domain/src/index.ts`,
      '@shuraka/xlsform': `${workspaceRoot}libs/xlsform/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
      // Calendar feeds (the portal's own /calendar page is not proxied).
      '^/calendar/[^/]+\\.ics$': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/portal`,
    emptyOutDir: true,
    // Maps are written for operators reading a stack trace; no sourceMappingURL points browsers at them, and the
    // API refuses to serve *.map.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Libraries change less often than the portal: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            // @mantine/dates and dayjs stay out of the groups: they load with the lazy forms that have a date field.
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!dates|charts)|@floating-ui|react-remove-scroll|react-transition-group|@tabler)/, priority: 20 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)/, priority: 20 },
            { name: 'vendor', test: (id) => /node_modules[\/](?!dayjs[\/]|@mantine[\/]dates[\/])/.test(id) && !CHART_PACKAGES.test(id), priority: 10 },
            // Last, so the groups above keep what they share with it (react, react-is…): the dashboard is their one user.
            { name: 'charts', test: CHART_PACKAGES, priority: 5 },
          ],
        },
      },
    },
  },
  test: {
    root: portalRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    env: { TZ: 'UTC' },
    css: false,
    // Form tests type into jsdom character by character: seconds on a busy 2-core CI machine.
    testTimeout: 20_000,
  },
});
