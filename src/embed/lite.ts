/**
 * The lite build's entry (`liangzhou-map.lite.js`, which the one-tag script loads): the widget's entry
 * (index.ts), plus where its geo files are. The build puts everything this imports into one chunk beside
 * it, so `import.meta.url` is read here, in the file the page (or the one-tag loader) named with its
 * `?geo=` query, and handed to the fetcher (fetched-built-in-files.ts).
 *
 * Unlike index.ts it does not export `LzSiteCard`: an export is a static import, and the card is a chunk
 * the first popup fetches (popup-controller.ts), out of what loads before the map shows (issue 13). It is
 * still registered as `<lz-site-card>` for a page that uses it alone: fetched here, beside the map's code,
 * without holding the map up. `customElements.get('lz-site-card')` is its class.
 */
import { fetchBuiltInFilesFor } from './fetched-built-in-files';

export { LiangzhouMap } from '../components/liangzhou-map';
export { bindUrlState } from './bind-url-state';
export { bindTripUrl } from './bind-trip-url';

fetchBuiltInFilesFor(import.meta.url);
// A failure is the popup's to report (with its own retry): not an unhandled rejection here as well.
import('../components/lz-site-card').catch(() => undefined);
