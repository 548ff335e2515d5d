import * as L from 'leaflet';
import type { LonLat } from '../model/itinerary';
import type { RouteDay } from '../state/route-days';
import { paneName } from './paint-order';

export type { RouteDay } from '../state/route-days';

/**
 * The trip on the map: per day, a line in the day's colour from the start point through its stops,
 * and a numbered disc on each stop. Lines and numbers are pictures of what the trip panel lists,
 * so they take no pointer or keyboard focus and are hidden from screen readers.
 */
export function routeLayer(days: readonly RouteDay[], start: LonLat | undefined): L.LayerGroup {
  const group = L.layerGroup();
  for (const day of days) {
    if (day.stops.length === 0) continue;
    const path = [...(start ? [start] : []), ...day.stops].map(([lon, lat]) => L.latLng(lat, lon));
    if (path.length > 1)
      L.polyline(path, {
        pane: paneName('route'),
        color: day.color,
        weight: 4,
        opacity: 0.9,
        interactive: false,
        className: 'lz-route',
      }).addTo(group);
    day.stops.forEach(([lon, lat], i) => {
      const node = document.createElement('span');
      node.textContent = String(i + 1);
      node.style.background = day.color; // CSSOM, not a style attribute: allowed under a strict CSP
      node.setAttribute('aria-hidden', 'true');
      L.marker([lat, lon], {
        icon: L.divIcon({ html: node, className: 'lz-stop-number', iconSize: [20, 20], iconAnchor: [10, 24] }),
        interactive: false,
        keyboard: false,
      }).addTo(group);
    });
  }
  if (start) {
    const node = document.createElement('span');
    node.setAttribute('aria-hidden', 'true');
    L.marker([start[1], start[0]], {
      icon: L.divIcon({ html: node, className: 'lz-trip-start', iconSize: [14, 14] }),
      interactive: false,
      keyboard: false,
    }).addTo(group);
  }
  return group;
}
