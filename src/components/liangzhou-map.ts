import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFilesReady } from '../data/built-in-files';
import { yieldToMain } from '../map/yield-to-main';
import type { LayoutFiles } from '../data/parse-layout';
import { readBuiltInLayout } from '../data/read-built-in-layout';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Itinerary, LonLat } from '../model/itinerary';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import type { TripStorageProblem } from '../plan/itinerary-storage';
import type { LayerId } from '../search/layer-ids';
import { areaSizes } from '../spatial/area-sizes';
import type { Datum } from '../spatial/datum';
import {
  corridorConverter,
  datumConverter,
  gesturesConverter,
  langConverter,
  parseControls,
  queryConverter,
  reviewNumberConverter,
  srcModeConverter,
  srcTimeoutConverter,
  SRC_TIMEOUT_S,
  tiandituKeyConverter,
  tilesConverter,
  toQuery,
  toZoom,
  zoomConverter,
  type Gestures,
  type Panel,
  type SrcMode,
  type Tiles,
} from '../state/attributes';
import { composeLayout } from '../state/compose-layout';
import { parseLayers } from '../state/layer-visibility';
import { isNarrow, SIDE_PANEL_PX } from '../state/panel-layout';
import { parseCenter } from '../state/parse-center';
import { routeDays, type RouteDay } from '../state/route-days';
import { AnalysisController } from './analysis-controller';
import { analysisMapStyles } from './analysis-map.styles';
import { BaseMapController } from './base-map-controller';
import { baseMapStyles } from './base-map.styles';
import { define } from './define';
import { DoorsController } from './doors-controller';
import { emit } from './events';
import { FilterController } from './filter-controller';
import { liangzhouMapStyles } from './liangzhou-map.styles';
import { afterMessages } from './messages-ready';
import { MapController } from './map-controller';
import { NoticesController } from './notices-controller';
import { noticesStyles } from './notices.styles';
import { ConnectivityController } from './connectivity-controller';
import { LocateController } from './locate-controller';
import { nearMeStyles } from './near-me.styles';
import { PanelsController } from './panels-controller';
import { PopupController } from './popup-controller';
import { SiteController } from './site-controller';
import { FgbSourceController } from './fgb-source-controller';
import { SitesSource } from './sites-source';
import { TripController } from './trip-controller';
import { tripStatusStyles } from './trip-status.styles';

/**
 * The tourism map of 凉州区: the 一核、一轴、四区 layout (core, axis, four zones) and its sites,
 * drawn from the built-in geo/ data on a Leaflet map that needs no tile server.
 *
 * @attr lang - `zh-CN` (default) or `en`: interface and content.
 * @attr layers - The map's layers and its site filter, one value the page can set and read (reflected; the URL keeps it). Comma-separated: the outlines to draw among `core,axis,east,west,south,north`, and `sites` to draw the markers; then the sites to hide: `-area:<core|east|west|south|north>` (sites of an area), `-category:<id>`, `-theme:<id>`, `-theme:none` (sites without a theme). A site is shown when its area, category and one of its themes are not hidden. Default: all. Example, only the south zone and its sites: `south,sites,-area:core,-area:east,-area:west,-area:north`. Unknown ids are named in a notice; a value with no known id shows the default layers.
 * @attr site - Id of the selected site: its popup is open. A site of `src` or `sites` opens once that data has loaded; only then is a missing id reported.
 * @attr center - Start centre as `lat,lng`.
 * @attr zoom - Start zoom (7-18).
 * @attr src - URL of a sites FeatureCollection in the geo/ schema: at most 200,000 features and 50 MB (counted as the body streams). It is checked in a Web Worker, a progress bar showing the bytes read and then the features checked; each bad feature is reported (`lz-error`) and left out. Or a FlatGeobuf file (a path ending in `.fgb`, or one sent as `application/vnd.flatgeobuf` or starting with FlatGeobuf's magic bytes), for data too large to download whole: read with HTTP range requests, the features in view only (at most 5,000 a view, a notice saying when a view holds more), again after each pan or zoom; the sites loaded so far are on the map and in the list. Its host must answer Range requests with 206 (and allow the Range header in CORS); one that does not gives `lz-error` (`fetch-failed`). Same origins, timeout and checks as any `src`.
 * @attr src-mode - `extend` (default: built-in sites plus these; same id replaces) or `replace`.
 * @attr src-timeout - Seconds to wait for `src`, headers and body (default 20, 1-120); then a notice and `lz-error` (category `timeout`).
 * @attr tiles - The base map: `none` (default: outlines only, works offline), `osm`, `tianditu` or `tianditu-img` (天地图 vector or imagery, labels in the map's language; needs `tianditu-key`), `amap` or `amap-img` (高德 vector or satellite, GCJ-02: the overlays are drawn shifted to match), or an https URL template with {z}/{x}/{y} (or {-y} for TMS), {s} and {r}; a template the map cannot use fires `lz-error` (file `tiles`, category `invalid-attribute`). Tiles that fail fall back to `none` with a notice.
 * @attr tianditu-key - The 天地图 key (`tk`, letters and digits) for `tiles="tianditu"` and `tianditu-img`.
 * @attr tiles-datum - The datum of a `tiles` template: `wgs84` (default) or `gcj02`. Events, links and exports stay WGS84 either way.
 * @attr map-review-number - The bureau's own approval number (审图号), shown as text under the map and on every printed page; letters, digits, brackets, hyphens and spaces, at most 40.
 * @attr gestures - `cooperative` (default: one finger and the plain wheel scroll the page) or `greedy`.
 * @attr controls - Comma-separated panels to show: `layers`, `list`, `trip`, `analysis`, `lang` (default: all); `none` for a bare map.
 * @attr corridor - Width in km (1-20) of a corridor drawn either side of the axis, its sites listed in the Analysis tab; 0 or unset: none.
 * @attr query - The Sites tab's search text: the map, the list and the counts show the sites it finds (Chinese or English name, or pinyin), together with the `layers` filter. Reflected, and updated as the visitor types (no event: observe the attribute); the full page keeps it in the URL as `q`. One line, at most 100 characters; unset: no search.
 * @fires lz-ready - The layers are on screen. detail: {sites}
 * @fires lz-site-select - A site's popup opened: by a click, Enter or Space on its marker, the site list, `site` or `showSite`. detail: {id}
 * @fires lz-layer-toggle - A layer was shown or hidden. detail: {id, visible}
 * @fires lz-view-change - The visitor moved the map. detail: {center: [lat, lng], zoom, bounds: [w, s, e, n]}
 * @fires lz-itinerary-change - The visitor changed the trip. detail: {days: [{name, siteIds}]}
 * @fires lz-lang-change - The visitor switched the language. detail: {lang}
 * @fires lz-error - Data or an attribute was rejected in whole or part. detail: {message, category, file, feature, field}; `category` is one of `fetch-failed`, `not-json`, `invalid-data`, `too-large`, `timeout`, `not-allowed`, `invalid-attribute`.
 * @fires lz-area-select - An area's card opened: a click on the core, a zone or the axis, the Analysis tab, or `selectArea`. detail: {id}
 * @csspart map - The map area.
 * @csspart note - The note that zones and axis are schematic.
 * @csspart notice - A dismissible message (data errors, tiles offline).
 * @csspart popup - The site card inside a popup.
 * @cssproperty [--lz-height=480px] - Height when the page does not size the element.
 * @cssproperty [--lz-font=system-ui] - Font family.
 * @cssproperty [--lz-color-accent=#9a3412] - Buttons, headings and focus ring.
 * @cssproperty [--lz-color-text=#1f2937] - Text.
 * @cssproperty [--lz-color-border=#d1d5db] - Lines between the trip's days and stops.
 * @cssproperty [--lz-color-warning=#b45309] - The warning that a day of the trip runs past its end.
 * @cssproperty [--lz-panel-background=#ffffff] - Background of the side panel.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Colour of the east zone: on the map, in the legend and the site list.
 * @cssproperty [--lz-zone-west=#1f6fa8] - Colour of the west zone.
 * @cssproperty [--lz-zone-south=#8c4a0e] - Colour of the south zone.
 * @cssproperty [--lz-zone-north=#b8860b] - Colour of the north zone.
 * @cssproperty [--lz-core=#b3124a] - Colour of the core.
 * @cssproperty [--lz-axis=#111827] - Colour of the axis.
 * @cssproperty [--lz-corridor=#2563eb] - Fill of the axis corridor (drawn translucent).
 * @cssproperty [--lz-map-background=#eef2f0] - Background of the map where no layer is drawn.
 */
export class LiangzhouMap extends LitElement {
  static styles = [
    ...liangzhouMapStyles,
    noticesStyles,
    tripStatusStyles,
    analysisMapStyles,
    baseMapStyles,
    nearMeStyles,
  ];

  // --- Attributes and properties: the public surface, converted by state/attributes.ts.
  /** Interface and content language: `zh-CN` (default) or `en`. */
  @property({ reflect: true, converter: langConverter }) lang: Lang = 'zh-CN';
  /** Layers and site filter (grammar in the class comment: `south,sites,-theme:none`); unset means all. Reflected. */
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
  /** Seconds to wait for `src` before giving up (1-120). Read when `src` changes. */
  @property({ attribute: 'src-timeout', converter: srcTimeoutConverter }) srcTimeout: number = SRC_TIMEOUT_S;
  /** `none`, `osm` or an https tile URL template. */
  @property({ converter: tilesConverter }) tiles: Tiles = 'none';
  /** The 天地图 key (`tk`) for `tianditu` and `tianditu-img`. */
  @property({ attribute: 'tianditu-key', converter: tiandituKeyConverter }) tiandituKey?: string;
  /** The datum of a custom `tiles` template. */
  @property({ attribute: 'tiles-datum', converter: datumConverter }) tilesDatum: Datum = 'wgs84';
  /** The bureau's own 审图号, shown as text. */
  @property({ attribute: 'map-review-number', converter: reviewNumberConverter }) mapReviewNumber?: string;
  /** `cooperative` or `greedy`. */
  @property({ converter: gesturesConverter }) gestures: Gestures = 'cooperative';
  /** Panels to show: `layers,list,trip,analysis,lang`, or `none`. */
  @property() controls = 'layers,list,trip,analysis,lang';
  /** Km either side of the axis to draw and analyse as a corridor; 0 is none. */
  @property({ reflect: true, converter: corridorConverter }) corridor = 0;
  /** The Sites tab's search text, as the visitor types it or the page sets it (one line, at most 100 characters). Reflected. */
  @property({ reflect: true, converter: queryConverter })
  get query(): string {
    return this.searchText;
  }
  set query(value: string) {
    const old = this.searchText;
    this.searchText = toQuery(value);
    this.requestUpdate('query', old);
  }
  private searchText = '';
  /**
   * The trip: `{days: [{name, siteIds}], settings?}`. Read it, or set it to show a trip; the element
   * changes it when the visitor edits the trip and then fires lz-itinerary-change. Property only.
   * What is set passes the one trip validator (validate-itinerary.ts, shared with the stored trip and
   * the `?trip=` link): at most 14 days of 40 stops; anything that is not a trip (null, a number) is
   * reported with lz-error and leaves an empty trip.
   */
  @property({ attribute: false })
  get itinerary(): Itinerary {
    return this.trip;
  }
  set itinerary(value: Itinerary) {
    const old = this.trip;
    this.trip = this.doors.checkTrip(value);
    this.requestUpdate('itinerary', old);
  }
  private trip: Itinerary = { days: [] };
  /** A sites FeatureCollection object (same schema and rules as `src`, up to 200,000 features). Property only. */
  @property({ attribute: false }) sites?: unknown;

  // --- State: the page's own sites and the view, and what willUpdate derives from the properties.
  /** The page's own sites, from `src` or `sites`. */
  @state() private extraSites: readonly Site[] = [];
  /** The visitor's position ([lon, lat], WGS84) while the locate control is on. */
  @state() private here?: LonLat;
  private language: Lang = 'zh-CN';
  private visible: ReadonlySet<LayerId> = parseLayers(undefined);
  private panels: readonly Panel[] = parseControls(undefined);
  /** What is drawn: the built-in layout with the sites from `src`/`sites` applied. */
  private layout?: Layout;
  private route: RouteDay[] = [];
  /** The built-in layout, parsed once per element: no module-level state shared between widgets. */
  private builtIn?: Layout;
  /** The geo files on their way (fetched builds only). */
  private builtInPending?: Promise<void>;
  /** The element was connected and its size is not read yet (willUpdate reads it once). */
  private sizePending = false;
  /** km² of the core and zones: measured once, they do not change with the sites. */
  private sizes?: Record<AreaId, number>;

  // --- Composition: one controller per concern; each undoes in hostDisconnected what it set up.
  private readonly notices = new NoticesController(this);
  private readonly baseMaps = new BaseMapController({
    notify: (text) => this.notices.notify('info', text),
    fallBack: () => (this.tiles = 'none'),
  });
  private baseMapState = () => ({
    lang: this.language,
    tiles: this.tiles,
    key: this.tiandituKey,
    datum: this.tilesDatum,
    reviewNumber: this.mapReviewNumber,
  });
  private readonly doors = new DoorsController(this, this.notices);
  private readonly mapCtl = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.frame')!,
    onResize: (width, height) => this.panelsCtl.setNarrow(isNarrow(width, height)),
    onReady: () => {
      emit(this, 'lz-ready', { sites: this.layout?.sites.length ?? 0 });
      this.panelsCtl.mapReady();
    },
    onHint: (kind) => this.notices.showHint(kind),
  });
  private readonly connectivity = new ConnectivityController(this);
  /** "Near me": the locate button, the visitor's position on the map, and `here` for the list and the trip. */
  private readonly locate = new LocateController(this, {
    view: () => this.view,
    outline: () => this.layout?.boundary.geometry,
    notify: (text) => this.notices.notify('info', text),
    onFix: (fix) => (this.here = fix?.at),
  });
  private readonly panelsCtl = new PanelsController(this);
  private readonly filter = new FilterController(this, {
    view: () => this.view,
    show: (visible) => {
      this.visible = visible;
      this.view?.showLayers(visible);
    },
    fitTo: (id) => this.fitTo(id),
  });
  private readonly trips = new TripController(this, {
    lang: () => this.language,
    layout: () => this.layout,
    check: (value) => this.doors.checkTrip(value),
    hasTab: () => this.panels.includes('trip'),
    showTab: () => this.panelsCtl.showTab('trip'),
    openPanel: () => this.panelsCtl.setOpen(true),
    view: () => this.view,
    notices: this.notices,
  });
  private readonly analysis = new AnalysisController(this, {
    layout: () => this.layout,
    hasTab: () => this.panels.includes('analysis'),
    showTab: () => this.panelsCtl.showTab('analysis'),
    fitTo: (id) => this.fitTo(id),
    showSite: (id) => this.selection.show(id, { fly: true }),
  });
  private readonly popup = new PopupController(this, {
    state: () => ({ lang: this.language, trip: this.panels.includes('trip'), inTrip: (id) => this.trips.inTrip(id) }),
    onToggleTrip: (id) => this.trips.toggleFromPopup(id),
    onClose: () => this.view?.select(undefined),
    markerElement: (id) => this.view?.markerElement(id),
    openSiteId: () => this.view?.openSiteId(),
    mapElement: () => this.renderRoot.querySelector<HTMLElement>('.map') ?? undefined,
    overlays: () => [...this.renderRoot.querySelectorAll('lz-panel, .note, .leaflet-control')],
    fit: (free) => this.view?.fitPopup(free),
  });
  private readonly selection = new SiteController(this, {
    view: () => this.view,
    loading: () => this.source.loading,
    revealSites: () => this.filter.reveal(),
    foldSheet: () => this.panelsCtl.narrow && this.panelsCtl.setOpen(false),
    popup: this.popup,
    notices: this.notices,
  });
  private readonly fgb = new FgbSourceController(this, {
    bounds: () => this.view?.view().bounds,
    onSites: (sites) => (this.extraSites = sites),
    onError: (error) => this.doors.reportError(error),
    notify: (text) => this.notices.notify('info', text),
  });
  private readonly source = new SitesSource(
    this,
    (sites) => (this.extraSites = sites),
    (error) => this.doors.reportError(error),
    this.fgb,
  );

  private get view() {
    return this.mapCtl.view;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.sizePending = true;
    // Moved in the page (removed, then added again): `updated` builds a fresh map.
    if (this.hasUpdated) this.requestUpdate();
    if (this.builtIn || this.builtInPending) return;
    const files = builtInFilesReady;
    // The first render waits for the files, in a task after the one that reads them (each is long on a phone).
    if (files instanceof Promise) this.builtInPending = files.then((f) => this.takeBuiltIn(f)).then(yieldToMain);
    else this.takeBuiltIn(files);
  }

  private takeBuiltIn(files: LayoutFiles): void {
    this.builtInPending = undefined;
    try {
      this.builtIn = readBuiltInLayout(files);
      this.sizes = areaSizes(this.builtIn);
      // `siteIds` answers from here on, before the first render (a page may read a trip against it).
      this.layout = composeLayout(this.builtIn, this.extraSites, this.srcMode);
    } catch (err) {
      // The bundled files are checked in tests; fetched ones (lite build, the pages) may be missing or broken.
      this.doors.reportError(err);
    }
  }

  /** Waits for the geo files where they are fetched (lite build, the pages) and for English messages: one first frame. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMessages(this.lang, () => super.scheduleUpdate(), this.builtInPending);
  }

  /** Attributes -> state: everything the map and panels are given is derived here, once. */
  protected willUpdate(changed: PropertyValues): void {
    if (this.sizePending) {
      // The panel's layout before the first render after connecting: a phone's first frame is already the
      // sheet, and nothing moves when the ResizeObserver first reports (CLS). Read here, not in
      // connectedCallback: there it forced a layout inside the task that evaluates the page's code, which
      // can run before the page's first paint, and Lighthouse then counts that whole task into the LCP.
      this.sizePending = false;
      const { width, height } = this.getBoundingClientRect();
      if (width > 0 && height > 0) this.panelsCtl.setNarrow(isNarrow(width, height));
    }
    this.language = toLang(this.lang);
    if (changed.has('site') && this.site) this.filter.reveal();
    if (changed.has('layers')) {
      this.visible = parseLayers(this.layers);
      this.doors.checkLayers(this.layers);
    }
    if (changed.has('tiles')) this.doors.checkTiles(this.tiles);
    if (changed.has('controls')) this.panels = parseControls(this.controls);
    if (this.builtIn && (changed.has('extraSites') || changed.has('srcMode') || !this.layout))
      this.layout = composeLayout(this.builtIn, this.extraSites, this.srcMode);
    if (changed.has('itinerary') || changed.has('extraSites') || changed.has('srcMode'))
      this.route = routeDays(this.itinerary, this.layout?.sites ?? []);
    const { panels, itinerary, corridor } = this;
    this.panelsCtl.prepare({ panels, itinerary, area: this.analysis.area, corridor });
  }

  /** State -> composition: the printed page, the panels, and the map's frame with what lies over it. */
  render() {
    const lang = this.language;
    const shown = this.filter.shown(this.layout, this.visible);
    const sites = this.layout?.sites ?? [];
    const placement = this.panelsCtl.narrow ? 'narrow' : this.panels.length ? 'beside-panel' : '';
    return html`
      ${this.notices.render(lang, placement)}
      ${this.analysis.printing ? this.analysis.renderPrint({ lang, shown, visible: this.visible, reviewNumber: this.mapReviewNumber }) : this.trips.renderPrint(lang, this.mapReviewNumber)}
      ${this.panelsCtl.render(
        {
          lang,
          panels: this.panels,
          sites,
          visible: this.visible,
          query: this.filter.query,
          sizes: this.sizes,
          baseMap: this.baseMaps.choice(this.tiles),
          baseMaps: this.baseMaps.choices(this.baseMapState()),
          bounds: this.mapCtl.bounds,
          selected: this.site,
          itinerary: this.itinerary,
          tripStart: this.trips.start,
          here: this.here,
          layout: this.layout,
          shown,
          area: this.analysis.area,
          corridor: this.corridor,
        },
        {
          ...this.filter.actions(),
          ...this.trips.actions(),
          ...this.analysis.actions(),
          baseMapRequest: (choice) => (this.tiles = this.baseMaps.tilesFor(choice)),
          listSelect: (id, opener) => this.selection.show(id, { fly: true, opener }),
          siteHover: (id) => this.view?.highlight(id),
          switchLang: this.switchLang,
        },
      )}
      <div class="frame ${placement}" @keydown=${this.popup.keydown}>
        <div class="map" part="map" role="region"></div>
        <p class="note" part="note">${t(lang, 'map.schematicNote')}</p>
        ${this.trips.renderHint(lang)} ${this.notices.renderHint(lang)} ${this.locate.render(lang)}
        ${this.connectivity.render(lang)} ${this.source.renderProgress(lang)} ${this.trips.renderStatus()}
      </div>
    `;
  }

  /** State -> map, after render (the map needs its container): every setter is idempotent. */
  protected updated(changed: PropertyValues): void {
    if (changed.has('sites') && this.sites !== undefined) this.source.take(this.sites);
    if (changed.has('src')) this.source.fetch(this.src, this.srcTimeout * 1000);
    if (!this.layout) return;
    // Undefined while the map is drawn, in steps of a task each (map-controller.ts): it updates us again then.
    const made = this.mapCtl.ensure(this.renderRoot.querySelector<HTMLElement>('.map')!, this.layout, {
      // Fit the district beside the panel (a 340 px card on the right) or above the sheet's bar.
      fitPaddingBottomRight: !this.panels.length ? [8, 8] : this.panelsCtl.narrow ? [8, 56] : [SIDE_PANEL_PX, 8],
      lang: this.language,
      visible: this.visible,
      renderPopup: this.popup.content,
      onSiteSelect: this.selection.selected,
      onPopupOpen: (_id, popup) => this.popup.opened(popup),
      onPopupClose: (id) => {
        this.trips.setStatus('');
        this.selection.closed(id);
      },
      onViewChange: this.mapCtl.viewChanged,
      onAreaSelect: (id) => this.analysis.select(id),
    });
    if (!made) return;
    const { view, created } = made;
    view.setLang(this.language);
    view.setSites(this.layout.sites);
    view.showLayers(this.visible);
    view.setQuery(this.filter.query);
    view.setRoute(this.route, this.trips.start);
    this.baseMaps.apply(view, this.baseMapState());
    view.setCorridor(this.corridor);
    view.highlightArea(this.analysis.area);
    this.mapCtl.setGestures(this.gestures);
    if (created || changed.has('center') || changed.has('zoom')) {
      const center = parseCenter(this.center);
      const zoom = toZoom(this.zoom);
      if (center || zoom !== undefined) view.setView(center, zoom);
    }
    this.selection.sync(view, created, changed);
  }

  /**
   * Also waits for what is drawn or checked after the update: the map and the panels (drawn in steps),
   * a `sites` object being checked, a large set's clustering, and an open popup's card (each loads on
   * first use).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.mapCtl.building || this.panelsCtl.pending) {
      await (this.mapCtl.building ?? this.panelsCtl.pending);
      done = await super.getUpdateComplete();
    }
    while (this.source.busy || this.mapCtl.view?.clustering) {
      await Promise.all([this.source.settled, this.mapCtl.view?.clustering]);
      done = await super.getUpdateComplete();
    }
    await this.popup.ready;
    return done;
  }

  /** Opens a site's popup and moves the map to it. Returns false for an unknown id. */
  showSite(id: string): boolean {
    // lz-site-select follows from the popup opening (see onSiteSelect).
    return this.siteIds.includes(id) && this.selection.show(id);
  }

  /** Shows or hides a layer (`core`, `axis`, a zone, `sites`, `area:<id>`, `category:<id>`, `theme:<id>`, `theme:none`). Returns false for an unknown id. */
  setLayerVisible(id: string, visible: boolean): boolean {
    return this.filter.setVisible(id, visible);
  }

  /**
   * One action for "only this": `only('south')` (a zone or `core`) shows that area's outline and its
   * sites alone and fits the map to it; `only('theme:buddhist')`, `only('category:temple')`,
   * `only('area:west')` or `only('theme:none')` keeps that value alone of its filter. Returns false for
   * an unknown id.
   */
  only(id: string): boolean {
    return this.filter.only(id);
  }

  /**
   * Opens the card of an area (`core`, a zone id or `axis`) in the Analysis tab and highlights it on
   * the map; fires lz-area-select. Returns false for an unknown id.
   */
  selectArea(id: string): boolean {
    return this.analysis.select(id);
  }

  /** Prints the map as shown (one A4 landscape page) instead of the trip. */
  printMap(): Promise<void> {
    return this.analysis.print();
  }

  /** Ids of the sites the map holds now (built-in and the page's own): what a trip may name. */
  get siteIds(): string[] {
    return (this.layout?.sites ?? []).map((site) => site.id);
  }

  /**
   * Ids of the sites the filter (`layers`, and the list's search) shows now, as the markers and the
   * list show them; empty while `sites` is hidden. Read-only. A site whose popup is open stays on the
   * map even where the filter hides it.
   */
  get shownSiteIds(): string[] {
    return this.filter.shownIds(this.layout);
  }

  /** Whether a layer is shown now. */
  isLayerVisible(id: string): boolean {
    return this.filter.isVisible(id);
  }

  /** Fits the view to `district`, `core`, `axis`, a zone, `sites` or a site id. Returns false for an unknown id. */
  fitTo(id: string): boolean {
    return this.view?.fitTo(id) ?? false;
  }

  /**
   * Shows a trip someone sent (a `?trip=` link) in the Trip tab. When the visitor has a different
   * trip of their own (`own`, with stops), the tab asks which one to keep; until they answer, their
   * edits change only what is shown. Resolves with the answer: `received` (the shown trip is now
   * theirs: save it) or `own` (their trip is back, and lz-itinerary-change says so); at once with
   * `received` when there is nothing to ask.
   */
  receiveTrip(received: Itinerary, own?: Itinerary): Promise<'received' | 'own'> {
    return this.trips.receive(received, own);
  }

  /**
   * Says once that the trip cannot be kept in this browser (`blocked`: storage refused; `quota`:
   * storage full), so the visitor knows to share the link before leaving. The page that stores the
   * trip calls this (createTripStore reports the first failure only).
   */
  tripNotKept(problem: TripStorageProblem): void {
    this.trips.notKept(problem);
  }

  private switchLang = (): void => {
    this.lang = this.language === 'en' ? 'zh-CN' : 'en';
    emit(this, 'lz-lang-change', { lang: toLang(this.lang) });
  };
}

define('liangzhou-map', LiangzhouMap);

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
