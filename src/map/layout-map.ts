import * as L from 'leaflet';
import { t } from '../i18n/t';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import { layerIds } from '../search/layer-ids';
import { sitesInLayers } from '../search/sites-in-layers';
import { failSoftTiles } from './basemaps';
import { createMap } from './create-map';
import { areaLabels, layoutLayers, type LayoutLayers } from './layout-layers';
import { routeLayer, type RouteDay } from './route-layer';
import { siteLayer, type SiteLayer } from './site-layer';
import type { LonLat } from '../model/itinerary';

/** What the element hears from the map, in plain values. */
export interface MapView {
  /** [lat, lng] of the centre. */
  center: [number, number];
  zoom: number;
  /** [west, south, east, north] in view. */
  bounds: [number, number, number, number];
}

export interface LayoutMapOptions {
  lang: Lang;
  renderPopup: (site: Site, lang: Lang) => HTMLElement;
  /** A site's popup opened, however it was asked for. */
  onSiteSelect?: (id: string) => void;
  onPopupOpen?: (id: string, popup: HTMLElement) => void;
  onPopupClose?: (id: string) => void;
  onViewChange?: (view: MapView) => void;
  onTileError?: () => void;
  /** Room to keep free at the bottom right when fitting the district: the panel covers it. */
  fitPaddingBottomRight?: [number, number];
}

/** Ids of the layers the panel and the API toggle; `category:*` and `theme:*` filter the sites. */
export const AREA_LAYER_IDS = ['core', 'axis', 'east', 'west', 'south', 'north', 'sites'] as const;

/**
 * The Leaflet side of `<liangzhou-map>`: owns the L.Map and every layer, and offers the element a
 * small vocabulary of ids (`core`, `axis`, `east` ..., `sites`, `category:temple`, `theme:han`).
 * Nothing outside src/map touches Leaflet.
 */
export class LayoutMap {
  readonly map: L.Map;
  private layers: LayoutLayers;
  private labels: Map<AreaId, L.Marker>;
  private sites!: SiteLayer;
  private lang: Lang;
  private hidden = new Set<string>();
  private tiles?: L.TileLayer;
  private highlighted?: string;
  private route?: L.LayerGroup;
  private reopening = false;

  constructor(
    container: HTMLElement,
    private layout: Layout,
    private options: LayoutMapOptions,
  ) {
    this.lang = options.lang;
    this.map = createMap(container, { label: t(this.lang, 'map.label') });
    this.layers = layoutLayers(layout);
    this.labels = areaLabels(layout, this.lang);
    this.layers.context.addTo(this.map);
    for (const zone of this.layers.zones.values()) zone.addTo(this.map);
    this.layers.core.addTo(this.map);
    this.layers.boundary.addTo(this.map);
    this.layers.axis.addTo(this.map);
    for (const l of this.labels.values()) l.addTo(this.map);
    this.buildSites();
    this.map.fitBounds(this.layers.boundary.getBounds(), {
      paddingTopLeft: [8, 8],
      paddingBottomRight: options.fitPaddingBottomRight ?? [8, 8],
    });
    this.map.on('moveend', () => this.options.onViewChange?.(this.view()));
  }

  private buildSites(): void {
    const open = this.sites ? this.openSiteId() : undefined;
    this.sites?.group.remove();
    this.sites = siteLayer(this.layout.sites, {
      lang: this.lang,
      renderPopup: (site) => this.options.renderPopup(site, this.lang),
    });
    // Every way a popup opens (mouse, Enter, Space, the list, the API) ends here: one place to
    // report the selection. Reopening it after a rebuild (language, data) is not a new selection.
    this.sites.group.on('popupopen', (e: L.PopupEvent) => {
      const id = (e.propagatedFrom as L.Marker | undefined)?.getElement()?.dataset.siteId;
      const el = e.popup.getElement();
      if (!id || !el) return;
      this.options.onPopupOpen?.(id, el);
      if (!this.reopening) this.options.onSiteSelect?.(id);
    });
    this.sites.group.on('popupclose', (e: L.PopupEvent) => {
      const id = (e.propagatedFrom as L.Marker | undefined)?.getElement()?.dataset.siteId;
      if (id) this.options.onPopupClose?.(id);
    });
    if (!this.hidden.has('sites')) this.sites.group.addTo(this.map);
    this.applySiteFilters();
    if (open) {
      this.reopening = true;
      this.showSite(open, { move: false });
      this.reopening = false;
    }
  }

  /** Swaps the data (a bureau's own sites); keeps visibility, language and view. */
  setLayout(layout: Layout): void {
    this.layout = layout;
    this.buildSites();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.map.getContainer().setAttribute('aria-label', t(lang, 'map.label'));
    for (const l of this.labels.values()) l.remove();
    this.labels = areaLabels(this.layout, lang);
    for (const [id, l] of this.labels) if (!this.hidden.has(id)) l.addTo(this.map);
    this.buildSites();
  }

  private areaLayer(id: string): L.Layer | undefined {
    if (id === 'sites') return this.sites.group;
    if (id === 'context' || id === 'boundary' || id === 'core' || id === 'axis') return this.layers[id];
    return this.layers.zones.get(id as never);
  }

  /** Whether `id` names something this map can show or hide. */
  hasLayer(id: string): boolean {
    return !!this.areaLayer(id) || /^(category|theme):[a-z0-9-]+$/.test(id);
  }

  setLayerVisible(id: string, visible: boolean): boolean {
    if (!this.hasLayer(id)) return false;
    if (visible) this.hidden.delete(id);
    else this.hidden.add(id);
    const layer = this.areaLayer(id);
    if (layer) {
      if (visible) layer.addTo(this.map);
      else layer.remove();
      const label = this.labels.get(id as AreaId);
      if (label) visible ? label.addTo(this.map) : label.remove();
    }
    if (id === 'sites' || id.includes(':')) this.applySiteFilters();
    return true;
  }

  /** Ids hidden now, filters included. */
  hiddenIds(): string[] {
    return [...this.hidden];
  }

  isLayerVisible(id: string): boolean {
    return this.hasLayer(id) && !this.hidden.has(id);
  }

  /** The sites the layer and filter toggles leave on the map (the rule is sitesInLayers'). */
  private shownSiteIds(): Set<string> {
    const visible = layerIds.filter((id) => !this.hidden.has(id));
    return new Set(sitesInLayers(this.layout.sites, visible).map((s) => s.id));
  }

  private applySiteFilters(): void {
    const shown = this.shownSiteIds();
    for (const [id, marker] of this.sites.markers) {
      const has = this.sites.group.hasLayer(marker);
      if (shown.has(id) && !has) this.sites.group.addLayer(marker);
      if (!shown.has(id) && has) this.sites.group.removeLayer(marker);
    }
  }

  /**
   * Opens a site's popup, moving the map to it: at once, or with `fly` in a short flight (unless the
   * visitor asked the system for reduced motion). False when there is no such site.
   */
  showSite(id: string, options: { move?: boolean; fly?: boolean } = {}): boolean {
    const marker = this.sites.markers.get(id);
    if (!marker) return false;
    if (!this.map.hasLayer(this.sites.group)) this.setLayerVisible('sites', true);
    if (!this.sites.group.hasLayer(marker)) this.sites.group.addLayer(marker);
    const target = marker.getLatLng();
    const zoom = Math.max(this.map.getZoom(), 13);
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (options.move !== false && options.fly && !still && !this.map.getBounds().pad(-0.2).contains(target)) {
      this.map.once('moveend', () => marker.openPopup());
      this.map.flyTo(target, zoom, { duration: 0.6 });
      return true;
    }
    if (options.move !== false) this.map.setView(target, zoom, { animate: false });
    marker.openPopup();
    return true;
  }

  closePopup(): void {
    this.map.closePopup();
  }

  /** Marks one marker (from a hovered list item), or none. */
  highlight(id: string | null): void {
    if (this.highlighted) this.sites.markers.get(this.highlighted)?.getElement()?.classList.remove('lz-highlight');
    this.highlighted = id ?? undefined;
    if (id) this.sites.markers.get(id)?.getElement()?.classList.add('lz-highlight');
  }

  openSiteId(): string | undefined {
    for (const [id, marker] of this.sites.markers) if (marker.isPopupOpen()) return id;
    return undefined;
  }

  markerElement(id: string): HTMLElement | undefined {
    return this.sites.markers.get(id)?.getElement();
  }

  view(): MapView {
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    return {
      center: [c.lat, c.lng],
      zoom: this.map.getZoom(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    };
  }

  setView(center: [number, number] | undefined, zoom: number | undefined): void {
    this.map.setView(center ?? this.map.getCenter(), zoom ?? this.map.getZoom(), { animate: false });
  }

  /** Fits the view to a layer (`district`, `core`, a zone, `axis`, `sites`) or a site id. */
  fitTo(id: string): boolean {
    const layer = id === 'district' ? this.layers.boundary : this.areaLayer(id);
    let bounds: L.LatLngBounds | undefined;
    if (layer && 'getBounds' in layer) bounds = (layer as L.FeatureGroup).getBounds();
    const marker = this.sites.markers.get(id);
    if (!bounds && marker) bounds = L.latLngBounds([marker.getLatLng()]);
    if (!bounds?.isValid()) return false;
    this.map.fitBounds(bounds, { padding: [16, 16], maxZoom: 15, animate: false });
    return true;
  }

  /** Draws the trip (replacing the one drawn before); no days, no route. */
  setRoute(days: readonly RouteDay[], start: LonLat | undefined): void {
    this.route?.remove();
    this.route = days.some((d) => d.stops.length > 0) ? routeLayer(days, start).addTo(this.map) : undefined;
  }

  /** Calls back once with the [lon, lat] of the next click on the map (to set a trip's start). */
  pickPoint(onPick: (at: LonLat) => void): void {
    const container = this.map.getContainer();
    container.classList.add('lz-picking');
    this.map.once('click', (e: L.LeafletMouseEvent) => {
      container.classList.remove('lz-picking');
      onPick([Number(e.latlng.lng.toFixed(6)), Number(e.latlng.lat.toFixed(6))]);
    });
  }

  /** An online tile layer under the outlines, or none. */
  setTiles(template: string | undefined): void {
    this.tiles?.remove();
    this.tiles = undefined;
    if (!template) return;
    this.tiles = failSoftTiles(template, () => this.options.onTileError?.()).addTo(this.map);
    this.tiles.bringToBack();
  }

  invalidateSize(): void {
    this.map.invalidateSize();
  }

  remove(): void {
    // Leaflet 1.9 finishes a zoom animation on a timer that outlives map.remove() and then reads
    // panes that are gone (a known Leaflet bug). A page may remove the widget mid-zoom; the timer's
    // handler returns early when no zoom animation is under way.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.stop();
    this.map.remove();
  }
}
