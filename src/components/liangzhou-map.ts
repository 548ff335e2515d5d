import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFiles } from '../data/built-in-files';
import { GeoDataError } from '../data/geo-data-error';
import { readBuiltInLayout } from '../data/read-built-in-layout';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { tileTemplate } from '../map/basemaps';
import type { MapView } from '../map/layout-map';
import type { Itinerary, LonLat } from '../model/itinerary';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import { tripSettings } from '../plan/trip-settings';
import { DEFAULT_START } from '../plan/start-points';
import { toggleInTrip } from '../plan/toggle-in-trip';
import type { LayerId } from '../search/layer-ids';
import { areaSizes } from '../spatial/area-sizes';
import { sitesInLayers } from '../search/sites-in-layers';
import {
  corridorConverter,
  gesturesConverter,
  isSiteId,
  langConverter,
  parseControls,
  srcModeConverter,
  tilesConverter,
  toCorridorKm,
  toZoom,
  zoomConverter,
  type Gestures,
  type Panel,
  type SrcMode,
  type Tiles,
} from '../state/attributes';
import { composeLayout } from '../state/compose-layout';
import { formatLayers, isLayerId, parseLayers, setLayerVisible } from '../state/layer-visibility';
import { parseCenter } from '../state/parse-center';
import { routeDays, type RouteDay } from '../state/route-days';
import { define } from './define';
import { emit } from './events';
import { analysisMapStyles } from './analysis-map.styles';
import { liangzhouMapStyles } from './liangzhou-map.styles';
import { MapController } from './map-controller';
import { NoticesController } from './notices-controller';
import { PanelsController } from './panels-controller';
import { PopupController } from './popup-controller';
import { SitesSource } from './sites-source';

/**
 * The tourism map of 凉州区: the 一核、一轴、四区 layout (core, axis, four zones) and its sites,
 * drawn from the built-in geo/ data on a Leaflet map that needs no tile server.
 *
 * @attr lang - `zh-CN` (default) or `en`: interface and content.
 * @attr layers - Comma-separated visible layers among `core,axis,east,west,south,north,sites`; `-category:<id>` or `-theme:<id>` hides those sites. Default: all.
 * @attr site - Id of the selected site: its popup is open.
 * @attr center - Start centre as `lat,lng`.
 * @attr zoom - Start zoom (7-18).
 * @attr src - URL of a sites FeatureCollection in the geo/ schema.
 * @attr src-mode - `extend` (default: built-in sites plus these; same id replaces) or `replace`.
 * @attr tiles - `none` (default: outlines only, works offline), `osm`, or an https URL template with {z}/{x}/{y}.
 * @attr gestures - `cooperative` (default: one finger and the plain wheel scroll the page) or `greedy`.
 * @attr controls - Comma-separated panels to show: `layers`, `list`, `trip`, `analysis`, `lang` (default: all); `none` for a bare map.
 * @attr corridor - Width in km (1-20) of a corridor drawn either side of the axis, its sites listed in the Analysis tab; 0 or unset: none.
 * @fires lz-ready - The layers are on screen. detail: {sites}
 * @fires lz-site-select - A site's popup opened: by a click, Enter or Space on its marker, the site list, `site` or `showSite`. detail: {id}
 * @fires lz-layer-toggle - A layer was shown or hidden. detail: {id, visible}
 * @fires lz-view-change - The visitor moved the map. detail: {center: [lat, lng], zoom, bounds: [w, s, e, n]}
 * @fires lz-itinerary-change - The visitor changed the trip. detail: {days: [{name, siteIds}]}
 * @fires lz-lang-change - The visitor switched the language. detail: {lang}
 * @fires lz-error - Data was rejected in whole or part. detail: {message, file, feature, field}
 * @fires lz-area-select - An area's card opened: a click on the core, a zone or the axis, the Analysis tab, or `selectArea`. detail: {id}
 * @csspart map - The map area.
 * @csspart note - The note that zones and axis are schematic.
 * @csspart notice - A dismissible message (data errors, tiles offline).
 * @csspart popup - The site card inside a popup.
 * @cssproperty [--lz-height=480px] - Height when the page does not size the element.
 * @cssproperty [--lz-font=system-ui] - Font family.
 * @cssproperty [--lz-color-accent=#9a3412] - Buttons, headings and focus ring.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Colour of the east zone (likewise `--lz-zone-west`, `--lz-zone-south`, `--lz-zone-north`).
 * @cssproperty [--lz-core=#b3124a] - Colour of the core.
 * @cssproperty [--lz-axis=#111827] - Colour of the axis.
 * @cssproperty [--lz-corridor=#2563eb] - Fill of the axis corridor (drawn translucent).
 * @cssproperty [--lz-map-background=#eef2f0] - Background of the map where no layer is drawn.
 */
export class LiangzhouMap extends LitElement {
  static styles = [...liangzhouMapStyles, analysisMapStyles];

  /** Interface and content language: `zh-CN` (default) or `en`. */
  @property({ reflect: true, converter: langConverter }) lang: Lang = 'zh-CN';
  /** Visible layers, comma-separated; unset means all. */
  @property({ reflect: true }) layers?: string;
  /** Id of the selected site. */
  @property({ reflect: true }) site?: string;
  /** Start centre, `lat,lng`. */
  @property() center?: string;
  /** Start zoom. */
  @property({ converter: zoomConverter }) zoom?: number;
  /** URL of a sites FeatureCollection to show. */
  @property() src?: string;
  /** How `src` and `sites` combine with the built-in sites. */
  @property({ attribute: 'src-mode', converter: srcModeConverter }) srcMode: SrcMode = 'extend';
  /** `none`, `osm` or an https tile URL template. */
  @property({ converter: tilesConverter }) tiles: Tiles = 'none';
  /** `cooperative` or `greedy`. */
  @property({ converter: gesturesConverter }) gestures: Gestures = 'cooperative';
  /** Panels to show: `layers,list,trip,analysis,lang`, or `none`. */
  @property() controls = 'layers,list,trip,analysis,lang';
  /** Km either side of the axis to draw and analyse as a corridor; 0 is none. */
  @property({ reflect: true, converter: corridorConverter }) corridor = 0;
  /**
   * The trip: `{days: [{name, siteIds}]}`. Read it, or set it to show a trip; the element changes it
   * when the visitor edits the trip and then fires lz-itinerary-change. Property only.
   */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** A sites FeatureCollection object (same schema and rules as `src`). Property only. */
  @property({ attribute: false }) sites?: unknown;

  /** Where the trip's days start: the old city, or a point the visitor picked on the map. */
  @state() private tripStart: LonLat = DEFAULT_START;
  /** The trip panel's travel mode and day window, so the printed trip matches the screen. */
  /** What the map shows now, for the site list's "only in view". */
  @state() private bounds?: [number, number, number, number];
  /** The area whose card is open: `core`, a zone or `axis`. */
  @state() private area?: string;
  /** The planner asked to print the map: the printed page is the map's, not the trip's. */
  @state() private printingMap = false;
  /** The page's own sites, from `src` or `sites`. */
  @state() private extraSites: readonly Site[] = [];

  // Derived in willUpdate from the properties above; the map and the panels are given these.
  private language: Lang = 'zh-CN';
  private visible: ReadonlySet<LayerId> = parseLayers(undefined);
  private panels: readonly Panel[] = parseControls(undefined);
  /** What is drawn: the built-in layout with the sites from `src`/`sites` applied. */
  private layout?: Layout;
  private route: RouteDay[] = [];

  /** The built-in layout, parsed once per element: no module-level state shared between widgets. */
  private builtIn?: Layout;
  /** km² of the core and zones: measured once, they do not change with the sites. */
  private sizes?: Record<AreaId, number>;
  /** The online tiles to bring back when the visitor switches them on again. */
  private lastTiles?: Tiles;

  private readonly mapCtl = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.frame')!,
    onResize: (width) => this.panelsCtl.setNarrow(width < 640),
    onReady: () => {
      emit(this, 'lz-ready', { sites: this.layout?.sites.length ?? 0 });
      this.panelsCtl.mapReady();
    },
    onHint: (kind) => this.notices.showHint(kind),
  });
  private readonly notices = new NoticesController(this);
  private readonly panelsCtl = new PanelsController(this);
  private readonly popup = new PopupController(this, {
    state: () => ({ lang: this.language, trip: this.panels.includes('trip'), inTrip: (id) => this.inTrip(id) }),
    onToggleTrip: (id) => this.changeItinerary(toggleInTrip(this.itinerary, id)),
    onClose: () => this.view?.select(undefined),
    markerElement: (id) => this.view?.markerElement(id),
    openSiteId: () => this.view?.openSiteId(),
  });
  private readonly source = new SitesSource(
    this,
    (sites) => (this.extraSites = sites),
    (error) => this.reportError(error),
  );

  connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (removed, then added again): `updated` builds a fresh map.
    if (this.hasUpdated) this.requestUpdate();
    if (this.builtIn) return;
    try {
      this.builtIn = readBuiltInLayout(builtInFiles);
      this.sizes = areaSizes(this.builtIn);
      // `siteIds` answers from here on, before the first render (a page may read a trip against it).
      this.layout = composeLayout(this.builtIn, this.extraSites, this.srcMode);
    } catch (err) {
      // The built-in files are checked in tests; this only fires on a broken build.
      this.reportError(err);
    }
  }

  private get view() {
    return this.mapCtl.view;
  }

  /** Attributes -> state: everything the map and panels are given is derived here, once. */
  protected willUpdate(changed: PropertyValues): void {
    this.language = toLang(this.lang);
    if (changed.has('site') && this.site) this.revealSites();
    if (changed.has('layers')) this.visible = parseLayers(this.layers);
    if (changed.has('controls')) this.panels = parseControls(this.controls);
    if (this.builtIn && (changed.has('extraSites') || changed.has('srcMode') || !this.layout))
      this.layout = composeLayout(this.builtIn, this.extraSites, this.srcMode);
    if (changed.has('itinerary') || changed.has('extraSites') || changed.has('srcMode'))
      this.route = routeDays(this.itinerary, this.layout?.sites ?? []);
    this.panelsCtl.prepare({
      panels: this.panels,
      itinerary: this.itinerary,
      area: this.area,
      corridor: this.corridor,
    });
  }

  render() {
    const lang = this.language;
    return html`
      ${this.renderPrint(lang)}
      ${this.panelsCtl.render(
        {
          lang,
          panels: this.panels,
          sites: this.layout?.sites ?? [],
          visible: this.visible,
          sizes: this.sizes,
          onlineTiles: tileTemplate(this.tiles) !== undefined,
          bounds: this.bounds,
          selected: this.site,
          itinerary: this.itinerary,
          tripStart: this.tripStart,
          layout: this.layout,
          shown: this.shownSites(),
          area: this.area,
          corridor: this.corridor,
        },
        {
          layerRequest: (id, visible) => this.setLayerVisible(id, visible),
          onlineTiles: (on) => (this.tiles = on ? (this.lastTiles ?? 'osm') : 'none'),
          listSelect: (id, opener) => {
            this.popup.openedFrom(opener);
            this.revealSites();
            this.view?.select(id, { fly: true });
          },
          siteHover: (id) => this.view?.highlight(id),
          tripChange: (next) => this.changeItinerary(next),
          tripStartPick: () =>
            this.view?.pickPoint((at) => {
              this.tripStart = at;
              this.panelsCtl.setOpen(true);
            }),
          tripStartReset: () => (this.tripStart = DEFAULT_START),
          tripSettings: (settings) => this.changeItinerary({ ...this.itinerary, settings }),
          switchLang: this.switchLang,
          areaRequest: (id) => (id === null ? this.clearArea() : this.selectArea(id)),
          areaFit: (id) => this.fitTo(id),
          corridorRequest: (km) => (this.corridor = toCorridorKm(km)),
          analysisSite: (id) => {
            this.revealSites();
            this.view?.select(id, { fly: true });
          },
          printRequest: () => void this.printMap(),
        },
      )}
      <div class="frame ${this.panelsCtl.narrow ? 'narrow' : ''}" @keydown=${this.popup.keydown}>
        <div class="map" part="map" role="region"></div>
        <p class="note" part="note">${t(lang, 'map.schematicNote')}</p>
        ${this.notices.render(lang)}
      </div>
    `;
  }

  private renderPrint(lang: Lang) {
    if (this.printingMap && this.layout)
      return html`<lz-map-print
        class="print"
        exportparts="page: map-page"
        lang=${lang}
        .layout=${this.layout}
        .shown=${this.shownSites()}
        .visible=${this.visible}
        .corridor=${this.corridor}
        .date=${new Date()}
      ></lz-map-print>`;
    if (!this.panels.includes('trip') || !this.itinerary.days.some((d) => d.siteIds.length > 0)) return nothing;
    const { mode, dayStartMin, dayEndMin } = tripSettings(this.itinerary);
    return html`<lz-trip-print
      class="print"
      exportparts="page"
      lang=${lang}
      .sites=${this.layout?.sites ?? []}
      .itinerary=${this.itinerary}
      .outline=${this.layout?.boundary.geometry}
      .start=${this.tripStart}
      .mode=${mode}
      .dayStartMin=${dayStartMin}
      .dayEndMin=${dayEndMin}
    ></lz-trip-print>`;
  }

  /** State -> map, after render (the map needs its container): every setter is idempotent. */
  protected updated(changed: PropertyValues): void {
    if (changed.has('sites') && this.sites !== undefined) this.source.take(this.sites);
    if (changed.has('src')) this.source.fetch(this.src);
    if (tileTemplate(this.tiles)) this.lastTiles = this.tiles;
    if (!this.layout) return;
    const { view, created } = this.mapCtl.ensure(this.renderRoot.querySelector<HTMLElement>('.map')!, this.layout, {
      // Fit the district beside the panel (a 340 px card on the right) or above the sheet's bar.
      fitPaddingBottomRight: !this.panels.length
        ? [8, 8]
        : this.getBoundingClientRect().width < 640
          ? [8, 56]
          : [356, 8],
      lang: this.language,
      visible: this.visible,
      renderPopup: this.popup.content,
      onSiteSelect: (id) => this.select(id),
      onPopupOpen: (_id, popup) => this.popup.opened(popup),
      onPopupClose: (id) => {
        if (this.site === id) this.site = undefined;
        this.popup.closed(id);
      },
      onViewChange: (v) => this.onViewChange(v),
      onTileError: () => this.notices.notify('info', t(this.language, 'map.tilesFailed')),
      onAreaSelect: (id) => this.selectArea(id),
    });
    view.setLang(this.language);
    view.setSites(this.layout.sites);
    view.showLayers(this.visible);
    view.setRoute(this.route, this.tripStart);
    view.setTiles(tileTemplate(this.tiles));
    view.setCorridor(this.corridor);
    view.highlightArea(this.area);
    this.mapCtl.setGestures(this.gestures);
    if (created || changed.has('center') || changed.has('zoom')) {
      const center = parseCenter(this.center);
      const zoom = toZoom(this.zoom);
      if (center || zoom !== undefined) view.setView(center, zoom);
    }
    if (created || changed.has('site')) {
      const id = this.site;
      if (id === undefined || id === null) view.select(undefined);
      else if (!isSiteId(id) || !view.select(id, { move: !changed.has('center') || !this.center }))
        // After this update, not in it: a notice is state, and changing state mid-update costs a second one.
        queueMicrotask(() => this.notices.notify('error', t(this.language, 'map.unknownSite', { id })));
    }
  }

  /** Also waits for a `sites` object being checked: its checker loads on first use. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.source.busy) {
      await this.source.settled;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Opens a site's popup and moves the map to it. Returns false for an unknown id. */
  showSite(id: string): boolean {
    // lz-site-select follows from the popup opening (see onSiteSelect).
    if (!this.view || !this.siteIds.includes(id)) return false;
    this.revealSites();
    return this.view.select(id);
  }

  /** Shows or hides a layer (`core`, `axis`, a zone, `sites`, `category:<id>`, `theme:<id>`). Returns false for an unknown id. */
  setLayerVisible(id: string, visible: boolean): boolean {
    if (!this.view || !isLayerId(id)) return false;
    const current = parseLayers(this.layers);
    const next = setLayerVisible(current, id, visible);
    if (next === current) return true;
    this.layers = formatLayers(next);
    // The page hears the event once the map shows the change: push it now, not at the next frame.
    this.view?.showLayers(next);
    emit(this, 'lz-layer-toggle', { id, visible });
    return true;
  }

  /**
   * Opens the card of an area (`core`, a zone id or `axis`) in the Analysis tab and highlights it on
   * the map; fires lz-area-select. Returns false for an unknown id.
   */
  selectArea(id: string): boolean {
    if (!this.layout || !(id === 'core' || id === 'axis' || this.layout.zones.some((z) => z.id === id))) return false;
    this.area = id;
    if (this.panels.includes('analysis')) this.panelsCtl.showTab('analysis');
    emit(this, 'lz-area-select', { id });
    return true;
  }

  private clearArea(): void {
    this.area = undefined;
  }

  /** The sites the map shows now, under its layers and filters: what the exports and the printed map hold. */
  private shownSites(): Site[] {
    const { layout, visible } = this;
    // One array per (layout, layers): the Analysis tab and the print view re-render only when it changes.
    let cache = this.shownCache;
    if (!cache || cache.layout !== layout || cache.visible !== visible)
      cache = this.shownCache = { layout, visible, sites: layout ? sitesInLayers(layout.sites, visible) : [] };
    return cache.sites;
  }
  private shownCache?: { layout?: Layout; visible: ReadonlySet<LayerId>; sites: Site[] };

  /** Prints the map as shown (one A4 landscape page) instead of the trip. */
  async printMap(): Promise<void> {
    await import('./lz-map-print');
    this.printingMap = true;
    await this.updateComplete;
    const done = () => (this.printingMap = false);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  /** Ids of the sites the map holds now (built-in and the page's own): what a trip may name. */
  get siteIds(): string[] {
    return (this.layout?.sites ?? []).map((site) => site.id);
  }

  /** Whether a layer is shown now. */
  isLayerVisible(id: string): boolean {
    return !!this.view && isLayerId(id) && parseLayers(this.layers).has(id);
  }

  /** A site shown on request brings back the sites layer (a filter yields to it while its popup is open). */
  private revealSites(): void {
    if (!parseLayers(this.layers).has('sites')) this.setLayerVisible('sites', true);
  }

  /** Fits the view to `district`, `core`, `axis`, a zone, `sites` or a site id. Returns false for an unknown id. */
  fitTo(id: string): boolean {
    return this.view?.fitTo(id) ?? false;
  }

  private inTrip(id: string): boolean {
    return this.itinerary.days.some((d) => d.siteIds.includes(id));
  }

  /** The visitor's edit of the trip: take it, and tell the page. */
  private changeItinerary(next: Itinerary): void {
    this.itinerary = {
      days: next.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] })),
      ...(next.settings && { settings: { ...next.settings } }),
    };
    emit(this, 'lz-itinerary-change', this.itinerary);
  }

  private switchLang = (): void => {
    this.lang = this.language === 'en' ? 'zh-CN' : 'en';
    emit(this, 'lz-lang-change', { lang: toLang(this.lang) });
  };

  private select(id: string): void {
    if (this.site !== id) this.site = id;
    emit(this, 'lz-site-select', { id });
  }

  private onViewChange(view: MapView): void {
    // Leaflet reports moves made inside our own update (setView, fitBounds) synchronously: take the
    // new bounds after it, so the list re-renders once.
    queueMicrotask(() => (this.bounds = view.bounds));
    emit(this, 'lz-view-change', view);
  }

  private reportError(err: unknown): void {
    const e = err instanceof GeoDataError ? err : new GeoDataError({ file: 'unknown', problem: String(err) });
    this.notices.notify('error', `${t(this.language, 'error.title')}: ${e.message}`);
    emit(this, 'lz-error', { message: e.message, file: e.file, feature: e.feature, field: e.field });
  }
}

define('liangzhou-map', LiangzhouMap);

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
