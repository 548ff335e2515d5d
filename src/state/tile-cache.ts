/**
 * The full page's run-time tile cache, shared by the service worker (vite.config.ts) and the count the
 * Layers tab shows (components/lz-tile-cache.ts). Tiles are cached as the visitor looks at them, never
 * fetched ahead: OpenStreetMap's and the Chinese providers' terms forbid bulk downloading.
 */

/** The Cache Storage name the service worker keeps tiles in. */
export const TILE_CACHE = 'lz-map-tiles';

/**
 * The LRU's bounds (Workbox ExpirationPlugin). 400 tiles of 256 px are roughly 4-12 MB of PNG: a day
 * around the old city at zooms 12-17; the oldest used go first, and all go after 30 days.
 */
export const TILE_CACHE_MAX_ENTRIES = 400;
export const TILE_CACHE_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * A tile request, by the shape of its URL (any host: a bureau may name its own `tiles` template):
 * - `…/{z}/{x}/{y}.png|jpg|jpeg|webp` (OpenStreetMap, XYZ templates; `@2x` allowed);
 * - a query with `x`, `y` and `z` or `l` (高德 `appmaptile`, 天地图 `DataServer`);
 * - a WMTS GetTile query with `TILEROW` and `TILECOL` (天地图 `wmts`).
 * Anchored at the scheme: Workbox only routes a cross-origin request on a match that starts the URL.
 */
export const TILE_URL_PATTERN =
  /^https?:\/\/(?:[^?#]*\/\d{1,2}\/\d+\/\d+(?:@\dx)?\.(?:png|jpe?g|webp)(?:[?#]|$)|[^?#]*\?(?=(?:[^#]*&)?x=\d+(?:[&#]|$))(?=(?:[^#]*&)?y=\d+(?:[&#]|$))(?=(?:[^#]*&)?[zl]=\d+(?:[&#]|$))|[^?#]*\?(?=[^#]*\bTILEROW=\d+)(?=[^#]*\bTILECOL=\d+))/i;

/** Whether `url` is a map tile the service worker caches. */
export function isTileUrl(url: string): boolean {
  return TILE_URL_PATTERN.test(url);
}
