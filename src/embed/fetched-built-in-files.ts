/**
 * Stand-in for `src/data/built-in-files.ts` in the lite build (vite.lib.config.ts swaps it in):
 * the same export, filled by fetching the six geo/ files from next to the script instead of
 * bundling them. Top-level await holds the element's module, and so its registration, until the
 * files are here; `<liangzhou-map>` tags already in the page upgrade then.
 *
 * A file that cannot be fetched becomes a JSON value whose `type` says so: the element's own
 * check then rejects it and fires `lz-error` naming the URL, as it does for any bad built-in file.
 */
import type { LayoutFiles } from '../data/parse-layout';
import { dataBase } from './data-base';

const NAMES: ReadonlyArray<keyof LayoutFiles> = [
  'boundary.geojson',
  'context.geojson',
  'core.geojson',
  'axis.geojson',
  'zones.geojson',
  'sites.geojson',
];

/** Long enough for a slow mobile link; short enough that a dead host ends in a message. */
const TIMEOUT_MS = 20_000;

async function fetchText(url: URL): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'same-origin' });
    // Servers that answer a wrong path with their home page (status 200) are common: name the URL.
    if (response.ok && /html/i.test(response.headers.get('content-type') ?? '')) {
      return JSON.stringify({ type: `could not be fetched from ${url.href} (got an HTML page, not GeoJSON)` });
    }
    if (response.ok) return await response.text();
    return JSON.stringify({ type: `could not be fetched from ${url.href} (HTTP ${response.status})` });
  } catch (err) {
    return JSON.stringify({ type: `could not be fetched from ${url.href} (${(err as Error).message})` });
  }
}

// A variable, not `import.meta.url` inside `new URL(…)`: Vite would take that pattern for an asset to bundle.
const scriptUrl = import.meta.url;
const base = dataBase(scriptUrl);
const texts = await Promise.all(NAMES.map((name) => fetchText(new URL(name, base))));

export const builtInFiles = Object.fromEntries(NAMES.map((name, i) => [name, texts[i]])) as unknown as LayoutFiles;
