import * as L from 'leaflet';

/** OpenStreetMap's standard tiles. Their terms ask for this attribution. */
export const OSM_TEMPLATE = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';

/** Reads the `tiles` attribute: `none`, `osm`, or an https URL template with {z}/{x}/{y}. */
export function tileTemplate(value: string | null | undefined): string | undefined {
  const v = (value ?? 'none').trim();
  if (v === '' || v === 'none') return undefined;
  if (v === 'osm') return OSM_TEMPLATE;
  // Only http(s) templates with the three placeholders: anything else could fetch from odd schemes.
  if (/^https?:\/\/[^\s"'<>]+$/.test(v) && v.includes('{z}') && v.includes('{x}') && v.includes('{y}')) return v;
  return undefined;
}

/**
 * A tile layer that gives up after its first failure: it calls `onFail` once and removes itself,
 * so a blocked tile server costs one message, not a console flooded with hundreds of errors.
 * The district's own outlines stay as the base either way.
 */
export function failSoftTiles(template: string, onFail: () => void): L.TileLayer {
  const layer = L.tileLayer(template, {
    maxZoom: 18,
    attribution: template === OSM_TEMPLATE ? OSM_ATTRIBUTION : '',
    crossOrigin: false,
  });
  let failed = false;
  layer.on('tileerror', () => {
    if (failed) return;
    failed = true;
    onFail();
    layer.remove();
  });
  return layer;
}
