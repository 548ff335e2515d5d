import type { LiangzhouMap } from '../components/liangzhou-map';

/**
 * Lets a page's own address carry the map's trip, as the trip panel's share link and QR code write
 * it (`?trip=…`): the trip in the address is shown once the map holds its sites, and each change the
 * visitor makes is written back (replacing the history entry), so a reload or a copied address opens
 * the same trip. An embedded map leaves its host's address alone unless the page asks for this, as
 * with bindUrlState. Returns a function that unbinds.
 *
 * The link's reader loads on demand (see sync-trip-url.ts): every embed downloads this entry, few open
 * a shared trip, and the codec would add about 1 kB to everyone's start-up.
 */
export function bindTripUrl(el: LiangzhouMap, win: Window = window): () => void {
  let unbind: (() => void) | undefined;
  let bound = true;
  void import('./sync-trip-url').then(({ syncTripUrl }) => {
    if (bound) unbind = syncTripUrl(el, win);
  });
  return () => {
    bound = false;
    unbind?.();
  };
}
