import type { LiangzhouMap } from '../components/liangzhou-map';
import type { Itinerary } from '../model/itinerary';
import { createTripStore } from '../plan/itinerary-storage';
import { readTripParam } from '../plan/read-trip-param';
import { TRIP_PARAM } from '../plan/trip-share-url';

/** Where the trip is kept: a storage, none, or a getter (reading `localStorage` itself may throw). */
export type TripStorageSource = Storage | undefined | (() => Storage | null | undefined);

/**
 * The full page's trip, kept in the visitor's browser between visits.
 * - A shared link (`?trip=`) opens in the Trip tab and is saved, with the visitor's stored travel
 *   settings (a link carries days only). When the visitor already has a different trip, the tab asks
 *   which to keep; until they answer, nothing is saved, so no edit overwrites their own trip, and the
 *   `trip` parameter stays in the address, so a reload asks again. Once answered (or when there was
 *   nothing to ask) the parameter leaves the address: a reload shows the kept trip.
 * - Otherwise the trip of the last visit is shown.
 * - Every change is saved. When the browser will not keep it (blocked storage, a full quota, a
 *   throwing getter), the map says so once; the trip stays in memory.
 * Returns a function that unbinds.
 */
export function bindTrip(el: LiangzhouMap, storage: TripStorageSource, win: Window = window): () => void {
  const store = createTripStore(typeof storage === 'function' ? storage : () => storage, (problem) =>
    el.tripNotKept(problem),
  );
  const save = (trip: Itinerary) => {
    if (trip.days.length === 0 && !trip.settings) store.clear();
    else store.save({ itinerary: trip });
  };
  const saved = store.load({ knownIds: el.siteIds });
  let answered = true;
  let bound = true;
  const dropParam = () => {
    const q = new URLSearchParams(win.location.search);
    if (!q.has(TRIP_PARAM)) return;
    q.delete(TRIP_PARAM);
    const rest = q.toString();
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${rest ? `?${rest}` : ''}${win.location.hash}`,
    );
  };
  const decoded = new URLSearchParams(win.location.search).get(TRIP_PARAM)
    ? readTripParam(win.location.search, el.siteIds)
    : undefined;
  if (decoded) {
    const settings = saved?.itinerary.settings;
    answered = false;
    void el.receiveTrip({ ...decoded.itinerary, ...(settings && { settings }) }, saved?.itinerary).then((kept) => {
      if (!bound) return;
      answered = true;
      dropParam();
      if (kept === 'received') save(el.itinerary);
    });
  } else {
    // A link this version cannot read opens nothing: the visitor's own trip, and a clean address.
    dropParam();
    if (saved) el.itinerary = saved.itinerary;
  }
  const onChange = () => {
    if (answered) save(el.itinerary);
  };
  el.addEventListener('lz-itinerary-change', onChange);
  return () => {
    bound = false;
    el.removeEventListener('lz-itinerary-change', onChange);
  };
}
