import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.ts';
import { firstPaint } from './scripts/first-paint-plugin.ts';
import { serveBuiltRaw } from './scripts/serve-built-raw-plugin.ts';
import { vitestPageShim } from './scripts/vitest-page-shim-plugin.ts';
import { publishedFolderCommands } from './test/embed/published-folder.ts';
import { tileFixtureCommands } from './test/map/tile-fixture.ts';

const libDir = fileURLToPath(new URL('./dist-lib', import.meta.url));

/**
 * One folder to publish: the widget's files (dist-lib/, from `npm run build:lib`, which `npm run build`
 * runs first) are copied next to embed.html and configurator.html. The configurator's snippets point
 * at the folder it is served from, so both snippets work from wherever a bureau puts this folder.
 */
function widgetBesidePages(): Plugin {
  return {
    name: 'liangzhou-widget-beside-pages',
    apply: 'build',
    closeBundle() {
      if (!existsSync(`${libDir}/liangzhou-map.js`))
        throw new Error('dist-lib/ is not built: run `npm run build` (it runs build:lib first)');
      cpSync(libDir, fileURLToPath(new URL('./dist', import.meta.url)), { recursive: true });
    },
  };
}

// Vitest runs three projects: `unit` in node for the pure modules (model, data, spatial, plan, i18n)
// and the geo/ files, `browser` in Debian's Chromium for the map, the components and the app, and
// `firefox`, a smoke suite of the built pages in Debian's firefox-esr.
// The browser is found, never downloaded: test tools' own browser downloads fail on these machines.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  // Leaflet's ES build: its default UMD file sets window.L, a global our pages do not need.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  preview: { host: '127.0.0.1', port: 4173 },
  // Relative URLs in the built pages, so dist/ works in any sub-folder (https://bureau.example/map/).
  base: './',
  plugins: [widgetBesidePages(), firstPaint()],
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
      '@turf/area',
      '@turf/distance',
      '@turf/kinks',
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
          setupFiles: ['test/setup-fast-check.ts'],
          include: [
            'test/{model,data,spatial,plan,search,state,i18n,geo,lint}/**/*.test.ts',
            'test/embed/**/*.node.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [vitestPageShim(), serveBuiltRaw(libDir)],
        test: {
          name: 'browser',
          // A second origin serving hostile bodies (test/hostile-server.ts).
          globalSetup: ['test/hostile-server.ts'],
          include: ['test/{map,components,app,embed}/**/*.test.ts'],
          exclude: ['test/embed/**/*.node.test.ts'],
          // Leaflet's animations off, as in Leaflet's own tests: see the file.
          setupFiles: ['test/setup-browser.ts'],
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
            // Serve dist/ under a sub-folder and open it, and a host page on a second origin, in new tabs.
            // and answer the base-map providers' tile requests locally (test/map/tile-fixture.ts).
            commands: { ...publishedFolderCommands, ...tileFixtureCommands },
          },
        },
      },
      {
        // A second browser: Debian's firefox-esr driven from node by puppeteer-core over WebDriver BiDi
        // (test/firefox/), loading the built pages as a visitor would. Generous limits: it builds the app
        // and starts Firefox on a shared machine, and every wait inside has its own bound.
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['test/firefox/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
