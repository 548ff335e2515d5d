import * as L from 'leaflet';

import type { Lang } from '../model/types';
import type { BaseMap } from '../state/base-map';
import { checkTileTemplate, OSM_TEMPLATE } from '../state/tile-template';

export { checkTileTemplate, OSM_TEMPLATE };

/** Reads the `tiles` attribute: the template to draw, or undefined for none or a value it cannot use. */
export function tileTemplate(value: string | null | undefined): string | undefined {
  const checked = checkTileTemplate(value);
  return 'template' in checked ? checked.template : undefined;
}

/**
 * A base map's tile layers (the picture, and a label layer where the provider has one) in one group
 * that gives up after its first failure: it calls `onFail` once and removes itself, so a blocked tile
 * server (or a wrong 天地图 key) costs one message, not a console flooded with hundreds of errors. The
 * district's own outlines stay as the base either way. The attribution, the provider's constant HTML
 * from state/base-map.ts, rides on the first layer so Leaflet's control adds and removes it with it.
 */
export function failSoftBaseMap(base: BaseMap, onFail: () => void, lang: Lang): L.LayerGroup {
  const group = L.layerGroup();
  let failed = false;
  base.layers.forEach((spec, i) => {
    const layer = L.tileLayer(spec.template, {
      subdomains: spec.subdomains,
      minZoom: 0,
      maxZoom: 18,
      minNativeZoom: spec.minZoom,
      maxNativeZoom: spec.maxNativeZoom,
      attribution: i === 0 ? base.attribution[lang] : '',
      crossOrigin: false,
    });
    layer.on('tileerror', () => {
      if (failed) return;
      failed = true;
      onFail();
      group.remove();
    });
    group.addLayer(layer);
  });
  return group;
}
