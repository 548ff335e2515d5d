import * as L from 'leaflet';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';
import type { Mark } from '../spatial/cluster-index';

/**
 * A group of sites too close to tap apart: a round button showing how many sites it holds, named
 * "3 个景点" / "3 sites", reachable by Tab like a site's marker. `onOpen` runs on a click, Enter or
 * Space, and is told whether the keyboard asked (focus should then follow into what opens).
 */
export function clusterMarker(mark: Mark, lang: Lang, onOpen: (mark: Mark, byKeyboard: boolean) => void): L.Marker {
  const count = document.createElement('span');
  count.className = 'lz-cluster-count';
  count.setAttribute('aria-hidden', 'true');
  count.textContent = String(mark.count);
  const name = t(lang, 'cluster.label', { count: mark.count });
  const marker = L.marker([mark.lonlat[1], mark.lonlat[0]], {
    icon: L.divIcon({
      html: count,
      className: `lz-cluster lz-cluster-${mark.count < 10 ? 's' : mark.count < 100 ? 'm' : 'l'}`,
      iconSize: [32, 32],
      iconAnchor: [16, 16],
    }),
    title: name,
    keyboard: true,
    riseOnHover: true,
  });
  marker.on('add', () => {
    const el = marker.getElement();
    el?.setAttribute('aria-label', name);
    el?.setAttribute('data-count', String(mark.count));
    el?.removeAttribute('alt');
  });
  marker.on('click', () => onOpen(mark, false));
  marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
    const key = e.originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    e.originalEvent.preventDefault();
    onOpen(mark, true);
  });
  return marker;
}
