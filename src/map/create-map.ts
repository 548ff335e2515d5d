import * as L from 'leaflet';

/** The only HTML string the widget hands Leaflet: a constant, never data. */
export const ATTRIBUTION =
  'Boundary: DataV.GeoAtlas (GCJ-02 → WGS84); zones and axis schematic · <a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>';

export interface CreateMapOptions {
  /** Accessible name of the map region. */
  label: string;
}

/**
 * A Leaflet map on `container` with no tile layer: the district's own outlines are the base, so
 * the map works offline and behind firewalls that block tile servers.
 */
export function createMap(container: HTMLElement, options: CreateMapOptions): L.Map {
  const map = L.map(container, {
    zoomSnap: 0.25,
    minZoom: 7,
    maxZoom: 18,
    // Keep visitors near the district: panning off into empty space helps nobody.
    maxBounds: L.latLngBounds([36.4, 101.0], [39.8, 105.0]),
    attributionControl: false,
  });
  L.control.attribution({ prefix: false }).addAttribution(ATTRIBUTION).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  container.setAttribute('aria-label', options.label);
  return map;
}
