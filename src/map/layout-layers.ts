import * as L from 'leaflet';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { AreaId, Lang, Layout, ZoneId } from '../model/types';
import { placeLabels, type Box } from '../spatial/place-labels';
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
function label(text: string, short: string, className: string, at: L.LatLngExpression): L.Marker {
  const node = document.createElement('span');
  node.textContent = text; // data reaches the page as a text node, never as HTML
  const marker = L.marker(at, {
    icon: L.divIcon({ html: node, className: `lz-label ${className}`, iconSize: undefined }),
    // A click on a name is a click on its area (layout-map.ts), not on whatever lies under the name: the
    // core's name sits beside the core, over the east zone. Out of the Tab order: the Analysis tab's
    // buttons are the keyboard's way. Its clicks still reach the map, for picking a trip's start.
    interactive: true,
    bubblingMouseEvents: true,
    keyboard: false,
  });
  // Ways to give way, in order: the full name, the full name wrapped, a short name.
  labelInfo.set(marker, {
    anchor: L.latLng(at),
    variants: [
      { text, wrap: false },
      { text, wrap: true },
      { text: short, wrap: false },
    ],
  });
  return marker;
}

interface LabelInfo {
  anchor: L.LatLng;
  variants: { text: string; wrap: boolean }[];
  /** The variants' sizes once measured: a label's text does not change with the view, so once is enough. */
  sizes?: { width: number; height: number }[];
}
const labelInfo = new WeakMap<L.Marker, LabelInfo>();

/** Name labels of the zones and the core in `lang`, keyed by area id so each follows its area's visibility. */
export function areaLabels(layout: Layout, lang: Lang): Map<AreaId, L.Marker> {
  const labels = new Map<AreaId, L.Marker>();
  for (const zone of layout.zones) {
    labels.set(
      zone.id,
      label(
        localized(zone.name, lang),
        t(lang, `label.short.${zone.id}` as const),
        `lz-label-zone lz-label-${zone.id}`,
        [zone.labelPoint[1], zone.labelPoint[0]],
      ),
    );
  }
  const c = L.geoJSON(layout.core.geometry).getBounds().getNorthEast();
  labels.set('core', label(t(lang, 'layer.core'), t(lang, 'label.short.core'), 'lz-label-core', [c.lat, c.lng]));
  return labels;
}

/** A box in the map container's pixels around an element of the map (a control). */
function boxIn(container: HTMLElement, el: Element): Box {
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top];
}

/**
 * Lays out the labels on the map now so that none overlaps another, a site's tap box (`obstacles`),
 * a map control, or the map's edge: each keeps its full name where there is room, else wraps it,
 * else takes its short name, else moves near its anchor, else hides (placeLabels). Call after every
 * move: the room changes with the zoom.
 */
export function placeAreaLabels(map: L.Map, labels: Iterable<L.Marker>, obstacles: readonly Box[]): void {
  const container = map.getContainer();
  const shown = [...labels].filter((l) => map.hasLayer(l) && l.getElement() && labelInfo.has(l));
  const spans = new Map(shown.map((l) => [l, l.getElement()!.firstElementChild as HTMLElement]));
  // Writes, then reads, then writes: each read after a write is a forced layout of the whole map (its
  // markers too: ~80 ms a move with thousands of sites; and a start-up task long enough to block a phone
  // when every variant of every name was measured in turn). So every name not measured yet gets a hidden
  // copy per variant beside it, laid out in its own place and styles, and all of them, with the controls'
  // boxes, are read in one layout. A name's text does not change with the view: measured once, when the
  // fonts are in.
  const copies = new Map<L.Marker, HTMLElement[]>();
  for (const l of shown) {
    const el = l.getElement()!;
    el.classList.remove('lz-label-hidden');
    const info = labelInfo.get(l)!;
    if (info.sizes) continue;
    const span = spans.get(l)!;
    copies.set(
      l,
      info.variants.map((v) => {
        const copy = span.cloneNode(false) as HTMLElement;
        copy.textContent = v.text;
        copy.classList.toggle('lz-label-wrap', v.wrap);
        copy.style.visibility = 'hidden';
        copy.setAttribute('aria-hidden', 'true');
        return el.appendChild(copy);
      }),
    );
  }
  const fontsIn = document.fonts?.status !== 'loading';
  const candidates = shown.map((l) => {
    const info = labelInfo.get(l)!;
    const measured = copies.get(l)?.map((c) => ({ width: c.offsetWidth, height: c.offsetHeight }));
    const variants = info.sizes ?? measured!;
    if (!info.sizes && variants.every((v) => v.width > 0) && fontsIn) info.sizes = variants;
    const p = map.latLngToContainerPoint(info.anchor);
    return { id: L.stamp(l).toString(), anchor: [p.x, p.y] as [number, number], variants };
  });
  const controls = [...container.querySelectorAll('.leaflet-control')].map((el) => boxIn(container, el));
  for (const list of copies.values()) for (const copy of list) copy.remove();
  const size = map.getSize();
  const placed = new Map(
    placeLabels(candidates, [...obstacles, ...controls], [0, 0, size.x, size.y]).map((p) => [p.id, p]),
  );
  for (const l of shown) {
    const p = placed.get(L.stamp(l).toString());
    const span = spans.get(l)!;
    if (!p) {
      l.getElement()!.classList.add('lz-label-hidden');
      continue;
    }
    const v = labelInfo.get(l)!.variants[p.variant];
    span.textContent = v.text;
    span.classList.toggle('lz-label-wrap', v.wrap);
    l.setLatLng(map.containerPointToLatLng(p.center));
  }
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
