import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bootPlugin } from './build/boot-plugin';
import { graphqlDocumentsPlugin } from './graphql-documents-plugin';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.PORTAL_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: portalRoot,
  base: '/',
  cacheDir: `${workspaceRoot}node_modules/.vite/portal`,
  plugins: [graphqlDocumentsPlugin(`${portalRoot}src/gql/`), react(), bootPlugin()],
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
        // Only React itself has a group of its own: every page needs it and it changes least often, so it stays
        // cached across releases. Everything else (Mantine, Apollo, i18next, react-router…) goes where
        // the pages that use it go: a group of a whole library would put all of it into the first download.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 }],
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
