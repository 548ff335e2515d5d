import type { LiangzhouMap } from '../components/liangzhou-map';
import { clearTrip, loadTrip, saveTrip } from '../plan/itinerary-storage';
import { readTripParam } from '../plan/read-trip-param';
import { TRIP_PARAM } from '../plan/trip-share-url';

/**
 * The full page's trip: opened from a shared link (`?trip=`, with the visitor's stored travel settings),
 * else from the last visit (storage, with its settings), and saved with its settings on every change. The `trip` parameter is taken out
 * of the address once read, so a reload after an edit shows the edited trip, not the one the link
 * carried. Returns a function that unbinds.
 */
export function bindTrip(el: LiangzhouMap, storage: Storage | undefined, win: Window = window): () => void {
  const q = new URLSearchParams(win.location.search);
  const saved = storage && loadTrip(storage, { knownIds: el.siteIds });
  if (q.get(TRIP_PARAM)) {
    const decoded = readTripParam(win.location.search, el.siteIds);
    // A link carries days only; how this visitor travels stays theirs.
    const settings = saved?.itinerary.settings;
    if (decoded) el.itinerary = { ...decoded.itinerary, ...(settings && { settings }) };
    q.delete(TRIP_PARAM);
    const rest = q.toString();
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${rest ? `?${rest}` : ''}${win.location.hash}`,
    );
  } else if (saved) {
    el.itinerary = saved.itinerary;
  }
  const onChange = () => {
    if (!storage) return;
    if (el.itinerary.days.length === 0 && !el.itinerary.settings) clearTrip(storage);
    else saveTrip(storage, { itinerary: el.itinerary });
  };
  el.addEventListener('lz-itinerary-change', onChange);
  return () => el.removeEventListener('lz-itinerary-change', onChange);
}
