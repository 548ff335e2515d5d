/**
 * The widget's entry: registers `<liangzhou-map>` and its inner elements. No global CSS and no
 * other side effects, so a page can include it once or twice without harm.
 *
 * `bindUrlState` is for a page that wants the map's state in its own address (as the full page
 * does), `bindTripUrl` for one that wants the trip there, so that the trip panel's share links and QR
 * codes open the trip they carry: an embedded map leaves the host's URL alone unless the page asks.
 */
export { LiangzhouMap } from '../components/liangzhou-map';
export { LzSiteCard } from '../components/lz-site-card';
export { bindUrlState } from './bind-url-state';
export { bindTripUrl } from './bind-trip-url';
