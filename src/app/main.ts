/** The full page for tourists: the map, full-window, its state kept in the URL. */
import '../embed/index';
import { bindUrlState } from './bind-url-state';

const map = document.querySelector('liangzhou-map');
if (map) {
  bindUrlState(map);
  // The page speaks the map's language: screen readers and fonts follow <html lang>.
  const syncLang = () => (document.documentElement.lang = map.lang === 'en' ? 'en' : 'zh-CN');
  new MutationObserver(syncLang).observe(map, { attributes: true, attributeFilter: ['lang'] });
  syncLang();
}
