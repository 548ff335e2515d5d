import type { Itinerary } from '../model/itinerary';
import { encodeItinerary } from './itinerary-codec';

/** The query parameter a shared trip travels in; readTripParam reads it back. */
export const TRIP_PARAM = 'trip';

/**
 * The link that opens a trip: `base` (a page with the map) with the trip in its `?trip=` parameter,
 * other parameters kept and the fragment dropped. Read back by `readTripParam`.
 */
export function tripShareUrl(base: string | URL, itinerary: Itinerary): string {
  const url = new URL(base);
  url.searchParams.set(TRIP_PARAM, encodeItinerary(itinerary));
  url.hash = '';
  return url.href;
}
