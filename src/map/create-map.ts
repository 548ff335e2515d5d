import * as L from 'leaflet';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';

/**
 * The only HTML strings the widget hands Leaflet: constants, never data, one per language (the
 * attribution speaks the map's language like every other control).
 */
export const ATTRIBUTIONS: Record<Lang, string> = {
  'zh-CN':
    '边界：DataV.GeoAtlas（GCJ-02 → WGS84）；分区和轴线为示意 · <a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>',
  en: 'Boundary: DataV.GeoAtlas (GCJ-02 → WGS84); zones and axis schematic · <a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>',
};

export interface CreateMapOptions {
  /** Accessible name of the map region. */
  label: string;
  /** Language of the zoom buttons and the attribution; default `zh-CN`. */
  lang?: Lang;
}

/** The controls whose words follow the language. */
const controls = new WeakMap<L.Map, { lang: Lang; zoom: L.Control.Zoom; attribution: L.Control.Attribution }>();

function zoomControl(lang: Lang): L.Control.Zoom {
  return L.control.zoom({ zoomInTitle: t(lang, 'map.zoomIn'), zoomOutTitle: t(lang, 'map.zoomOut') });
}

/**
 * A Leaflet map on `container` with no tile layer: the district's own outlines are the base, so
 * the map works offline and behind firewalls that block tile servers. No view yet, and no scale bar:
 * LayoutMap adds it with the view (empty until then, it would grow at the fit: a layout shift).
 */
export function createMap(container: HTMLElement, options: CreateMapOptions): L.Map {
  const lang = options.lang ?? 'zh-CN';
  const map = L.map(container, {
    zoomSnap: 0.25,
    minZoom: 7,
    maxZoom: 18,
    // Keep visitors near the district: panning off into empty space helps nobody.
    maxBounds: L.latLngBounds([36.4, 101.0], [39.8, 105.0]),
    attributionControl: false,
    zoomControl: false,
  });
  const zoom = zoomControl(lang).addTo(map);
  const attribution = L.control.attribution({ prefix: false }).addAttribution(ATTRIBUTIONS[lang]).addTo(map);
  container.setAttribute('aria-label', options.label);
  controls.set(map, { lang, zoom, attribution });
  return map;
}

/**
 * Puts the zoom buttons (title and accessible name: 放大/缩小, Zoom in/out) and the map's own
 * attribution in `lang`.
 */
export function setMapLang(map: L.Map, lang: Lang): void {
  const c = controls.get(map);
  if (!c || c.lang === lang) return;
  // Leaflet's zoom control takes its titles once; a new one sits where the old one was (top left).
  c.zoom.remove();
  c.zoom = zoomControl(lang).addTo(map);
  // The base map's attribution follows with its layer, which LayoutMap.setBaseMap rebuilds per language.
  c.attribution.removeAttribution(ATTRIBUTIONS[c.lang]).addAttribution(ATTRIBUTIONS[lang]);
  c.lang = lang;
}
