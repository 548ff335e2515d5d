import * as L from 'leaflet';
import type { LonLat } from '../model/itinerary';
import { paneName } from './paint-order';

/** A position from the browser: [lon, lat] in WGS84 and the radius it is good to, in metres. */
export interface Fix {
  at: LonLat;
  accuracyM: number;
}

/**
 * The visitor's position: a blue dot, and the circle it is accurate to, in their own pane above the
 * layout and the route, under the site markers. Neither takes clicks: a tap there still reaches the
 * map (a start point picked under the dot). Given in WGS84: on a GCJ-02 base map the map's CRS
 * (datum-crs.ts) draws it shifted, like every other overlay.
 */
export function positionLayer(fix: Fix): L.LayerGroup {
  const [lon, lat] = fix.at;
  const pane = paneName('position');
  return L.layerGroup([
    L.circle([lat, lon], {
      pane,
      radius: fix.accuracyM,
      interactive: false,
      className: 'lz-position-accuracy',
      color: '#2563eb',
      weight: 1,
      fillOpacity: 0.12,
    }),
    L.circleMarker([lat, lon], {
      pane,
      radius: 7,
      interactive: false,
      className: 'lz-position-dot',
      color: '#fff',
      weight: 2,
      fillColor: '#2563eb',
      fillOpacity: 1,
    }),
  ]);
}
