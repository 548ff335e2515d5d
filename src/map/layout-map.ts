import * as L from 'leaflet';
import { t } from '../i18n/t';
import type { LonLat } from '../model/itinerary';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import type { Datum } from '../spatial/datum';
import type { LayerId } from '../search/layer-ids';
import type { Rect } from '../state/free-rect';
import { siteIndexReady, whenSiteIndexReady } from '../search/site-index';
import { visibleSites } from '../search/visible-sites';
import type { DrawnBaseMap } from './base-map-layer';
import { ReviewControl } from './review-control';
import { createMap, setMapLang } from './create-map';
import { areaLabels, layoutLayers, placeAreaLabels, type LayoutLayers } from './layout-layers';
import { corridorShape } from '../spatial/corridor-shape';
import { createPanes, paneName } from './paint-order';
import { positionLayer, type Fix } from './position-layer';
import { routeLayer, type RouteDay } from './route-layer';
import { SiteMarks } from './site-marks';
import { yieldToMain } from './yield-to-main';

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
  /** The layers shown at the start (default: all). */
  visible?: ReadonlySet<LayerId>;
  /** The popup's content for a site: a DOM node the owner renders into, never an HTML string. */
  renderPopup: (site: Site) => HTMLElement;
  /** A site's popup opened, however it was asked for (not when it reopens after a rebuild). */
  onSiteSelect?: (id: string) => void;
  onPopupOpen?: (id: string, popup: HTMLElement) => void;
  onPopupClose?: (id: string) => void;
  onViewChange?: (view: MapView) => void;
  /** The visitor clicked or tapped an area of the layout: `core`, a zone id or `axis`. */
  onAreaSelect?: (id: string) => void;
  /** Room to keep free at the bottom right when fitting the district: the panel covers it. */
  fitPaddingBottomRight?: [number, number];
}

/** The visitor asked the system for less motion: moves are made at once. */
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The area ids that are drawn layers (the rest of LayerId filter the sites). */
type AreaLayerId = AreaId | 'axis';

/**
 * The Leaflet side of `<liangzhou-map>`: owns the L.Map and every layer. The element tells it what
 * to show through idempotent setters (`showLayers`, `select`, `setLang`, `setSites`, `setRoute`,
 * `setBaseMap`), each of which compares with what is drawn and changes only the difference; it keeps
 * no state of its own about what should be shown. Layers keep a fixed paint order (paint-order.ts).
 * Nothing outside src/map touches Leaflet.
 */
export class LayoutMap {
  // Set by the first step (`steps`), which the constructor runs before anything can read them.
  map!: L.Map;
  private layers!: LayoutLayers;
  private labels = new Map<AreaId, L.Marker>();
  private sites!: SiteMarks;
  private siteList: readonly Site[];
  private lang: Lang;
  /** What was last asked to show, to diff against: a cache of the owner's set, not a second owner. */
  private shown: ReadonlySet<LayerId>;
  private base?: DrawnBaseMap;
  private drawnDatum: Datum = 'wgs84';
  private readonly review = new ReviewControl();
  private reviewNumbers: { provider?: string; own?: string } = {};
  /** The text query the site list filters by: the map shows the same sites (search/visible-sites.ts). */
  private query = '';
  /** showLayers has applied the filter once (the first call always does). */
  private layersShown = false;
  private route?: { key: string; layer?: L.LayerGroup };
  private position?: L.LayerGroup;
  private reopening = false;
  private picking = false;
  private selectedArea?: AreaLayerId;
  private corridor?: { km: number; layer?: L.GeoJSON };

  /**
   * Draws the layout on `container` at once. `LayoutMap.stage` draws the same in steps, a task each
   * (the element does that: start-up never blocks the main thread for long).
   */
  constructor(
    container: HTMLElement,
    private readonly layout: Layout,
    private readonly options: LayoutMapOptions,
    staged = false,
  ) {
    this.lang = options.lang;
    this.siteList = layout.sites;
    this.shown = options.visible ?? new Set<LayerId>(['core', 'axis', 'east', 'west', 'south', 'north', 'sites']);
    const steps = this.steps(container, staged);
    if (staged) this.pendingSteps = steps;
    else for (const _ of steps);
  }

  /** The steps of `stage` (true: after a frame; false: after a yield). */
  private pendingSteps?: Generator<boolean>;

  /**
   * Draws the layout on `container` in steps, a task each, with frames between where the browser should
   * lay out what was added before we measure it: the map with its controls; the layers' shapes; the fit
   * to the district and its outline; the neighbours; the areas; the site marks (their clusters and
   * markers); the area names, placed around the marks. `done` resolves true once all is drawn, false when `remove()` was called before (the
   * element left the page): drawing stops there, and the container is free at once.
   */
  static stage(
    container: HTMLElement,
    layout: Layout,
    options: LayoutMapOptions,
  ): { view: LayoutMap; done: Promise<boolean> } {
    const view = new LayoutMap(container, layout, options, true);
    const run = async () => {
      for (const frame of view.pendingSteps!) {
        // After a frame: what was added is laid out by the browser's rendering, not by our next measure.
        if (frame) await new Promise(requestAnimationFrame);
        await yieldToMain();
        if (view.removed) return false;
      }
      return true;
    };
    return { view, done: run() };
  }

  /** The constructor's work; each `yield` is a place where `stage` lets the browser run. */
  private *steps(container: HTMLElement, staged: boolean): Generator<boolean> {
    const layout = this.layout;
    if (staged) yield true;
    // The shapes need no map: built in a task before it (Leaflet reading the GeoJSON, ~10 ms here, 4× on a phone).
    this.layers = layoutLayers(layout);
    yield false;
    this.map = createMap(container, { label: t(this.lang, 'map.label'), lang: this.lang });
    createPanes(this.map);
    this.review.addTo(this.map);
    // A frame before the fit: the fit reads the map's size, and that read would lay out the map, its
    // panes and controls just added in this task (a forced layout, ~10 ms here, 4× on a phone); after
    // the frame the browser has laid them out in its own rendering.
    yield true;
    this.map.fitBounds(this.layers.boundary.getBounds(), {
      paddingTopLeft: [8, 8],
      paddingBottomRight: this.options.fitPaddingBottomRight ?? [8, 8],
    });
    // With the view: drawn before it, the scale bar would be empty and grow at the fit (a layout shift).
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.on('moveend', this.onMoveEnd);
    yield false;
    this.layers.boundary.addTo(this.map);
    yield false;
    this.layers.context.addTo(this.map);
    yield false;
    for (const id of this.areaIds()) if (this.shown.has(id)) this.areaShown(id, true);
    for (const id of this.areaIds()) this.areaLayer(id)?.on('click', () => this.areaClicked(id));
    yield false;
    this.buildSites();
    yield true;
    // The names come last: they make room for the marks, and measuring them lays out the map.
    this.labels = areaLabels(layout, this.lang);
    for (const id of this.areaIds()) if (this.shown.has(id)) this.areaShown(id, true);
    this.bindLabelClicks();
    // Placed in the task that adds them: drawn unplaced for a frame, they would move once placed (CLS).
    this.placeLabels();
  }

  private onMoveEnd = (): void => this.options.onViewChange?.(this.view());

  private areaClicked(id: AreaLayerId): void {
    // Choosing a trip's start point is a click on the map, not a choice of area.
    if (!this.picking) this.options.onAreaSelect?.(id);
  }

  /** An area's name on the map selects its area, as its outline does. */
  private bindLabelClicks(): void {
    for (const [id, label] of this.labels) label.on('click', () => this.areaClicked(id));
  }

  private areaIds(): AreaLayerId[] {
    return ['core', 'axis', ...this.layers.zones.keys()];
  }

  private areaLayer(id: AreaLayerId): L.GeoJSON | undefined {
    if (id === 'core' || id === 'axis') return this.layers[id];
    return this.layers.zones.get(id);
  }

  /** Shows or hides an area's outline and name; true when either was added or removed. */
  private areaShown(id: AreaLayerId, on: boolean): boolean {
    const layer = this.areaLayer(id);
    const label = id === 'axis' ? undefined : this.labels.get(id);
    let moved = false;
    for (const l of [layer, label]) {
      if (!l || on === this.map.hasLayer(l)) continue;
      moved = true;
      if (on) l.addTo(this.map);
      else l.remove();
    }
    return moved;
  }

  /** Shows exactly the layers in `visible` (areas, `sites`, `category:*`, `theme:*`); idempotent. */
  showLayers(visible: ReadonlySet<LayerId>): void {
    // Called after every update of the element (a pan is one): with the same layers and nothing
    // added or removed, the filter and the labels stay as they are (over 100,000 sites, each costs).
    const same = visible.size === this.shown.size && [...visible].every((id) => this.shown.has(id));
    this.shown = visible;
    let moved = false;
    for (const id of this.areaIds()) moved = this.areaShown(id, visible.has(id)) || moved;
    const group = this.sites.group;
    if (visible.has('sites') !== this.map.hasLayer(group)) {
      moved = true;
      if (visible.has('sites')) group.addTo(this.map);
      else group.remove();
    }
    if (same && !moved && this.layersShown) return;
    this.layersShown = true;
    this.applySiteFilters();
    this.placeLabels();
  }

  /** Labels make room for the markers and each other (and give way at small zooms). */
  private placeLabels(): void {
    // No names yet (the first steps of `stage`): nothing to measure, and no layout to force.
    if (this.sites && this.labels.size > 0) placeAreaLabels(this.map, this.labels.values(), this.sites.boxes());
  }

  /** Whether a layer is drawn now, asked of the map itself (as Leaflet's Control.Layers does). */
  isDrawn(id: LayerId): boolean {
    if (id === 'sites') return this.map.hasLayer(this.sites.group);
    const layer = id.includes(':') ? undefined : this.areaLayer(id as AreaLayerId);
    return layer ? this.map.hasLayer(layer) : this.shown.has(id);
  }

  private buildSites(): void {
    const open = this.sites ? this.openSiteId() : undefined;
    this.sites?.remove();
    this.sites = new SiteMarks(
      this.map,
      this.siteList,
      { lang: this.lang, renderPopup: this.options.renderPopup },
      () => this.placeLabels(),
    );
    // Every way a popup opens (mouse, Enter, Space, the list, the API) ends here: one place to
    // report the selection. Reopening it after a rebuild (language, data) is not a new selection.
    this.sites.group.on('popupopen', (e: L.PopupEvent) => {
      const id = (e.propagatedFrom as L.Marker | undefined)?.getElement()?.dataset.siteId;
      const el = e.popup.getElement();
      if (!id || !el) return;
      this.sites.pin(id); // stays drawn on its own while open, however the map moves
      this.options.onPopupOpen?.(id, el);
      if (!this.reopening) this.options.onSiteSelect?.(id);
    });
    this.sites.group.on('popupclose', (e: L.PopupEvent) => {
      const id = (e.propagatedFrom as L.Marker | undefined)?.getElement()?.dataset.siteId;
      if (id && !this.reopening) {
        this.sites.pin(undefined);
        this.options.onPopupClose?.(id);
      }
    });
    if (this.shown.has('sites')) this.sites.group.addTo(this.map);
    this.applySiteFilters();
    if (open) {
      this.reopening = true;
      this.select(open, { move: false });
      this.reopening = false;
    }
  }

  /** Settles once the sites' clustering, built in a Worker for a large set, is drawn; undefined when it is. */
  get clustering(): Promise<void> | undefined {
    return this.sites?.indexing;
  }

  /** Swaps the sites (a bureau's own); keeps visibility, language, view and the open popup. Idempotent. */
  setSites(sites: readonly Site[]): void {
    if (sites === this.siteList) return;
    this.siteList = sites;
    this.buildSites();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.map.getContainer().setAttribute('aria-label', t(lang, 'map.label'));
    setMapLang(this.map, lang);
    this.showReviewNumbers();
    for (const l of this.labels.values()) l.remove();
    this.labels = areaLabels(this.layout, lang);
    this.bindLabelClicks();
    for (const id of this.areaIds()) if (this.shown.has(id)) this.areaShown(id, true);
    this.buildSites();
  }

  /** Narrows the markers to the sites a text query finds, as the list does. Idempotent. */
  setQuery(query: string): void {
    if (query === this.query) return;
    this.query = query;
    this.applySiteFilters();
  }

  /** Clusters the sites the filter shows (search/visible-sites.ts); a chosen site stays while its popup is open (it is pinned). */
  private applySiteFilters(): void {
    this.sites.setVisible(visibleSites(this.siteList, this.shown, this.query));
    // A large list's query applies once its search index is built between frames (site-index.ts).
    const list = this.siteList;
    if (this.query.trim() && !siteIndexReady(list))
      void whenSiteIndexReady(list).then(() => list === this.siteList && !this.removed && this.applySiteFilters());
  }

  /**
   * Opens a site's popup (`undefined`: closes any), moving the map to it: at once, or with `fly` in a
   * short flight (unless the visitor asked the system for reduced motion). Nothing happens when that
   * popup is open already. False when there is no such site.
   */
  select(id: string | undefined, options: { move?: boolean; fly?: boolean } = {}): boolean {
    if (id === undefined) {
      if (this.openSiteId()) this.map.closePopup();
      return true;
    }
    const marker = this.sites.marker(id);
    if (!marker) return false;
    if (marker.isPopupOpen()) return true;
    // A chosen site shows even where a filter hides it, and on its own, never inside a cluster.
    if (!this.map.hasLayer(this.sites.group)) this.sites.group.addTo(this.map);
    this.sites.pin(id);
    const target = marker.getLatLng();
    // Close enough that it stands apart from its neighbours (天梯山 and 黄羊河 lie 1 px apart at the start).
    const zoom = Math.max(this.map.getZoom(), 13, this.sites.zoomAlone(id, 13) ?? this.map.getMaxZoom());
    if (options.move !== false && options.fly && !reducedMotion() && !this.map.getBounds().pad(-0.2).contains(target)) {
      this.map.once('moveend', () => marker.openPopup());
      this.map.flyTo(target, zoom, { duration: 0.6 });
      return true;
    }
    if (options.move !== false) this.map.setView(target, zoom, { animate: false });
    marker.openPopup();
    return true;
  }

  /** The open popup's site. */
  openSiteId(): string | undefined {
    for (const [id, marker] of this.sites.markers) if (marker.isPopupOpen()) return id;
    return undefined;
  }

  /**
   * Fits the open popup into `free` (px in the map's container: the part no panel, note or control
   * covers). Caps the popup's height so it fits there (its content scrolls inside), then pans the map
   * so all of it shows. The owner calls this once the card has rendered, and again when the card or
   * the overlays change size: Leaflet's own auto-pan runs at popupopen, while the card is still an
   * empty box, and never again when it grows (so it is off, in site-layer.ts).
   */
  fitPopup(free: Rect): void {
    const id = this.openSiteId();
    const popup = id ? this.sites.markers.get(id)?.getPopup() : undefined;
    const el = popup?.getElement();
    const content = el?.querySelector<HTMLElement>('.leaflet-popup-content');
    if (!popup || !el || !content) return;
    // Room kept between the popup and whatever it avoids.
    const gap = 8;
    // The cap is the content node's: the popup adds its margins, border and tip (measured). Set on the
    // node, not through popup.update(), which takes the card out of the page and its focus with it.
    const chrome = el.offsetHeight - content.offsetHeight;
    const maxHeight = `${Math.max(96, Math.floor(free.bottom - free.top - 2 * gap - chrome))}px`;
    if (content.style.maxHeight !== maxHeight) content.style.maxHeight = maxHeight;
    const c = this.map.getContainer().getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const box = { left: b.left - c.left, top: b.top - c.top, right: b.right - c.left, bottom: b.bottom - c.top };
    let dx = 0;
    let dy = 0;
    if (box.right > free.right - gap) dx = box.right - (free.right - gap);
    if (box.left - dx < free.left + gap) dx = box.left - (free.left + gap);
    if (box.bottom > free.bottom - gap) dy = box.bottom - (free.bottom - gap);
    // The title first: a popup still too tall shows its top and scrolls.
    if (box.top - dy < free.top + gap) dy = box.top - (free.top + gap);
    if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) this.map.panBy([dx, dy], { animate: !reducedMotion() });
  }

  /** Marks one marker (from a hovered list item), or none. */
  highlight(id: string | null): void {
    for (const el of this.map.getContainer().querySelectorAll('.lz-highlight')) el.classList.remove('lz-highlight');
    if (id) this.sites.elementFor(id)?.classList.add('lz-highlight');
  }

  /** The element standing for a site on the map now: its marker, or the cluster that holds it. */
  markerElement(id: string): HTMLElement | undefined {
    return this.sites.elementFor(id);
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

  /** Fits the view to `district`, `core`, `axis`, a zone, `sites` or a site id. False for an unknown id. */
  fitTo(id: string): boolean {
    let bounds: L.LatLngBounds | undefined;
    if (id === 'district') bounds = this.layers.boundary.getBounds();
    else if (id === 'sites')
      bounds = L.latLngBounds(
        visibleSites(this.siteList, this.shown, this.query).map((s) => [s.coordinates[1], s.coordinates[0]]),
      );
    else if (id === 'core' || id === 'axis' || this.layers.zones.has(id as never))
      bounds = this.areaLayer(id as AreaLayerId)?.getBounds();
    const site = bounds ? undefined : this.siteList.find((s) => s.id === id);
    if (site) {
      // Close enough that the site stands apart from its neighbours, or else spread with those on its spot.
      const max = this.map.getMaxZoom();
      const alone = this.sites.zoomAlone(id, 15);
      this.map.setView([site.coordinates[1], site.coordinates[0]], Math.min(max, alone ?? max), { animate: false });
      if (alone === undefined) this.sites.spreadHolding(id);
      return true;
    }
    if (!bounds?.isValid()) return false;
    this.map.fitBounds(bounds, { padding: [16, 16], maxZoom: 15, animate: false });
    return true;
  }

  /** Draws the trip (replacing the one drawn before); no days, no route. Idempotent. */
  setRoute(days: readonly RouteDay[], start: LonLat | undefined): void {
    const key = JSON.stringify([days, start]);
    if (this.route?.key === key) return;
    this.route?.layer?.remove();
    const layer = days.some((d) => d.stops.length > 0) ? routeLayer(days, start).addTo(this.map) : undefined;
    this.route = { key, layer };
  }

  /**
   * Draws the visitor's position and its accuracy circle (replacing the one drawn before), or none.
   * In WGS84: on a GCJ-02 base map the map's CRS (datum-crs.ts) shifts it with every other overlay.
   */
  setPosition(fix: Fix | undefined): void {
    this.position?.remove();
    this.position = fix ? positionLayer(fix).addTo(this.map) : undefined;
  }

  /** Calls back once with the [lon, lat] of the next click on the map (to set a trip's start). */
  pickPoint(onPick: (at: LonLat) => void): void {
    const container = this.map.getContainer();
    container.classList.add('lz-picking');
    this.picking = true;
    this.map.once('click', (e: L.LeafletMouseEvent) => {
      container.classList.remove('lz-picking');
      // The area's own click handler runs before the map's: lower the flag after both.
      queueMicrotask(() => (this.picking = false));
      onPick([Number(e.latlng.lng.toFixed(6)), Number(e.latlng.lat.toFixed(6))]);
    });
  }

  /** Marks one area (`core`, a zone, `axis`) as selected, or none. Idempotent. */
  highlightArea(id: string | undefined): void {
    const next = id && this.areaIds().includes(id as AreaLayerId) ? (id as AreaLayerId) : undefined;
    if (next === this.selectedArea) return;
    const mark = (areaId: AreaLayerId | undefined, on: boolean) =>
      this.areaLayer(areaId!)?.eachLayer((l) => (l as L.Path).getElement?.()?.classList.toggle('lz-area-selected', on));
    if (this.selectedArea) mark(this.selectedArea, false);
    this.selectedArea = next;
    if (next) mark(next, true);
  }

  /**
   * Draws the corridor `km` either side of the axis (0: none), in its own pane between the core and
   * the boundary. Its pieces overlap (src/spatial/corridor-shape.ts), so the pane, not each piece, is
   * translucent: the overlaps do not show. Idempotent.
   */
  setCorridor(km: number): void {
    if (this.corridor?.km === km) return;
    this.corridor?.layer?.remove();
    const pane = this.map.getPane(paneName('corridor'));
    if (pane) pane.style.opacity = '0.28'; // CSSOM, not a style attribute: allowed under a strict CSP
    const layer =
      km > 0
        ? L.geoJSON(corridorShape(this.layout.axis.geometry, km), {
            pane: paneName('corridor'),
            style: { className: 'lz-corridor', interactive: false, stroke: false, fillOpacity: 1 },
          }).addTo(this.map)
        : undefined;
    this.corridor = { km, layer };
  }

  /**
   * The base map under the outlines (built by base-map-layer.ts), or none. Idempotent for the same
   * object. A base map in another datum swaps the map's CRS (datum-crs.ts) and keeps the view on the
   * same ground: every overlay is then drawn in that datum, and everything the map reports stays WGS84.
   */
  setBaseMap(base: DrawnBaseMap | undefined): void {
    if (base === this.base) return;
    this.base?.layer.remove();
    this.base = base;
    this.setCrs(base?.crs ?? L.CRS.EPSG3857, base?.datum ?? 'wgs84');
    this.reviewNumbers = { ...this.reviewNumbers, provider: base?.reviewNumber };
    this.showReviewNumbers();
    base?.layer.addTo(this.map);
  }

  /** The bureau's own approval number (`map-review-number`, already checked), shown as text. */
  setReviewNumber(own: string | undefined): void {
    if (own === this.reviewNumbers.own) return;
    this.reviewNumbers = { ...this.reviewNumbers, own };
    this.showReviewNumbers();
  }

  private showReviewNumbers(): void {
    const numbers = [this.reviewNumbers.provider, this.reviewNumbers.own].filter((n): n is string => !!n);
    this.review.setText(numbers.length ? t(this.lang, 'baseMap.review', { numbers: numbers.join(' · ') }) : '');
  }

  /** The datum the map draws in now. */
  get datum(): Datum {
    return this.drawnDatum;
  }

  private setCrs(crs: L.CRS, datum: Datum): void {
    this.drawnDatum = datum;
    if (this.map.options.crs === crs) return;
    // The WGS84 centre before the swap is the centre after it: the view stays on the same ground.
    const center = this.map.getCenter();
    const zoom = this.map.getZoom();
    this.map.options.crs = crs;
    // A reset view (no animation) makes every layer project itself again through the new CRS.
    this.map.setView(center, zoom, { reset: true } as L.ZoomPanOptions);
    // Marker groups may keep projected positions of their own (clusters): build them afresh.
    this.buildSites();
  }

  invalidateSize(): void {
    this.map.invalidateSize();
  }

  /** Set by `remove`: work that ends later (a search index built in slices) leaves the map alone. */
  private removed = false;

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    if (!this.map) return; // staged, and removed before its first step
    this.sites?.remove(); // ends a clustering Worker still building
    this.map.off('moveend', this.onMoveEnd);
    // Leaflet 1.9 finishes a zoom animation on a timer that outlives map.remove() and then reads
    // panes that are gone (a known Leaflet bug). A page may remove the widget mid-zoom; the timer's
    // handler returns early when no zoom animation is under way.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.stop();
    this.map.remove();
  }
}
