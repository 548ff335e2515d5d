import * as L from 'leaflet';

import { checkTileTemplate, OSM_TEMPLATE } from '../state/tile-template';

export { checkTileTemplate, OSM_TEMPLATE };

/** OpenStreetMap's terms ask for this attribution; osm.org words it so in Chinese. Constants, never data. */
const OSM_ATTRIBUTIONS = {
  en: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
  'zh-CN':
    '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> 贡献者',
} as const;

/** OpenStreetMap's attribution in a language. */
export function osmAttribution(lang: 'zh-CN' | 'en'): string {
  return OSM_ATTRIBUTIONS[lang];
}

/** Reads the `tiles` attribute: the template to draw, or undefined for none or a value it cannot use. */
export function tileTemplate(value: string | null | undefined): string | undefined {
  const checked = checkTileTemplate(value);
  return 'template' in checked ? checked.template : undefined;
}

/**
 * A tile layer that gives up after its first failure: it calls `onFail` once and removes itself,
 * so a blocked tile server costs one message, not a console flooded with hundreds of errors.
 * The district's own outlines stay as the base either way. The owner unticks its base-map checkbox
 * in `onFail` (the layer is gone). `{-y}` templates (TMS) are filled by Leaflet itself.
 */
export function failSoftTiles(template: string, onFail: () => void, lang: 'zh-CN' | 'en' = 'zh-CN'): L.TileLayer {
  const layer = L.tileLayer(template, {
    maxZoom: 18,
    attribution: template === OSM_TEMPLATE ? osmAttribution(lang) : '',
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
