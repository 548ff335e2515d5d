/**
 * Every event the elements dispatch, with its `detail`. All bubble and are composed, so a page
 * hears them on `<liangzhou-map>` although they start inside its shadow root. Details carry ids
 * and plain data, never Leaflet objects.
 */
export interface LzEventMap {
  /** The layers are on screen. */
  'lz-ready': { sites: number };
  /** A visitor chose a site (marker, list or API). */
  'lz-site-select': { id: string };
  /** A layer was shown or hidden. */
  'lz-layer-toggle': { id: string; visible: boolean };
  /** The visitor moved or zoomed the map. center is [lat, lng]; bounds [west, south, east, north]. */
  'lz-view-change': { center: [number, number]; zoom: number; bounds: [number, number, number, number] };
  /** The visitor switched the interface language. */
  'lz-lang-change': { lang: 'zh-CN' | 'en' };
  /** A list item is under the pointer or has focus (`id`), or no longer (`null`): highlight it on the map. */
  'lz-site-hover': { id: string | null };
  /**
   * The visitor changed the site list's search or filters. `ids` are the sites listed as a result,
   * best match first; `null` filters mean "any".
   */
  'lz-filter-change': {
    query: string;
    zone: string | null;
    category: string | null;
    theme: string | null;
    inView: boolean;
    ids: string[];
  };
  /** Data given to the element was rejected in whole or in part. */
  'lz-error': { message: string; file: string; feature?: string; field?: string };
  /** The visitor changed the trip; the owner sets `itinerary` to it (the trip panel is controlled). */
  'lz-itinerary-change': { days: Array<{ name: string; siteIds: string[] }> };
}

export type LzEventName = keyof LzEventMap;

export function emit<K extends LzEventName>(target: EventTarget, type: K, detail: LzEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'lz-ready': CustomEvent<LzEventMap['lz-ready']>;
    'lz-site-select': CustomEvent<LzEventMap['lz-site-select']>;
    'lz-layer-toggle': CustomEvent<LzEventMap['lz-layer-toggle']>;
    'lz-view-change': CustomEvent<LzEventMap['lz-view-change']>;
    'lz-lang-change': CustomEvent<LzEventMap['lz-lang-change']>;
    'lz-site-hover': CustomEvent<LzEventMap['lz-site-hover']>;
    'lz-filter-change': CustomEvent<LzEventMap['lz-filter-change']>;
    'lz-error': CustomEvent<LzEventMap['lz-error']>;
    'lz-itinerary-change': CustomEvent<LzEventMap['lz-itinerary-change']>;
  }
}
