/**
 * Only the full page registers a service worker: a bureau's page decides whether its origin has one.
 * Reads the built files (npm test builds dist-lib/ and dist/ before the tests run): the widget files,
 * and the entry scripts of embed.html and the configurator, never mention `serviceWorker`; index.html's
 * entry registers sw.js; vite-plugin-pwa injected no manifest link or register script into the pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first (npm test does)`);
  return readFileSync(file, 'utf8');
};
/** The entry script a built page loads. */
const entryOf = (page: string) => {
  const src = /<script type="module"[^>]* src="\.\/([^"]+)"/.exec(read(`dist/${page}`))?.[1];
  expect(src, `${page} has an entry script`).toBeTruthy();
  return read(`dist/${src}`);
};

describe('service worker only on the full page', () => {
  it('the widget files (dist-lib/) never touch navigator.serviceWorker', () => {
    const files = readdirSync(join(root, 'dist-lib')).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(
      expect.arrayContaining([
        'liangzhou-map.es.js',
        'liangzhou-map.js',
        'liangzhou-map.lite.js',
        'liangzhou-frame.js',
      ]),
    );
    for (const f of files) expect(read(`dist-lib/${f}`), f).not.toMatch(/serviceWorker|sw\.js/);
  });

  it('embed.html and the configurator neither register one nor link the manifest', () => {
    for (const page of ['embed.html', 'configurator.html']) {
      expect(read(`dist/${page}`), page).not.toMatch(/serviceWorker|manifest\.webmanifest|registerSW/);
      expect(entryOf(page), page).not.toMatch(/serviceWorker/);
    }
  });

  it('index.html links the manifest and its entry registers sw.js', () => {
    expect(read('dist/index.html')).toContain('rel="manifest" href="./manifest.webmanifest"');
    expect(read('dist/index.html')).not.toMatch(/registerSW/);
    expect(entryOf('index.html')).toMatch(/serviceWorker[\s\S]{0,200}register\(["'`]\.\/sw\.js/);
    expect(read('dist/sw.js')).toContain('lz-map-tiles');
    const manifest = JSON.parse(read('dist/manifest.webmanifest'));
    for (const icon of manifest.icons) expect(existsSync(join(root, 'dist', icon.src)), icon.src).toBe(true);
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
  });
});
