import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.ts';
import { vitestPageShim } from './scripts/vitest-page-shim-plugin.ts';

// Vitest runs two projects: `unit` in node for the pure modules (model, data, spatial, plan, i18n)
// and the geo/ files, `browser` in Debian's Chromium for the map, the components and the app.
// The browser is found, never downloaded: test tools' own browser downloads fail on these machines.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  // Leaflet's ES build: its default UMD file sets window.L, a global our pages do not need.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The app's pages: the full map, the iframe page for embedding, and the embed configurator.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        configurator: fileURLToPath(new URL('./configurator.html', import.meta.url)),
      },
    },
  },
  // Named up front so Vite does not discover them mid-run and reload a browser test.
  optimizeDeps: {
    include: [
      'leaflet',
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'lit/directives/repeat.js',
      'lit/directives/ref.js',
      'lit/directives/if-defined.js',
      'zod/mini',
      '@turf/turf',
      'gcoord',
      'qrcode',
      'axe-core',
    ],
  },
  test: {
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/{model,data,spatial,plan,search,state,i18n,geo}/**/*.test.ts',
            'test/embed/**/*.node.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [vitestPageShim()],
        test: {
          name: 'browser',
          // A second origin serving hostile bodies (test/hostile-server.ts).
          globalSetup: ['test/hostile-server.ts'],
          include: ['test/{map,components,app,embed}/**/*.test.ts'],
          exclude: ['test/embed/**/*.node.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: findChromium(),
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
