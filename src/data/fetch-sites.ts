import { allowedDataOrigins, refuseDataUrl } from './data-origins';
import { fetchCappedText } from './fetch-capped-text';
import { GeoDataError } from './geo-data-error';
import { parseJsonText } from './parse-json-text';
import { validateSites, type SiteValidation } from './parse-sites';

/** A sites file larger than this is refused, its download aborted: no district map needs more. */
export const MAX_SITES_BYTES = 5 * 1024 * 1024;
/** Long enough for a slow mobile link; short enough that a dead host ends in a message. */
export const SITES_TIMEOUT_MS = 20_000;
/** The bounds a `src-timeout` may ask for, in ms. */
export const SITES_TIMEOUT_RANGE = [1_000, 120_000] as const;

export interface FetchSitesOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
  /** Origins data may come from; default the page's rule (data-origins.ts), `undefined` for none. */
  allowedOrigins?: readonly string[];
  fetch?: typeof fetch;
}

/**
 * Reads a `src-timeout` attribute (seconds, as a person writes them: `30`, `7.5`): milliseconds within
 * SITES_TIMEOUT_RANGE, or the default for anything else.
 */
export function parseSrcTimeout(value: string | null | undefined): number {
  const seconds = Number(value?.trim() || NaN);
  if (!Number.isFinite(seconds)) return SITES_TIMEOUT_MS;
  const [min, max] = SITES_TIMEOUT_RANGE;
  return Math.round(Math.min(max, Math.max(min, seconds * 1000)));
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
