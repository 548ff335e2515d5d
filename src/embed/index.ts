/**
 * The widget's entry: registers `<liangzhou-map>` and its inner elements. No global CSS and no
 * other side effects, so a page can include it once or twice without harm.
 *
 * `bindUrlState` is for a page that wants the map's state in its own address (as the full page
 * does): an embedded map leaves the host's URL alone unless the page asks for it this way.
 */
export { LiangzhouMap } from '../components/liangzhou-map';
export { LzSiteCard } from '../components/lz-site-card';
export { bindUrlState } from './bind-url-state';
