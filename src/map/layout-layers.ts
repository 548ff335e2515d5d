import * as L from 'leaflet';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { AreaId, Lang, Layout, ZoneId } from '../model/types';
import { areaStyle } from './area-style';

/** The layout's non-site layers, each addressable by the id the panel and the API use. */
export interface LayoutLayers {
  boundary: L.GeoJSON;
  context: L.GeoJSON;
  core: L.GeoJSON;
  axis: L.GeoJSON;
  zones: Map<ZoneId, L.GeoJSON>;
}

function label(text: string, className: string, at: L.LatLngExpression): L.Tooltip {
  const node = document.createElement('span');
  node.textContent = text; // data reaches the page as a text node, never as HTML
  return L.tooltip({ permanent: true, direction: 'center', className: `lz-label ${className}`, interactive: false })
    .setLatLng(at)
    .setContent(node);
}

/** Name labels of the zones and the core in `lang`, keyed by area id so each follows its area's visibility. */
export function areaLabels(layout: Layout, lang: Lang): Map<AreaId, L.Tooltip> {
  const labels = new Map<AreaId, L.Tooltip>();
  for (const zone of layout.zones) {
    labels.set(zone.id, label(localized(zone.name, lang), `lz-label-zone lz-label-${zone.id}`, [zone.labelPoint[1], zone.labelPoint[0]]));
  }
  const c = L.geoJSON(layout.core.geometry).getBounds().getNorthEast();
  labels.set('core', label(t(lang, 'layer.core'), 'lz-label-core', [c.lat, c.lng]));
  return labels;
}

export function layoutLayers(layout: Layout): LayoutLayers {
  const zones = new Map<ZoneId, L.GeoJSON>();
  for (const zone of layout.zones) {
    zones.set(zone.id, L.geoJSON(zone.geometry, { style: areaStyle(`lz-zone lz-zone-${zone.id}`) }));
  }
  return {
    context: L.geoJSON(
      layout.context.map((o) => o.geometry),
      { style: areaStyle('lz-context', { weight: 1, fillOpacity: 0.15 }) },
    ),
    boundary: L.geoJSON(layout.boundary.geometry, { style: areaStyle('lz-boundary', { weight: 3, fillOpacity: 0 }) }),
    core: L.geoJSON(layout.core.geometry, { style: areaStyle('lz-core', { weight: 3, fillOpacity: 0.55 }) }),
    axis: L.geoJSON(layout.axis.geometry, { style: areaStyle('lz-axis', { weight: 5, dashArray: '12 6', fill: false }) }),
    zones,
  };
}
