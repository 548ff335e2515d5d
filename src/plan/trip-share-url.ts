import type { Itinerary } from '../model/itinerary';
import { encodeItinerary } from './itinerary-codec';

/** The query parameter a shared trip travels in; readTripParam reads it back. */
export const TRIP_PARAM = 'trip';

/**
 * The sender's view: what they had open and where they looked. A trip link leaves them out (the
 * recipient asked for a trip, not for the sender's popup), and a page opening a trip ignores them.
 */
export const SENDER_VIEW_PARAMS = ['site', 'center', 'zoom'] as const;

/**
 * The link that opens a trip: `base` (a page with the map) with the trip in its `?trip=` parameter,
 * other parameters kept except the sender's view (SENDER_VIEW_PARAMS), the fragment dropped. Read
 * back by `readTripParam`.
 */
export function tripShareUrl(base: string | URL, itinerary: Itinerary): string {
  const url = new URL(base);
  for (const name of SENDER_VIEW_PARAMS) url.searchParams.delete(name);
  url.searchParams.set(TRIP_PARAM, encodeItinerary(itinerary));
  url.hash = '';
  return url.href;
}

/**
 * A query string (`?…`) without the sender's view when it carries a trip; as it was otherwise. Links
 * made before tripShareUrl left the view out still carry it.
 */
export function withoutSenderView(search: string): string {
  const q = new URLSearchParams(search);
  if (!q.get(TRIP_PARAM) || !SENDER_VIEW_PARAMS.some((name) => q.has(name))) return search;
  for (const name of SENDER_VIEW_PARAMS) q.delete(name);
  const rest = q.toString();
  return rest ? `?${rest}` : '';
}
