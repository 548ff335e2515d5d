import type { PathOptions } from 'leaflet';

/**
 * Path options for the layout's areas. Colours are set by CSS classes in the element's styles, so
 * a page can theme them with `--lz-zone-*`; the options here only carry what CSS cannot: classes,
 * dash patterns, and whether a path takes pointer events.
 */
export function areaStyle(className: string, extra: PathOptions = {}): PathOptions {
  return { className, interactive: false, weight: 2, fillOpacity: 0.35, ...extra };
}
