/** The full page for tourists: the map, full-window, its state kept in the URL, the trip kept across visits. */
import '../embed/index';
import { bindTrip } from './bind-trip';
import { bindUrlState } from '../embed/bind-url-state';

/** localStorage, or nothing where the browser refuses it (private modes, blocked storage). */
function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const map = document.querySelector('liangzhou-map');
if (map) {
  bindTrip(map, localStore());
  bindUrlState(map);
  // The page speaks the map's language: screen readers and fonts follow <html lang>.
  const syncLang = () => (document.documentElement.lang = map.lang === 'en' ? 'en' : 'zh-CN');
  new MutationObserver(syncLang).observe(map, { attributes: true, attributeFilter: ['lang'] });
  syncLang();
}
