/**
 * The one-tag entry (`liangzhou-map.js`): a classic script of a few hundred bytes that loads the widget's
 * ES module entry from beside itself (module-beside.ts). A classic IIFE holds one file and cannot split,
 * so it used to carry everything (157 kB gzip before the map showed: panels, trip planner, data checker);
 * the module graph loads the map first and the rest as chunks on first use, from the same folder.
 *
 * `import()` from a classic script works in every evergreen browser and obeys the page's `script-src`
 * ('self' allows it: same folder, no eval, no blob:). Like any module, the entry is fetched in CORS mode:
 * a script served from another origin needs `Access-Control-Allow-Origin` on its folder (README).
 * `document.currentScript` is read synchronously here, the one moment it names this script.
 * Exports nothing, so the IIFE Vite wraps it in assigns no global.
 */
import { moduleBeside } from './module-beside';

const script = document.currentScript;
if (!(script instanceof HTMLScriptElement) || !script.src) {
  console.error(
    'liangzhou-map.js: load it with <script src="…/liangzhou-map.js">, a classic script, so it can find its files beside itself',
  );
} else {
  const url = moduleBeside(script.src);
  import(/* @vite-ignore */ url).catch((err: unknown) =>
    console.error(`liangzhou-map.js: could not load ${url}: ${(err as Error)?.message ?? String(err)}`),
  );
}
