import type { Itinerary, LonLat, TripDay, TripSettings } from '../model/itinerary';
import type { TripDayEdit } from './trip-events';
import type { Lang } from '../model/types';
import type { GeoDataCategory } from '../data/geo-data-error';

/**
 * Every event the elements dispatch, declared once with its `detail`, as Shoelace declares its
 * `sl-*` events. Details carry ids and plain data, never Leaflet objects.
 *
 * Two kinds, never sharing a name:
 * - PUBLIC events leave `<liangzhou-map>`: they bubble and are composed, so a page hears them on the
 *   element, and the iframe bridge forwards each (`BRIDGED_EVENTS` is PUBLIC_EVENTS).
 * - internal events travel from an inner element to its owner inside one shadow root: they bubble
 *   but are not composed (ECL's `composed: false`), so none reaches the page and the owner need not
 *   stop them.
 */
/** A trip as events carry it: `{days: [{name, siteIds}]}` (the model's Itinerary). */
export type TripDays = { days: Array<{ name: string; siteIds: string[] }> };

export interface LzPublicEventMap {
  /** The layers are on screen. */
  'lz-ready': { sites: number };
  /** A site's popup opened (marker, list or API). */
  'lz-site-select': { id: string };
  /** A layer was shown or hidden. */
  'lz-layer-toggle': { id: string; visible: boolean };
  /** The visitor moved or zoomed the map. center is [lat, lng]; bounds [west, south, east, north]. */
  'lz-view-change': { center: [number, number]; zoom: number; bounds: [number, number, number, number] };
  /** The visitor changed the trip; `itinerary` already holds it. `settings` once the visitor changed them. */
  'lz-itinerary-change': TripDays & {
    settings?: { mode: 'car' | 'bus' | 'walk'; dayStartMin: number; dayEndMin: number; startDate?: string };
  };
  /** The visitor switched the interface language. */
  'lz-lang-change': { lang: Lang };
  /**
   * Data given to the element was rejected in whole or in part. `category` is a fixed word (the kind of
   * failure); `message` may quote the file, `category` never does.
   */
  'lz-error': { message: string; category: GeoDataCategory; file: string; feature?: string; field?: string };
  /** An area's card opened: the core, a zone or the axis (a click on the map, the Analysis tab or `selectArea`). */
  'lz-area-select': { id: string };
}

export interface LzInternalEventMap {
  /**
   * lz-site-list, and lz-trip-day -> lz-trip-panel (a stop's name): the visitor chose a site; the owner
   * opens it and sets `selected`.
   */
  'lz-list-select': { id: string };
  /** lz-site-list: a list item is under the pointer or has focus (`id`), or no longer (`null`). */
  'lz-site-hover': { id: string | null };
  /** lz-site-list: the search text changed; the map shows the same sites as the list. */
  'lz-query-change': { query: string };
  /**
   * lz-site-list, lz-layer-panel: the visitor asked for a new site filter in one action ("only this
   * theme", "only this zone", "show all", a select). `layers` is the whole new `layers` value; `fit`
   * an area to fit the map to.
   */
  'lz-filter-request': { layers: string; fit?: string };
  /** lz-layer-panel: a layer should be shown or hidden; the owner sets `visible` anew (or not). */
  'lz-layer-request': { id: string; visible: boolean };
  /** lz-panel: the visitor chose a tab or opened or closed the panel. */
  'lz-panel-change': { active: string; open: boolean };
  /** lz-site-card: the close button was pressed. */
  'lz-card-close': Record<string, never>;
  /** lz-site-card: the add-to / remove-from trip button was pressed. */
  'lz-card-trip': Record<string, never>;
  /** lz-trip-panel: the visitor edited the trip; the owner sets `itinerary` to it (the panel is controlled). */
  'lz-trip-edit': { itinerary: Itinerary };
  /** lz-trip-settings, then lz-trip-panel: the travel mode or the day window changed; the owner keeps them. */
  'lz-trip-settings-change': TripSettings;
  /**
   * lz-trip-settings, then lz-trip-panel: the visitor asks to choose the trip's start on the map, or
   * gives it (`at`, [lon, lat] WGS84: "start from my position").
   */
  'lz-trip-start-pick': { at?: LonLat };
  /** lz-trip-settings, then lz-trip-panel: back to the default start (the old city). */
  'lz-trip-start-reset': Record<string, never>;
  /** lz-trip-day -> lz-trip-panel: one edit of that day. */
  'lz-trip-day-edit': TripDayEdit;
  /** lz-trip-suggest -> lz-trip-panel: replace the days with this suggested plan. */
  'lz-trip-suggest': { days: TripDay[] };
  /** lz-trip-panel: the visitor answered which trip to keep, the received one (`take`) or their own. */
  'lz-trip-choice': { take: boolean };
  /** lz-analysis-panel and its parts: open this area's card (`null`: close it). */
  'lz-area-request': { id: string | null };
  /** lz-area-card: fit the map to this area. */
  'lz-area-fit': { id: string };
  /** lz-analysis-panel: the corridor's width should become `km` (0: no corridor). */
  'lz-corridor-request': { km: number };
  /** lz-area-card, lz-analysis-panel: open this site on the map. */
  'lz-analysis-site': { id: string };
  /** lz-analysis-panel: print the map as shown. */
  'lz-print-request': Record<string, never>;
}

/** The public events, in the order of `<liangzhou-map>`'s `@fires` lines. */
export const PUBLIC_EVENTS = [
  'lz-ready',
  'lz-site-select',
  'lz-layer-toggle',
  'lz-view-change',
  'lz-itinerary-change',
  'lz-lang-change',
  'lz-error',
  'lz-area-select',
] as const satisfies ReadonlyArray<keyof LzPublicEventMap>;

export type LzPublicEventName = (typeof PUBLIC_EVENTS)[number];
export type LzInternalEventName = keyof LzInternalEventMap;
/** Every event, for listeners' types. */
export type LzEventMap = LzPublicEventMap & LzInternalEventMap;
export type LzEventName = keyof LzEventMap;

// A name in both maps would be both composed and not: the compiler refuses it here.
type Overlap = keyof LzPublicEventMap & keyof LzInternalEventMap;
const noOverlap: [Overlap] extends [never] ? true : never = true;
void noOverlap;

/** Dispatches a public event: it bubbles and leaves the shadow root. */
export function emit<K extends LzPublicEventName>(target: EventTarget, type: K, detail: LzPublicEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Dispatches an internal event: it bubbles to the owner inside the same shadow root, and no further. */
export function emitInternal<K extends LzInternalEventName>(
  target: EventTarget,
  type: K,
  detail: LzInternalEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
}

export type LzEvent<K extends LzEventName> = CustomEvent<LzEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'lz-ready': LzEvent<'lz-ready'>;
    'lz-site-select': LzEvent<'lz-site-select'>;
    'lz-layer-toggle': LzEvent<'lz-layer-toggle'>;
    'lz-view-change': LzEvent<'lz-view-change'>;
    'lz-itinerary-change': LzEvent<'lz-itinerary-change'>;
    'lz-lang-change': LzEvent<'lz-lang-change'>;
    'lz-error': LzEvent<'lz-error'>;
    'lz-area-select': LzEvent<'lz-area-select'>;
    'lz-area-request': LzEvent<'lz-area-request'>;
    'lz-area-fit': LzEvent<'lz-area-fit'>;
    'lz-corridor-request': LzEvent<'lz-corridor-request'>;
    'lz-analysis-site': LzEvent<'lz-analysis-site'>;
    'lz-print-request': LzEvent<'lz-print-request'>;
    'lz-list-select': LzEvent<'lz-list-select'>;
    'lz-site-hover': LzEvent<'lz-site-hover'>;
    'lz-query-change': LzEvent<'lz-query-change'>;
    'lz-filter-request': LzEvent<'lz-filter-request'>;
    'lz-layer-request': LzEvent<'lz-layer-request'>;
    'lz-panel-change': LzEvent<'lz-panel-change'>;
    'lz-card-close': LzEvent<'lz-card-close'>;
    'lz-card-trip': LzEvent<'lz-card-trip'>;
    'lz-trip-edit': LzEvent<'lz-trip-edit'>;
    'lz-trip-settings-change': LzEvent<'lz-trip-settings-change'>;
    'lz-trip-start-pick': LzEvent<'lz-trip-start-pick'>;
    'lz-trip-start-reset': LzEvent<'lz-trip-start-reset'>;
    'lz-trip-day-edit': LzEvent<'lz-trip-day-edit'>;
    'lz-trip-suggest': LzEvent<'lz-trip-suggest'>;
    'lz-trip-choice': LzEvent<'lz-trip-choice'>;
  }
}
