import type * as L from 'leaflet';

/**
 * The layout's drawing order, bottom to top. Each gets its own Leaflet pane (a div with its own SVG),
 * so hiding and showing a layer never changes what paints over what: a zone shown again stays under
 * the core, the boundary and the axis. Site markers and labels stay in Leaflet's marker pane (600),
 * popups in its popup pane (700).
 */
export const PAINT_ORDER = ['context', 'zones', 'core', 'corridor', 'boundary', 'axis', 'route', 'position'] as const;
export type PaintLayer = (typeof PAINT_ORDER)[number];

/** Leaflet's overlay pane sits at 400 and its shadow pane at 500: ours go between. */
const BASE_Z = 410;

export const paneName = (layer: PaintLayer): string => `lz-${layer}`;

/** Creates the panes on `map`, in PAINT_ORDER. */
export function createPanes(map: L.Map): void {
  PAINT_ORDER.forEach((layer, i) => {
    const pane = map.getPane(paneName(layer)) ?? map.createPane(paneName(layer));
    pane.style.zIndex = String(BASE_Z + i); // CSSOM, not a style attribute: allowed under a strict CSP
  });
}
