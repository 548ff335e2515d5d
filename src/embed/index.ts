/**
 * The widget's entry: registers `<liangzhou-map>` and its inner elements. No global CSS and no
 * other side effects, so a page can include it once or twice without harm.
 */
export { LiangzhouMap } from '../components/liangzhou-map';
export { LzSiteCard } from '../components/lz-site-card';
