import type { FetchSitesOptions } from './fetch-site-bytes';
import { fetchSiteBytes } from './fetch-site-bytes';
import { parseJsonText } from './parse-json-text';
import { validateSites, type SiteValidation } from './parse-sites';

export { MAX_SITES_BYTES, SITES_TIMEOUT_MS, type FetchSitesOptions } from './fetch-site-bytes';

/**
 * Fetches and checks a sites FeatureCollection from `url`, on the calling thread. Network and
 * file-level problems throw a GeoDataError naming the URL and its category; bad features come back
 * as problems beside the good sites. A URL the page does not allow is refused before any request goes out.
 */
export async function fetchSites(url: string, options: FetchSitesOptions = {}): Promise<SiteValidation> {
  const bytes = await fetchSiteBytes(url, options);
  return validateSites(parseJsonText(new TextDecoder('utf-8').decode(bytes), url), url);
}
