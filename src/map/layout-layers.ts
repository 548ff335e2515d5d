import * as L from 'leaflet';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { AreaId, Lang, Layout, ZoneId } from '../model/types';
import { areaStyle } from './area-style';
import { paneName } from './paint-order';

/** The layout's non-site layers, each addressable by the id the panel and the API use. */
export interface LayoutLayers {
  boundary: L.GeoJSON;
  context: L.GeoJSON;
  core: L.GeoJSON;
  axis: L.GeoJSON;
  zones: Map<ZoneId, L.GeoJSON>;
}

/**
 * A name on the map. A marker with a text-node icon, not a permanent L.Tooltip: a tooltip measures
 * itself (offsetWidth) whenever it is placed, forcing a layout per label; start-up profiling showed
 * ~40 ms of that. CSS centres the text on the point instead.
 */
function label(text: string, className: string, at: L.LatLngExpression): L.Marker {
  const node = document.createElement('span');
  node.textContent = text; // data reaches the page as a text node, never as HTML
  return L.marker(at, {
    icon: L.divIcon({ html: node, className: `lz-label ${className}`, iconSize: undefined }),
    interactive: false,
    keyboard: false,
  });
}

/** Name labels of the zones and the core in `lang`, keyed by area id so each follows its area's visibility. */
export function areaLabels(layout: Layout, lang: Lang): Map<AreaId, L.Marker> {
  const labels = new Map<AreaId, L.Marker>();
  for (const zone of layout.zones) {
    labels.set(
      zone.id,
      label(localized(zone.name, lang), `lz-label-zone lz-label-${zone.id}`, [zone.labelPoint[1], zone.labelPoint[0]]),
    );
  }
  const c = L.geoJSON(layout.core.geometry).getBounds().getNorthEast();
  labels.set('core', label(t(lang, 'layer.core'), 'lz-label-core', [c.lat, c.lng]));
  return labels;
}

export function layoutLayers(layout: Layout): LayoutLayers {
  const zones = new Map<ZoneId, L.GeoJSON>();
  for (const zone of layout.zones) {
    zones.set(
      zone.id,
      // Areas take clicks (to open their card); the names and the panel's buttons are the keyboard's way.
      L.geoJSON(zone.geometry, {
        pane: paneName('zones'),
        style: areaStyle(`lz-zone lz-zone-${zone.id}`, { interactive: true }),
      }),
    );
  }
  return {
    context: L.geoJSON(
      layout.context.map((o) => o.geometry),
      { pane: paneName('context'), style: areaStyle('lz-context', { weight: 1, fillOpacity: 0.15 }) },
    ),
    boundary: L.geoJSON(layout.boundary.geometry, {
      pane: paneName('boundary'),
      style: areaStyle('lz-boundary', { weight: 3, fillOpacity: 0 }),
    }),
    core: L.geoJSON(layout.core.geometry, {
      pane: paneName('core'),
      style: areaStyle('lz-core', { weight: 3, fillOpacity: 0.55, interactive: true }),
    }),
    axis: L.geoJSON(layout.axis.geometry, {
      pane: paneName('axis'),
      style: areaStyle('lz-axis', { weight: 5, dashArray: '12 6', fill: false, interactive: true }),
    }),
    zones,
  };
}
