import type { LiangzhouMap } from '../components/liangzhou-map';
import { decodeItinerary } from '../plan/itinerary-codec';
import { clearTrip, loadTrip, saveTrip } from '../plan/itinerary-storage';

/**
 * The full page's trip: opened from a shared link (`?trip=`), else from the last visit (storage),
 * and saved on every change. The `trip` parameter is taken out of the address once read, so a
 * reload after an edit shows the edited trip, not the one the link carried.
 * Returns a function that unbinds.
 */
export function bindTrip(el: LiangzhouMap, storage: Storage | undefined, win: Window = window): () => void {
  const q = new URLSearchParams(win.location.search);
  const shared = q.get('trip');
  if (shared) {
    const decoded = decodeItinerary(shared, el.siteIds);
    if (decoded) el.itinerary = decoded.itinerary;
    q.delete('trip');
    const rest = q.toString();
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${rest ? `?${rest}` : ''}${win.location.hash}`,
    );
  } else if (storage) {
    const saved = loadTrip(storage, { knownIds: el.siteIds });
    if (saved) el.itinerary = saved.itinerary;
  }
  const onChange = () => {
    if (!storage) return;
    if (el.itinerary.days.length === 0) clearTrip(storage);
    else saveTrip(storage, { itinerary: el.itinerary });
  };
  el.addEventListener('lz-itinerary-change', onChange);
  return () => el.removeEventListener('lz-itinerary-change', onChange);
}
