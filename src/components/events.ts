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
    'lz-error': CustomEvent<LzEventMap['lz-error']>;
    'lz-itinerary-change': CustomEvent<LzEventMap['lz-itinerary-change']>;
  }
}
