/** The full page for tourists: the map, full-window, its state kept in the URL, the trip kept across visits. */
import '../embed/index';
import { bindUrlState } from '../embed/bind-url-state';
import { withoutSenderView } from '../plan/trip-share-url';
import { dropFirstPaint } from '../embed/first-paint';
import { registerServiceWorker } from './register-service-worker';

const map = document.querySelector('liangzhou-map');
if (map) {
  dropFirstPaint(map);
  // A shared trip opens on the trip, not on the popup or view its sender had open (older links
  // carry `site`, `center` and `zoom`): drop them before the address is read.
  const search = withoutSenderView(location.search);
  if (search !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  // The stored or shared trip (and the code that reads it) comes once the map is drawn. Storage is
  // reached through a getter: where it is blocked, reading `localStorage` throws, and the map says so.
  map.addEventListener(
    'lz-ready',
    () => void import('./bind-trip').then(({ bindTrip }) => bindTrip(map, () => window.localStorage)),
    { once: true },
  );
  bindUrlState(map);
  // The page speaks the map's language: screen readers and fonts follow <html lang>.
  const syncLang = () => (document.documentElement.lang = map.lang === 'en' ? 'en' : 'zh-CN');
  new MutationObserver(syncLang).observe(map, { attributes: true, attributeFilter: ['lang'] });
  syncLang();
}

// Installable and usable offline once visited: the built page only (the dev server has no sw.js).
if (import.meta.env.PROD) registerServiceWorker();
