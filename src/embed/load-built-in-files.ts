/**
 * The lite build's six geo/ files, fetched from the folder `dataBase` names. Never throws: a file that
 * cannot be had (a bad `?geo=`, no answer within 20 s, more than 10 MB, an HTML page, an HTTP error)
 * becomes a JSON value whose `type` says so, which the element's own check rejects with an lz-error
 * naming the file, as for any bad built-in file. The element is defined either way.
 */
import { fetchCappedText } from '../data/fetch-capped-text';
import type { LayoutFiles } from '../data/parse-layout';
import { dataBase } from './data-base';

export const BUILT_IN_NAMES: ReadonlyArray<keyof LayoutFiles> = [
  'boundary.geojson',
  'context.geojson',
  'core.geojson',
  'axis.geojson',
  'zones.geojson',
  'sites.geojson',
];

/** Long enough for a slow mobile link; short enough that a dead host ends in a message. */
export const BUILT_IN_TIMEOUT_MS = 20_000;
/** The largest geo/ file is under 60 kB; a file two hundred times that is not ours. */
export const BUILT_IN_MAX_BYTES = 10 * 1024 * 1024;

const failed = (what: string) => JSON.stringify({ type: `could not be fetched from ${what}` });

export async function loadBuiltInFiles(
  scriptUrl: string,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<LayoutFiles> {
  let base: URL;
  try {
    base = dataBase(scriptUrl);
  } catch (err) {
    const text = failed(`the geo folder (${(err as Error).message})`);
    return Object.fromEntries(BUILT_IN_NAMES.map((name) => [name, text])) as unknown as LayoutFiles;
  }
  const texts = await Promise.all(
    BUILT_IN_NAMES.map(async (name) => {
      const url = new URL(name, base).href;
      try {
        const text = await fetchCappedText(url, {
          maxBytes: BUILT_IN_MAX_BYTES,
          timeoutMs: options.timeoutMs ?? BUILT_IN_TIMEOUT_MS,
          fetch: options.fetch,
        });
        // Servers that answer a wrong path with their home page (status 200) are common: name the URL.
        return /^\s*</.test(text) ? failed(`${url} (got an HTML page, not GeoJSON)`) : text;
      } catch (err) {
        return failed(`${url} (${(err as Error).message.replace(`${url}: `, '')})`);
      }
    }),
  );
  return Object.fromEntries(BUILT_IN_NAMES.map((name, i) => [name, texts[i]])) as unknown as LayoutFiles;
}
