/**
 * Where the one-tag script (`liangzhou-map.js`, a tiny classic loader) finds the widget: the ES module
 * entry in the same folder, with the script's own query string, so `liangzhou-map.js?geo=…` names the
 * data folder as `liangzhou-map.lite.js?geo=…` does (data-base.ts reads it from the module's URL).
 * Resolved from the script's own URL, never the page's: a bureau's CMS page at /news/2026/ that loads
 * https://bureau.example/map/liangzhou-map.js gets its chunks and geo files from /map/.
 */
export const MODULE_FILE = 'liangzhou-map.lite.js';

export function moduleBeside(scriptSrc: string): string {
  const script = new URL(scriptSrc);
  const module = new URL(MODULE_FILE, script);
  module.search = script.search;
  return module.href;
}
