import { decodeItinerary, type DecodedItinerary } from './itinerary-codec';
import { TRIP_PARAM } from './trip-share-url';

/**
 * The trip a link carries (`tripShareUrl` writes it), or undefined when the link carries none or
 * not one this version can read. `url` is a URL, an address (absolute or not), or its query string
 * (`?trip=…`). Ids of sites the map does not hold are dropped and named in `problems`: the link comes
 * from anyone.
 */
export function readTripParam(url: string | URL, knownIds: Iterable<string>): DecodedItinerary | undefined {
  const text = String(url);
  const query = text.indexOf('?');
  // The fragment is not part of the query; a bare `trip=…` is a query without its `?`.
  const search = (query >= 0 ? text.slice(query) : text.includes('=') ? text : '').split('#')[0];
  const value = new URLSearchParams(search).get(TRIP_PARAM);
  return value ? decodeItinerary(value, knownIds) : undefined;
}
