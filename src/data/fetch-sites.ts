import { GeoDataError } from './geo-data-error';
import { parseJsonText } from './parse-json-text';
import { validateSites, type SiteValidation } from './parse-sites';

/** A sites file larger than this is refused before parsing: no district map needs more. */
export const MAX_SITES_BYTES = 5 * 1024 * 1024;

/**
 * Fetches and checks a sites FeatureCollection from `url`. Network and file-level problems throw a
 * GeoDataError naming the URL; bad features come back as problems beside the good sites.
 */
export async function fetchSites(
  url: string,
  options: { signal?: AbortSignal; maxBytes?: number } = {},
): Promise<SiteValidation> {
  const { signal, maxBytes = MAX_SITES_BYTES } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new GeoDataError({ file: url, problem: `could not be fetched (${(err as Error).message})` });
  }
  if (!response.ok) throw new GeoDataError({ file: url, problem: `could not be fetched (HTTP ${response.status})` });
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes)
    throw new GeoDataError({ file: url, problem: `is far too large (${declared} bytes; at most ${maxBytes})` });
  const text = await response.text();
  if (text.length > maxBytes)
    throw new GeoDataError({ file: url, problem: `is far too large (${text.length} characters; at most ${maxBytes})` });
  return validateSites(parseJsonText(text, url), url);
}
