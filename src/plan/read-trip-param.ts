import { decodeItinerary, type DecodedItinerary } from './itinerary-codec';
import { TRIP_PARAM } from './trip-share-url';

/**
 * The trip a link carries (`tripShareUrl` writes it), or undefined when the link carries none or
 * not one this version can read. `url` is a URL, an address, or its query string (`?trip=…`). Ids of
 * sites the map does not hold are dropped and named in `problems`: the link comes from anyone.
 */
export function readTripParam(url: string | URL, knownIds: Iterable<string>): DecodedItinerary | undefined {
  const search = typeof url === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url).search;
  const value = new URLSearchParams(search).get(TRIP_PARAM);
  return value ? decodeItinerary(value, knownIds) : undefined;
}
