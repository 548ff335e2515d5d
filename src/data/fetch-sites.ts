import { allowedDataOrigins, refuseDataUrl } from './data-origins';
import { fetchCappedText } from './fetch-capped-text';
import { GeoDataError } from './geo-data-error';
import { parseJsonText } from './parse-json-text';
import { validateSites, type SiteValidation } from './parse-sites';

/** A sites file larger than this is refused, its download aborted: no district map needs more. */
export const MAX_SITES_BYTES = 5 * 1024 * 1024;
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
}

/**
 * Fetches and checks a sites FeatureCollection from `url`. Network and file-level problems throw a
 * GeoDataError naming the URL and its category; bad features come back as problems beside the good
 * sites. A URL the page does not allow is refused before any request goes out.
 */
export async function fetchSites(url: string, options: FetchSitesOptions = {}): Promise<SiteValidation> {
  const { signal, maxBytes = MAX_SITES_BYTES, timeoutMs = SITES_TIMEOUT_MS, fetch } = options;
  const allowed = 'allowedOrigins' in options ? options.allowedOrigins : allowedDataOrigins();
  const refused = refuseDataUrl(url, allowed);
  if (refused) throw new GeoDataError({ file: url, category: 'not-allowed', problem: refused });
  const text = await fetchCappedText(url, { signal, maxBytes, timeoutMs, fetch });
  return validateSites(parseJsonText(text, url), url);
}
