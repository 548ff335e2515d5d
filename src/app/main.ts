/** The full page for tourists: the map, full-window, its state kept in the URL, the trip kept across visits. */
import '../embed/index';
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
  // The stored or shared trip (and the code that reads it) comes once the map is drawn.
  map.addEventListener(
    'lz-ready',
    () => void import('./bind-trip').then(({ bindTrip }) => bindTrip(map, localStore())),
    { once: true },
  );
  bindUrlState(map);
  // The page speaks the map's language: screen readers and fonts follow <html lang>.
  const syncLang = () => (document.documentElement.lang = map.lang === 'en' ? 'en' : 'zh-CN');
  new MutationObserver(syncLang).observe(map, { attributes: true, attributeFilter: ['lang'] });
  syncLang();
}
