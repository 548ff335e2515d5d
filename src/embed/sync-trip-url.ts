import type { LiangzhouMap } from '../components/liangzhou-map';
import type { Itinerary } from '../model/itinerary';
import { readTripParam } from '../plan/read-trip-param';
import { TRIP_PARAM, tripShareUrl } from '../plan/trip-share-url';

/**
 * What bindTripUrl does, once loaded. Lets a page's own address carry the map's trip, as the trip panel's share link and QR code write
 * it (`?trip=…`, see tripShareUrl): the trip in the address is shown once the map holds its sites,
 * and each change the visitor makes is written back (replacing the history entry), so a reload or a
 * copied address opens the same trip. An embedded map leaves its host's address alone unless the page
 * asks for this, as with bindUrlState. Returns a function that unbinds.
 */
export function syncTripUrl(el: LiangzhouMap, win: Window = window): () => void {
  const restore = () => {
    const decoded = readTripParam(win.location.search, el.siteIds);
    if (decoded) el.itinerary = decoded.itinerary;
  };
  // A trip may name only sites the map holds, and those are known once it is ready.
  if (el.siteIds.length > 0) restore();
  else el.addEventListener('lz-ready', restore, { once: true });

  const write = (itinerary: Itinerary) => {
    let href: string;
    if (itinerary.days.length > 0) href = tripShareUrl(win.location.href, itinerary);
    else {
      const url = new URL(win.location.href);
      url.searchParams.delete(TRIP_PARAM);
      href = url.href;
    }
    const url = new URL(href);
    url.hash = win.location.hash;
    if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url.href);
  };
  const onChange = () => write(el.itinerary);
  el.addEventListener('lz-itinerary-change', onChange);
  return () => {
    el.removeEventListener('lz-ready', restore);
    el.removeEventListener('lz-itinerary-change', onChange);
  };
}
