import { allowedDataOrigins, refuseDataUrl } from './data-origins';
import { fetchCappedBytes } from './fetch-capped-text';
import { GeoDataError } from './geo-data-error';

/**
 * A sites file larger than this is refused, its download aborted: 50 MB holds the 200,000 features
 * (MAX_SITE_FEATURES) of a whole city with room for their descriptions.
 */
export const MAX_SITES_BYTES = 50 * 1024 * 1024;
/**
 * `src-timeout`'s default (SRC_TIMEOUT_S in state/attributes.ts, which the element passes in), in ms.
 * Written out, not imported: this module loads lazily, and sharing a module with the element's entry
 * would split that into a chunk of its own (test/state/doors-wired.test.ts checks they agree).
 */
export const SITES_TIMEOUT_MS = 20_000;

export interface FetchSitesOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
  /** Origins data may come from; default the page's rule (data-origins.ts), `undefined` for none. */
  allowedOrigins?: readonly string[];
  fetch?: typeof fetch;
  /** Bytes read so far and the declared total, as the body arrives (fetchCappedBytes). */
  onProgress?: (read: number, total: number | undefined) => void;
}

/**
 * Fetches a sites file's bytes from `url`, unchecked (SitesSource checks them in a Worker). Network
 * problems throw a GeoDataError naming the URL and its category; a URL the page does not allow is
 * refused before any request goes out.
 */
export async function fetchSiteBytes(url: string, options: FetchSitesOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { signal, maxBytes = MAX_SITES_BYTES, timeoutMs = SITES_TIMEOUT_MS, fetch, onProgress } = options;
  const allowed = 'allowedOrigins' in options ? options.allowedOrigins : allowedDataOrigins();
  const refused = refuseDataUrl(url, allowed);
  if (refused) throw new GeoDataError({ file: url, category: 'not-allowed', problem: refused });
  return fetchCappedBytes(url, { signal, maxBytes, timeoutMs, fetch, onProgress });
}
