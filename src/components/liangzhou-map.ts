import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFiles } from '../data/built-in-files';
import { GeoDataError } from '../data/geo-data-error';
import { readBuiltInLayout } from '../data/read-built-in-layout';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { checkTileTemplate, tileTemplate } from '../map/basemaps';
import type { MapView } from '../map/layout-map';
import type { Itinerary, LonLat } from '../model/itinerary';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import { tripSettings } from '../plan/trip-settings';
import { DEFAULT_START } from '../plan/start-points';
import { toggleInTrip } from '../plan/toggle-in-trip';
import type { TripStorageProblem } from '../plan/itinerary-storage';
import { validateItinerary } from '../plan/validate-itinerary';
import { layerIds, type LayerId } from '../search/layer-ids';
import { visibleSites } from '../search/visible-sites';
import { areaSizes } from '../spatial/area-sizes';
import {
  corridorConverter,
  gesturesConverter,
  isSiteId,
  langConverter,
  parseControls,
  srcModeConverter,
  srcTimeoutConverter,
  SRC_TIMEOUT_S,
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
import { formatLayers, isLayerId, onlyArea, onlyFilter, parseLayers, setLayerVisible } from '../state/layer-visibility';
import { hostOfFile, noticeText } from '../state/notice-text';
import { parseLayerList } from '../state/parse-layer-list';
import { unknownLayerIds } from '../state/unknown-layer-ids';
import { isNarrow, SIDE_PANEL_PX } from '../state/panel-layout';
import { parseCenter } from '../state/parse-center';
import { routeDays, type RouteDay } from '../state/route-days';
import { define } from './define';
import { emit } from './events';
import { analysisMapStyles } from './analysis-map.styles';
import { liangzhouMapStyles } from './liangzhou-map.styles';
import { noticesStyles } from './notices.styles';
import { MapController } from './map-controller';
import { NoticesController } from './notices-controller';
import { PanelsController } from './panels-controller';
import { PopupController } from './popup-controller';
import { SitesSource } from './sites-source';
import type { TripChoice } from './trip-events';
import { tripStatusStyles } from './trip-status.styles';

const tripSize = (trip: Itinerary) => ({
  days: trip.days.length,
  stops: trip.days.reduce((n, d) => n + d.siteIds.length, 0),
});
const sameDays = (a: Itinerary, b: Itinerary) =>
  a.days.length === b.days.length &&
  a.days.every(
    (d, i) =>
      d.name === b.days[i].name &&
      d.siteIds.length === b.days[i].siteIds.length &&
      d.siteIds.every((id, j) => id === b.days[i].siteIds[j]),
  );

/**
 * The tourism map of 凉州区: the 一核、一轴、四区 layout (core, axis, four zones) and its sites,
 * drawn from the built-in geo/ data on a Leaflet map that needs no tile server.
 *
 * @attr lang - `zh-CN` (default) or `en`: interface and content.
 * @attr layers - The map's layers and its site filter, one value the page can set and read (reflected; the URL keeps it). Comma-separated: the outlines to draw among `core,axis,east,west,south,north`, and `sites` to draw the markers; then the sites to hide: `-area:<core|east|west|south|north>` (sites of an area), `-category:<id>`, `-theme:<id>`, `-theme:none` (sites without a theme). A site is shown when its area, category and one of its themes are not hidden. Default: all. Example, only the south zone and its sites: `south,sites,-area:core,-area:east,-area:west,-area:north`. Unknown ids are named in a notice; a value with no known id shows the default layers.
 * @attr site - Id of the selected site: its popup is open. A site of `src` or `sites` opens once that data has loaded; only then is a missing id reported.
 * @attr center - Start centre as `lat,lng`.
 * @attr zoom - Start zoom (7-18).
 * @attr src - URL of a sites FeatureCollection in the geo/ schema.
 * @attr src-mode - `extend` (default: built-in sites plus these; same id replaces) or `replace`.
 * @attr src-timeout - Seconds to wait for `src`, headers and body (default 20, 1-120); then a notice and `lz-error` (category `timeout`).
 * @attr tiles - `none` (default: outlines only, works offline), `osm`, or an https URL template with {z}/{x}/{y} (or {-y} for TMS), {s} and {r}; a template the map cannot use fires `lz-error` (file `tiles`, category `invalid-attribute`).
 * @attr gestures - `cooperative` (default: one finger and the plain wheel scroll the page) or `greedy`.
 * @attr controls - Comma-separated panels to show: `layers`, `list`, `trip`, `analysis`, `lang` (default: all); `none` for a bare map.
 * @attr corridor - Width in km (1-20) of a corridor drawn either side of the axis, its sites listed in the Analysis tab; 0 or unset: none.
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
  static styles = [...liangzhouMapStyles, noticesStyles, tripStatusStyles, analysisMapStyles];

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
  /** `cooperative` or `greedy`. */
  @property({ converter: gesturesConverter }) gestures: Gestures = 'cooperative';
  /** Panels to show: `layers,list,trip,analysis,lang`, or `none`. */
  @property() controls = 'layers,list,trip,analysis,lang';
  /** Km either side of the axis to draw and analyse as a corridor; 0 is none. */
  @property({ reflect: true, converter: corridorConverter }) corridor = 0;
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
    this.trip = this.checkTrip(value);
    this.requestUpdate('itinerary', old);
  }
  private trip: Itinerary = { days: [] };
  /** A sites FeatureCollection object (same schema and rules as `src`, up to 200,000 features). Property only. */
  @property({ attribute: false }) sites?: unknown;

  /** Where the trip's days start: the old city, or a point the visitor picked on the map. */
  @state() private tripStart: LonLat = DEFAULT_START;
  /** The trip panel's travel mode and day window, so the printed trip matches the screen. */
  /** The site list's search text: the markers show the sites it finds, as the list does. */
  @state() private query = '';
  /** What the map shows now, for the site list's "only in view". */
  @state() private bounds?: [number, number, number, number];
  /** The visitor is choosing the trip's start on the map: a hint says so. */
  @state() private picking = false;
  /** The area whose card is open: `core`, a zone or `axis`. */
  @state() private area?: string;
  /** The planner asked to print the map: the printed page is the map's, not the trip's. */
  @state() private printingMap = false;
  /** The page's own sites, from `src` or `sites`. */
  @state() private extraSites: readonly Site[] = [];
  /** Where the site just added from a popup went (or that it left the trip): a polite live line. */
  @state() private tripStatus = '';
  /** A received trip waits for the visitor to choose between it and their own (see receiveTrip). */
  @state() private choice?: Omit<TripChoice, 'own'> & {
    ownSize: TripChoice['own'];
    own: Itinerary;
    resolve: (kept: 'received' | 'own') => void;
  };

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
  /** The `tiles` value last checked: a refused one is reported once, not at every update. */
  private tilesChecked?: string | null;
  /** `site` names no site yet, and `src` or `sites` is still loading: look again once it has. */
  private siteAwaitsData = false;

  private readonly mapCtl = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.frame')!,
    onResize: (width, height) => this.panelsCtl.setNarrow(isNarrow(width, height)),
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
    onToggleTrip: (id) => this.toggleFromPopup(id),
    onClose: () => this.view?.select(undefined),
    markerElement: (id) => this.view?.markerElement(id),
    openSiteId: () => this.view?.openSiteId(),
    mapElement: () => this.renderRoot.querySelector<HTMLElement>('.map') ?? undefined,
    overlays: () => [...this.renderRoot.querySelectorAll('lz-panel, .note, .leaflet-control')],
    fit: (free) => this.view?.fitPopup(free),
  });
  private readonly source = new SitesSource(
    this,
    (sites) => (this.extraSites = sites),
    (error) => this.reportError(error),
  );

  connectedCallback(): void {
    super.connectedCallback();
    // The panel's layout before the first render (the styles are attached by now): a phone's first
    // frame is already the sheet, and nothing moves when the ResizeObserver first reports (CLS).
    const { width, height } = this.getBoundingClientRect();
    if (width > 0 && height > 0) this.panelsCtl.setNarrow(isNarrow(width, height));
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
    if (changed.has('layers')) {
      this.visible = parseLayers(this.layers);
      this.checkLayers();
    }
    if (changed.has('tiles')) this.checkTiles();
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
          query: this.query,
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
          filterRequest: (layers, fit) => {
            this.applyLayers(parseLayers(layers));
            if (fit) this.fitTo(fit);
          },
          queryChange: (query) => (this.query = query),
          onlineTiles: (on) => (this.tiles = on ? (this.lastTiles ?? 'osm') : 'none'),
          listSelect: (id, opener) => {
            this.popup.openedFrom(opener);
            this.revealSites();
            this.view?.select(id, { fly: true });
          },
          siteHover: (id) => this.view?.highlight(id),
          tripChange: (next) => this.changeItinerary(next),
          tripChoice: this.choice && {
            choice: { received: this.choice.received, own: this.choice.ownSize },
            choose: (take) => this.choose(take),
          },
          tripStartPick: () => {
            // The sheet folds away on a phone: say what to do next, until the visitor taps the map.
            this.picking = true;
            this.view?.pickPoint((at) => {
              this.picking = false;
              this.tripStart = at;
              this.panelsCtl.setOpen(true);
            });
          },
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
      <div
        class="frame ${this.panelsCtl.narrow ? 'narrow' : this.panels.length ? 'beside-panel' : ''}"
        @keydown=${this.popup.keydown}
      >
        <div class="map" part="map" role="region"></div>
        <p class="note" part="note">${t(lang, 'map.schematicNote')}</p>
        ${this.picking ? html`<p class="pick-hint" role="status">${t(lang, 'map.pickStartHint')}</p>` : nothing}
        ${this.notices.render(lang)}
        <p class="trip-status" role="status" aria-live="polite">${this.tripStatus}</p>
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
    const { mode, dayStartMin, dayEndMin, startDate } = tripSettings(this.itinerary);
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
      .startDate=${startDate}
    ></lz-trip-print>`;
  }

  /** State -> map, after render (the map needs its container): every setter is idempotent. */
  protected updated(changed: PropertyValues): void {
    if (changed.has('sites') && this.sites !== undefined) this.source.take(this.sites);
    if (changed.has('src')) this.source.fetch(this.src, this.srcTimeout * 1000);
    if (tileTemplate(this.tiles)) this.lastTiles = this.tiles;
    if (!this.layout) return;
    const { view, created } = this.mapCtl.ensure(this.renderRoot.querySelector<HTMLElement>('.map')!, this.layout, {
      // Fit the district beside the panel (a 340 px card on the right) or above the sheet's bar.
      fitPaddingBottomRight: !this.panels.length ? [8, 8] : this.panelsCtl.narrow ? [8, 56] : [SIDE_PANEL_PX, 8],
      lang: this.language,
      visible: this.visible,
      renderPopup: this.popup.content,
      onSiteSelect: (id) => this.select(id),
      onPopupOpen: (_id, popup) => this.popup.opened(popup),
      onPopupClose: (id) => {
        if (this.site === id) this.site = undefined;
        this.tripStatus = '';
        this.popup.closed(id);
      },
      onViewChange: (v) => this.onViewChange(v),
      onTileError: () => {
        // The tile layer has removed itself: untick the base-map box with it (lastTiles keeps the template).
        this.tiles = 'none';
        this.notices.notify('info', t(this.language, 'map.tilesFailed'));
      },
      onAreaSelect: (id) => this.selectArea(id),
    });
    view.setLang(this.language);
    view.setSites(this.layout.sites);
    view.showLayers(this.visible);
    view.setQuery(this.query);
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
    const retrySite = this.siteAwaitsData && !this.source.loading;
    if (created || changed.has('site') || retrySite) {
      this.siteAwaitsData = false;
      const id = this.site;
      const move = retrySite ? !this.center : !changed.has('center') || !this.center;
      if (id === undefined || id === null) view.select(undefined);
      else if (!isSiteId(id) || !view.select(id, { move })) {
        // The page's own data may hold it (`src="bureau.geojson" site="bureau-visitor-centre"`): wait for it.
        if (isSiteId(id) && this.source.loading) this.siteAwaitsData = true;
        // After this update, not in it: a notice is state, and changing state mid-update costs a second one.
        else queueMicrotask(() => this.notices.notify('error', t(this.language, 'map.unknownSite', { id })));
      }
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

  /** Shows or hides a layer (`core`, `axis`, a zone, `sites`, `area:<id>`, `category:<id>`, `theme:<id>`, `theme:none`). Returns false for an unknown id. */
  setLayerVisible(id: string, visible: boolean): boolean {
    if (!this.view || !isLayerId(id)) return false;
    const current = parseLayers(this.layers);
    this.applyLayers(setLayerVisible(current, id, visible));
    return true;
  }

  /**
   * One action for "only this": `only('south')` (a zone or `core`) shows that area's outline and its
   * sites alone and fits the map to it; `only('theme:buddhist')`, `only('category:temple')`,
   * `only('area:west')` or `only('theme:none')` keeps that value alone of its filter. Returns false for
   * an unknown id.
   */
  only(id: string): boolean {
    if (!this.view || !isLayerId(id) || id === 'axis' || id === 'sites') return false;
    const current = parseLayers(this.layers);
    const area = !id.includes(':');
    this.applyLayers(area ? onlyArea(current, id as AreaId) : onlyFilter(current, id));
    if (area) this.fitTo(id);
    return true;
  }

  /**
   * Takes a new set of visible layers: the attribute (so the page and the URL see it), the map at
   * once, and one lz-layer-toggle per layer that changed.
   */
  private applyLayers(next: ReadonlySet<LayerId>): void {
    const current = parseLayers(this.layers);
    const changed = [...new Set([...current, ...next])].filter((id) => current.has(id) !== next.has(id));
    if (changed.length === 0) return;
    this.layers = formatLayers(next);
    // The page hears the events once the map shows the change: push it now, not at the next frame.
    this.visible = next;
    this.view?.showLayers(next);
    for (const id of changed) emit(this, 'lz-layer-toggle', { id, visible: next.has(id) });
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
    const { layout, visible, query } = this;
    // One array per (layout, layers, search): the Analysis tab and the print view re-render only when it changes.
    let cache = this.shownCache;
    if (!cache || cache.layout !== layout || cache.visible !== visible || cache.query !== query)
      cache = this.shownCache = {
        layout,
        visible,
        query,
        sites: layout && visible.has('sites') ? visibleSites(layout.sites, visible, query) : [],
      };
    return cache.sites;
  }
  private shownCache?: { layout?: Layout; visible: ReadonlySet<LayerId>; query: string; sites: Site[] };

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

  /**
   * Ids of the sites the filter (`layers`, and the list's search) shows now, as the markers and the
   * list show them; empty while `sites` is hidden. Read-only. A site whose popup is open stays on the
   * map even where the filter hides it.
   */
  get shownSiteIds(): string[] {
    if (!this.layout || !parseLayers(this.layers).has('sites')) return [];
    return visibleSites(this.layout.sites, parseLayers(this.layers), this.query).map((site) => site.id);
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

  /**
   * Shows a trip someone sent (a `?trip=` link) in the Trip tab. When the visitor has a different
   * trip of their own (`own`, with stops), the tab asks which one to keep; until they answer, their
   * edits change only what is shown. Resolves with the answer: `received` (the shown trip is now
   * theirs: save it) or `own` (their trip is back, and lz-itinerary-change says so); at once with
   * `received` when there is nothing to ask.
   */
  receiveTrip(received: Itinerary, own?: Itinerary): Promise<'received' | 'own'> {
    this.choice?.resolve('own');
    this.itinerary = received;
    this.openTripTab();
    const mine = own && this.checkTrip(own);
    if (!mine || tripSize(mine).stops === 0 || sameDays(mine, this.itinerary)) {
      this.choice = undefined;
      return Promise.resolve('received');
    }
    return new Promise((resolve) => {
      this.choice = { received: tripSize(this.itinerary), ownSize: tripSize(mine), own: mine, resolve };
    });
  }

  /**
   * Says once that the trip cannot be kept in this browser (`blocked`: storage refused; `quota`:
   * storage full), so the visitor knows to share the link before leaving. The page that stores the
   * trip calls this (createTripStore reports the first failure only).
   */
  tripNotKept(problem: TripStorageProblem): void {
    this.notices.notify('info', t(this.language, problem === 'quota' ? 'trip.notKept.quota' : 'trip.notKept.blocked'));
  }

  private choose(take: boolean): void {
    const choice = this.choice;
    if (!choice) return;
    this.choice = undefined;
    this.tripStatus = t(this.language, take ? 'trip.received.taken' : 'trip.received.kept');
    if (!take) {
      this.itinerary = choice.own;
      emit(this, 'lz-itinerary-change', this.itinerary);
    }
    choice.resolve(take ? 'received' : 'own');
  }

  private openTripTab(): void {
    if (!this.panels.includes('trip')) return;
    this.panelsCtl.tab = 'trip';
    this.panelsCtl.setOpen(true);
  }

  /** The one door for a set trip: checked and capped, or empty with an lz-error. */
  private checkTrip(value: unknown): Itinerary {
    const checked = validateItinerary(value);
    if (!checked.ok) {
      this.reportError(
        new GeoDataError({ file: 'itinerary', problem: `${checked.error.message}; the trip is empty` }),
        t(this.language, 'trip.invalid'),
      );
      return { days: [] };
    }
    const [first] = checked.problems;
    if (first)
      this.reportError(
        new GeoDataError({
          file: 'itinerary',
          field: first.day === undefined ? 'days' : `days[${first.day}]`,
          problem: `${checked.problems.length} problem(s), first ${first.code}; cut to what the planner takes (14 days of 40 stops)`,
        }),
      );
    return checked.itinerary;
  }

  /** A popup's add/remove button: the edit, and a line saying where the site went. */
  private toggleFromPopup(id: string): void {
    const next = toggleInTrip(this.itinerary, id);
    const lang = this.language;
    const site = this.layout?.sites.find((s) => s.id === id);
    const name = site ? localized(site.name, lang) : id;
    const day = next.days.findIndex((d) => d.siteIds.includes(id));
    this.tripStatus =
      day < 0
        ? t(lang, 'trip.unadded', { name })
        : t(lang, 'trip.added', {
            name,
            day: next.days[day].name || t(lang, 'trip.day.default', { n: day + 1 }),
            position: next.days[day].siteIds.indexOf(id) + 1,
          });
    this.changeItinerary(next);
  }

  private inTrip(id: string): boolean {
    return this.itinerary.days.some((d) => d.siteIds.includes(id));
  }

  /** The visitor's edit of the trip: take it, and tell the page. */
  private changeItinerary(next: Itinerary): void {
    this.itinerary = next;
    emit(this, 'lz-itinerary-change', this.itinerary);
  }

  private switchLang = (): void => {
    this.lang = this.language === 'en' ? 'zh-CN' : 'en';
    emit(this, 'lz-lang-change', { lang: toLang(this.lang) });
  };

  /** A popup opened on the visitor's request (not one reopened after a language switch). */
  private select(id: string): void {
    // On a phone the open sheet would hide most of the popup: fold it to its bar (the popup is the
    // site's card on every screen: one card, anchored to its marker, one way of focus).
    if (this.panelsCtl.narrow) this.panelsCtl.setOpen(false);
    if (this.site !== id) this.site = id;
    emit(this, 'lz-site-select', { id });
  }

  private onViewChange(view: MapView): void {
    // Leaflet reports moves made inside our own update (setView, fitBounds) synchronously: take the
    // new bounds after it, so the list re-renders once.
    queueMicrotask(() => (this.bounds = view.bounds));
    emit(this, 'lz-view-change', view);
  }

  /**
   * A `layers` value naming ids the map does not have: say which, and when none is known, that the
   * default layers are shown instead (parseLayers falls back to them) rather than a blank map.
   */
  private checkLayers(): void {
    const { unknown, useDefault } = unknownLayerIds(parseLayerList(this.layers), layerIds);
    if (unknown.length === 0) return;
    const key = useDefault ? 'map.unknownLayersDefault' : 'map.unknownLayers';
    const text = noticeText(t(this.language, key, { ids: unknown.join(', ') }), '');
    queueMicrotask(() => this.notices.notify('info', text));
  }

  /** A `tiles` value the map cannot use draws no tiles and the map works on: say why, once per value. */
  private checkTiles(): void {
    // The converter reads a refused template as `none`; the attribute still holds what the page wrote.
    const raw = this.tiles === 'none' && this.hasAttribute('tiles') ? this.getAttribute('tiles') : this.tiles;
    if (raw === this.tilesChecked) return;
    this.tilesChecked = raw;
    const checked = checkTileTemplate(raw);
    if ('reason' in checked)
      queueMicrotask(() =>
        this.reportError(
          new GeoDataError({ file: 'tiles', category: 'invalid-attribute', problem: `the template ${checked.reason}` }),
        ),
      );
  }

  private reportError(err: unknown, notice?: string): void {
    const e = err instanceof GeoDataError ? err : new GeoDataError({ file: 'unknown', problem: String(err) });
    // Capped and naming the file's host: a file's words (a 1 MB `type`, a spoofed notice) stay a short, attributed line.
    this.notices.notify(
      'error',
      notice ?? noticeText(`${t(this.language, 'error.title')}: ${e.message}`, hostOfFile(e.file)),
    );
    emit(this, 'lz-error', {
      message: e.message,
      category: e.category,
      file: e.file,
      feature: e.feature,
      field: e.field,
    });
  }
}

define('liangzhou-map', LiangzhouMap);

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
