import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFiles } from '../data/built-in-files';
import { GeoDataError } from '../data/geo-data-error';
import { mergeSites, type SitesMode } from '../data/merge-sites';
import { readBuiltInLayout } from '../data/read-built-in-layout';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { tileTemplate } from '../map/basemaps';
import { cooperativeGestures } from '../map/cooperative-gestures';
import { LayoutMap, type MapView } from '../map/layout-map';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import { areaSizes } from '../spatial/area-sizes';
import { DEFAULT_LAYERS } from '../state/map-state';
import { parseCenter } from '../state/parse-center';
import { parseLayerList } from '../state/parse-layer-list';
import { baseStyles } from './base-styles';
import { define } from './define';
import { emit } from './events';
import { mapStyles } from './map-styles';
import { SitesSource } from './sites-source';
import { countSites } from '../search/count-sites';
import { layerIds } from '../search/layer-ids';
import './lz-panel';
import './lz-site-card';
import type { TravelMode } from '../model/itinerary';
import type { Itinerary, LonLat } from '../model/itinerary';
import { dayColor } from '../plan/day-color';
import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN } from '../plan/day-window';
import { DEFAULT_START } from '../plan/start-points';
import { sitesForDay } from '../plan/sites-for-day';
import { toggleInTrip } from '../plan/toggle-in-trip';

interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

const AREA_IDS: readonly string[] = DEFAULT_LAYERS;

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
 * @attr controls - Comma-separated panels to show: `layers`, `list`, `trip`, `lang` (default: all); `none` for a bare map.
 * @fires lz-ready - The layers are on screen. detail: {sites}
 * @fires lz-site-select - A site's popup opened: by a click, Enter or Space on its marker, the site list, `site` or `showSite`. detail: {id}
 * @fires lz-layer-toggle - A layer was shown or hidden. detail: {id, visible}
 * @fires lz-view-change - The visitor moved the map. detail: {center: [lat, lng], zoom, bounds: [w, s, e, n]}
 * @fires lz-itinerary-change - The visitor changed the trip. detail: {days: [{name, siteIds}]}
 * @fires lz-lang-change - The visitor switched the language. detail: {lang}
 * @fires lz-error - Data was rejected in whole or part. detail: {message, file, feature, field}
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
 * @cssproperty [--lz-map-background=#eef2f0] - Background of the map where no layer is drawn.
 */
export class LiangzhouMap extends LitElement {
  static styles = [
    baseStyles,
    ...mapStyles,
    css`
      :host {
        display: block;
        position: relative;
        height: var(--lz-height, 480px);
        min-height: 240px;
        overflow: hidden;
        contain: layout paint;
      }
      :host([hidden]) {
        display: none;
      }
      .print {
        display: none;
      }
      /* On paper: the trip, a page per day, instead of the interactive map. */
      @media print {
        :host {
          height: auto !important;
          overflow: visible;
          contain: none;
        }
        .frame,
        lz-panel {
          display: none !important;
        }
        .print {
          display: block;
        }
      }
      /* isolate: Leaflet's panes and controls (z-index 400-1000) stay below the panel. */
      .frame {
        position: absolute;
        inset: 0;
        isolation: isolate;
        z-index: 0;
      }
      .frame.narrow .leaflet-bottom {
        bottom: 52px;
      }
      .map {
        position: absolute;
        inset: 0;
      }
      .note {
        position: absolute;
        left: 54px;
        top: 10px;
        z-index: 500;
        max-width: min(40%, 300px);
        margin: 0;
        padding: 4px 8px;
        font-size: 12px;
        background: rgba(255, 255, 255, 0.92);
        border-radius: 4px;
        pointer-events: none;
      }
      .notices {
        position: absolute;
        top: 8px;
        left: 50%;
        transform: translateX(-50%);
        z-index: 1000;
        display: grid;
        gap: 6px;
        width: min(92%, 520px);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .notice {
        display: flex;
        gap: 8px;
        align-items: start;
        padding: 8px 10px;
        border-radius: 4px;
        background: #fff7ed;
        color: #7c2d12;
        border: 1px solid #c2410c;
        overflow-wrap: anywhere;
      }
      .notice.error {
        background: #fef2f2;
        color: #7f1d1d;
        border-color: #b91c1c;
      }
      .notice p {
        margin: 0;
        flex: 1;
      }
      .notice button {
        min-width: 28px;
        min-height: 28px;
        border: 1px solid currentColor;
        border-radius: 4px;
        background: #fff;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      .hint {
        position: absolute;
        inset: 0;
        z-index: 900;
        display: grid;
        place-items: center;
        pointer-events: none;
        background: rgba(17, 24, 39, 0.45);
        color: #fff;
        font-size: 16px;
        font-weight: 600;
        text-align: center;
        opacity: 0;
        transition: opacity 0.2s;
      }
      .hint.show {
        opacity: 1;
      }
      .lz-highlight circle {
        stroke: #111827;
        stroke-width: 4;
      }
      lz-layer-panel {
        --lz-panel-width: 100%;
        --lz-panel-max-height: none;
      }
      .basemap {
        display: flex;
        gap: 8px;
        align-items: center;
        min-height: 32px;
        margin: 8px 4px 0;
      }
      .basemap input {
        width: 18px;
        height: 18px;
        margin: 0;
        accent-color: var(--lz-color-accent, #9a3412);
      }
      /* The tab already names this panel; its own heading and collapse button would repeat it. */
      lz-layer-panel::part(title) {
        display: none;
      }
      .lang-switch {
        min-height: 32px;
        min-width: 40px;
        padding: 4px 8px;
        border: 1px solid #9ca3af;
        border-radius: 6px;
        background: #fff;
        color: inherit;
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
    `,
  ];

  /** Interface and content language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) lang = 'zh-CN';
  /** Visible layers, comma-separated; unset means all. */
  @property({ reflect: true }) layers?: string;
  /** Id of the selected site. */
  @property({ reflect: true }) site?: string;
  /** Start centre, `lat,lng`. */
  @property() center?: string;
  /** Start zoom. */
  @property({ type: Number }) zoom?: number;
  /** URL of a sites FeatureCollection to show. */
  @property() src?: string;
  /** How `src` and `sites` combine with the built-in sites. */
  @property({ attribute: 'src-mode' }) srcMode: SitesMode = 'extend';
  /** `none`, `osm` or an https tile URL template. */
  @property() tiles = 'none';
  /** The online tiles to bring back when the visitor switches them on again. */
  private lastTiles?: string;
  /** `cooperative` or `greedy`. */
  @property() gestures = 'cooperative';
  /** Panels to show: `layers,list,trip,lang`, or `none`. */
  @property() controls = 'layers,list,trip,lang';
  /**
   * The trip: `{days: [{name, siteIds}]}`. Read it, or set it to show a trip; the element changes it
   * when the visitor edits the trip and then fires lz-itinerary-change. Property only.
   */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** A sites FeatureCollection object (same schema and rules as `src`). Property only. */
  @property({ attribute: false }) sites?: unknown;

  @state() private notices: Notice[] = [];
  @state() private hint?: 'wheel' | 'touch';
  /** Narrower than 640 px: the panel becomes a bottom sheet, closed until asked for. */
  @state() private narrow = false;
  @state() private panelTab = '';
  @state() private panelOpen?: boolean;
  /**
   * The panels render, and their contents' code loads, once the map is on screen: they build Intl
   * formatters (the first costs 12-20 ms in Chromium) and a few hundred nodes a visitor needs a
   * moment later, not first.
   */
  @state() private contentReady = false;
  /** Where the trip's days start: the old city, or a point the visitor picked on the map. */
  @state() private tripStart: LonLat = DEFAULT_START;
  /** The trip panel's travel mode and day window, so the printed trip matches the screen. */
  @state() private tripSettings: { mode: TravelMode; dayStartMin?: number; dayEndMin?: number } = { mode: 'car' };
  /** What the map shows now, for the site list's "only in view". */
  @state() private bounds?: [number, number, number, number];
  /** The built-in layout, parsed once per element: no module-level state shared between widgets. */
  private builtIn?: Layout;
  /** What is drawn: the built-in layout with the sites from `src`/`sites` applied. */
  private layout?: Layout;
  private extraSites: Site[] = [];
  /** km² of the core and zones: measured once, they do not change with the sites. */
  private sizes?: Record<AreaId, number>;
  private view?: LayoutMap;
  private resizeObserver?: ResizeObserver;
  private undoGestures?: () => void;
  private hintTimer?: number;
  private noticeSeq = 0;
  private source = new SitesSource(
    this,
    (sites) => {
      this.extraSites = sites;
      this.applySites();
    },
    (error) => this.reportError(error),
  );
  private returnFocus?: HTMLElement;

  private get language(): Lang {
    return toLang(this.lang);
  }

  /** The visible-layer list this element works from: the attribute, or every area by default. */
  private get layerList(): string[] {
    return this.layers === undefined || this.layers === null ? [...DEFAULT_LAYERS] : parseLayerList(this.layers);
  }

  connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (removed, then added again): `updated` builds a fresh map.
    if (this.hasUpdated) this.requestUpdate();
    if (!this.builtIn) {
      try {
        this.builtIn = readBuiltInLayout(builtInFiles);
        this.sizes = areaSizes(this.builtIn);
        this.layout = this.builtIn;
      } catch (err) {
        // The built-in files are checked in tests; this only fires on a broken build.
        this.reportError(err);
      }
    }
  }

  private get panels(): string[] {
    if (this.controls.trim() === 'none') return [];
    return parseLayerList(this.controls).filter((c) => ['layers', 'list', 'trip', 'lang'].includes(c));
  }

  private renderPanel(lang: Lang) {
    const panels = this.panels;
    const tabs = panels
      .filter((p) => p !== 'lang')
      .map((id) => ({ id, label: t(lang, `shell.tab.${id as 'layers' | 'list' | 'trip'}`) }));
    if (tabs.length === 0 && !panels.includes('lang')) return nothing;
    const active = tabs.some((tab) => tab.id === this.panelTab) ? this.panelTab : (tabs[0]?.id ?? '');
    const open = tabs.length > 0 && (this.panelOpen ?? !this.narrow);
    return html`<lz-panel
      exportparts="panel, tabs"
      .tabs=${tabs}
      .active=${active}
      .open=${open}
      .narrow=${this.narrow}
      .labels=${{ collapse: t(lang, 'shell.collapse'), expand: t(lang, 'shell.expand'), tabs: t(lang, 'shell.tabs') }}
      @lz-panel-change=${(e: CustomEvent<{ active: string; open: boolean }>) => {
        this.panelTab = e.detail.active;
        this.panelOpen = e.detail.open;
      }}
    >
      ${
        panels.includes('lang')
          ? html`<button
              slot="actions"
              class="lang-switch"
              lang=${lang === 'en' ? 'zh-CN' : 'en'}
              aria-label=${`${lang === 'en' ? '中文' : 'EN'}: ${t(lang, 'shell.switchLang')}`}
              @click=${this.switchLang}
            >
              ${lang === 'en' ? '中文' : 'EN'}
            </button>`
          : nothing
      }
      ${this.renderPanelContent(lang)}
    </lz-panel>`;
  }

  /** Every layer id the panel knows, with whether it is shown, from the `layers` list. */
  private visibleIds(): string[] {
    const list = this.layerList;
    return layerIds.filter((id) => (id.includes(':') ? !list.includes(`-${id}`) : list.includes(id)));
  }

  private renderPanelContent(lang: Lang) {
    const sites = this.layout?.sites ?? [];
    return html`
      ${
        this.panels.includes('layers')
          ? html`<lz-layer-panel
                slot="layers"
                exportparts="legend"
                lang=${lang}
                .visible=${this.visibleIds()}
                .counts=${countSites(sites)}
                .areas=${this.sizes}
                @lz-layer-toggle=${(e: CustomEvent<{ id: string; visible: boolean }>) => {
                  // Re-dispatched from the host by setLayerVisible, once the map has changed.
                  e.stopPropagation();
                  this.setLayerVisible(e.detail.id, e.detail.visible);
                }}
              ></lz-layer-panel>
              <label slot="layers" class="basemap">
                <input
                  type="checkbox"
                  .checked=${tileTemplate(this.tiles) !== undefined}
                  @change=${(e: Event) => (this.tiles = (e.target as HTMLInputElement).checked ? (this.lastTiles ?? 'osm') : 'none')}
                />
                ${t(lang, 'map.onlineTiles')}
              </label>`
          : nothing
      }
      ${
        this.panels.includes('list')
          ? html`<lz-site-list
              slot="list"
              exportparts="list, search, item"
              lang=${lang}
              .sites=${sites}
              .bounds=${this.bounds}
              .selected=${this.site}
              @lz-site-select=${(e: CustomEvent<{ id: string }>) => {
                e.stopPropagation();
                this.returnFocus = e.composedPath()[0] as HTMLElement;
                // On a phone the sheet would hide the popup: fold it away.
                if (this.narrow) this.panelOpen = false;
                this.view?.showSite(e.detail.id, { fly: true });
              }}
              @lz-site-hover=${(e: CustomEvent<{ id: string | null }>) => {
                e.stopPropagation();
                this.view?.highlight(e.detail.id);
              }}
              @lz-filter-change=${(e: Event) => e.stopPropagation()}
            ></lz-site-list>`
          : nothing
      }
      ${
        this.panels.includes('trip')
          ? html`<lz-trip-panel
              slot="trip"
              exportparts="day, stop, warning, qr"
              lang=${lang}
              .sites=${sites}
              .itinerary=${this.itinerary}
              .start=${this.tripStart}
              @lz-itinerary-change=${(e: CustomEvent<Itinerary>) => {
                e.stopPropagation();
                this.changeItinerary(e.detail);
              }}
              @lz-trip-start-pick=${(e: Event) => {
                e.stopPropagation();
                if (this.narrow) this.panelOpen = false;
                this.view?.pickPoint((at) => {
                  this.tripStart = at;
                  this.panelOpen = true;
                });
              }}
              @lz-trip-settings=${(e: CustomEvent<{ mode: TravelMode; dayStartMin: number; dayEndMin: number }>) => {
                e.stopPropagation();
                this.tripSettings = e.detail;
              }}
              @lz-trip-start-reset=${(e: Event) => {
                e.stopPropagation();
                this.tripStart = DEFAULT_START;
              }}
            ></lz-trip-panel>`
          : nothing
      }
    `;
  }

  private switchLang = (): void => {
    this.lang = this.language === 'en' ? 'zh-CN' : 'en';
    emit(this, 'lz-lang-change', { lang: this.language });
  };

  private renderPrint(lang: Lang) {
    if (!this.panels.includes('trip') || !this.itinerary.days.some((d) => d.siteIds.length > 0)) return nothing;
    const { mode, dayStartMin, dayEndMin } = this.tripSettings;
    return html`<lz-trip-print
      class="print"
      exportparts="page"
      lang=${lang}
      .sites=${this.layout?.sites ?? []}
      .itinerary=${this.itinerary}
      .outline=${this.layout?.boundary.geometry}
      .start=${this.tripStart}
      .mode=${mode}
      .dayStartMin=${dayStartMin ?? DEFAULT_DAY_START_MIN}
      .dayEndMin=${dayEndMin ?? DEFAULT_DAY_END_MIN}
    ></lz-trip-print>`;
  }

  render() {
    const lang = this.language;
    return html`
      ${this.renderPrint(lang)} ${this.contentReady ? this.renderPanel(lang) : nothing}
      <div class="frame ${this.narrow ? 'narrow' : ''}" @keydown=${this.onKeydown}>
        <div class="map" part="map" role="region"></div>
        <p class="note" part="note">${t(lang, 'map.schematicNote')}</p>
        <div class="hint ${this.hint ? 'show' : ''}" aria-hidden="true">
          ${this.hint ? t(lang, this.hint === 'wheel' ? 'map.hintWheel' : 'map.hintTouch') : ''}
        </div>
        <ul class="notices" aria-live="assertive">
          ${this.notices.map(
            (n) =>
              html`<li class="notice ${n.kind}" part="notice" role=${n.kind === 'error' ? 'alert' : 'status'}>
                <p>${n.text}</p>
                <button
                  type="button"
                  aria-label=${t(lang, 'error.dismiss')}
                  title=${t(lang, 'error.dismiss')}
                  @click=${() => this.dismiss(n.id)}
                >
                  ×
                </button>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (
      this.panels.includes('trip') &&
      (this.panelTab === 'trip' || this.itinerary.days.some((d) => d.siteIds.length > 0))
    )
      this.loadTripElements();
    if (changed.has('sites') && this.sites !== undefined) this.source.take(this.sites);
    if (changed.has('src')) void this.source.fetch(this.src);
    if (changed.has('srcMode') && this.builtIn) this.applySites();
  }

  private createView(): void {
    if (!this.layout) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.map')!;
    // Fit the district beside the panel (a 340 px card on the right) or above the sheet's bar.
    const width = this.getBoundingClientRect().width;
    const hasPanel = this.panels.length > 0;
    this.view = new LayoutMap(container, this.layout, {
      fitPaddingBottomRight: !hasPanel ? [8, 8] : width < 640 ? [8, 56] : [356, 8],
      lang: this.language,
      renderPopup: (site, lang) => this.renderPopup(site, lang),
      onSiteSelect: (id) => this.select(id),
      onPopupOpen: (id, popup) => this.onPopupOpen(id, popup),
      onPopupClose: (id) => this.onPopupClose(id),
      onViewChange: (view) => this.onViewChange(view),
      onTileError: () => this.notify('info', t(this.language, 'map.tilesFailed')),
    });
    this.push(new Set(['lang', 'layers', 'center', 'zoom', 'site', 'tiles', 'gestures', 'itinerary']));
    // Leaflet measures its container once; an embedding page may lay us out later.
    this.resizeObserver = new ResizeObserver(() => {
      this.view?.invalidateSize();
      // Popups may not grow taller than the map (an embed can be short): see .lz-popup in map-styles.
      container.style.setProperty('--lz-map-height', `${container.clientHeight}px`);
      this.narrow = this.getBoundingClientRect().width < 640;
    });
    this.resizeObserver.observe(container);
    this.view.map.whenReady(() => {
      requestAnimationFrame(() => {
        emit(this, 'lz-ready', { sites: this.layout?.sites.length ?? 0 });
        this.contentReady = true;
        // Lit keeps what is set on the panels before their definitions arrive.
        void import('./panel-elements');
      });
    });
  }

  protected updated(changed: PropertyValues<this>): void {
    // The map is made after the first render (it needs its container) and after a re-attach.
    if (!this.view) this.createView();
    else this.push(new Set([...changed.keys()].map(String)));
  }

  /** Pushes the named properties to the map. */
  private push(changed: Set<string>): void {
    const view = this.view;
    if (!view) return;
    if (changed.has('lang')) view.setLang(this.language);
    if (changed.has('layers')) this.syncLayers();
    if (changed.has('center') || changed.has('zoom')) {
      const center = parseCenter(this.center);
      const zoom = Number.isFinite(this.zoom) ? Math.min(18, Math.max(7, this.zoom!)) : undefined;
      if (center || zoom !== undefined) view.setView(center, zoom);
    }
    if (changed.has('site')) {
      if (this.site && view.openSiteId() !== this.site) {
        const id = this.site;
        // After this update, not in it: a notice is state, and changing state mid-update costs a second one.
        if (!view.showSite(id, { move: !changed.has('center') || !this.center }))
          queueMicrotask(() => this.notify('error', t(this.language, 'map.unknownSite', { id })));
      } else if (!this.site && view.openSiteId()) view.closePopup();
    }
    if (changed.has('itinerary') || changed.has('tripStart')) this.drawRoute();
    if (changed.has('tiles')) {
      if (tileTemplate(this.tiles)) this.lastTiles = this.tiles;
      view.setTiles(tileTemplate(this.tiles));
    }
    if (changed.has('gestures')) {
      this.undoGestures?.();
      this.undoGestures =
        this.gestures === 'greedy'
          ? undefined
          : cooperativeGestures(view.map, this.renderRoot.querySelector('.frame')!, (kind) => this.showHint(kind));
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.undoGestures?.();
    this.undoGestures = undefined;
    this.view?.remove();
    this.view = undefined;
    window.clearTimeout(this.hintTimer);
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
    return this.view?.showSite(id) ?? false;
  }

  /** Shows or hides a layer (`core`, `axis`, a zone, `sites`, `category:<id>`, `theme:<id>`). Returns false for an unknown id. */
  setLayerVisible(id: string, visible: boolean): boolean {
    if (!this.view?.hasLayer(id)) return false;
    const list = this.layerList.filter((l) => l !== id && l !== `-${id}`);
    if (id.includes(':')) {
      if (!visible) list.push(`-${id}`);
    } else if (visible) list.push(id);
    const ordered = [...AREA_IDS.filter((a) => list.includes(a)), ...list.filter((l) => !AREA_IDS.includes(l))];
    const changed = this.view.isLayerVisible(id) !== visible;
    this.layers = ordered.join(',');
    this.view.setLayerVisible(id, visible);
    if (changed) emit(this, 'lz-layer-toggle', { id, visible });
    return true;
  }

  /** Ids of the sites the map holds now (built-in and the page's own): what a trip may name. */
  get siteIds(): string[] {
    return (this.layout?.sites ?? []).map((site) => site.id);
  }

  /** Whether a layer is shown now. */
  isLayerVisible(id: string): boolean {
    return this.view?.isLayerVisible(id) ?? false;
  }

  /** Fits the view to `district`, `core`, `axis`, a zone, `sites` or a site id. Returns false for an unknown id. */
  fitTo(id: string): boolean {
    return this.view?.fitTo(id) ?? false;
  }

  /** The visitor's edit of the trip: take it, and tell the page. */
  private changeItinerary(next: Itinerary): void {
    this.itinerary = { days: next.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] })) };
    emit(this, 'lz-itinerary-change', this.itinerary);
  }

  private drawRoute(): void {
    const sites = this.layout?.sites ?? [];
    this.view?.setRoute(
      this.itinerary.days.map((day, i) => ({
        color: dayColor(i),
        stops: sitesForDay(day, sites).map((s) => s.coordinates),
      })),
      this.tripStart,
    );
  }

  /**
   * The trip planner's elements (with the planning maths, exports and navigation links) load the
   * first time a visitor opens the Trip tab or has a trip: most visits never do, and they need not
   * download them. Lit keeps what was set on the elements before they are defined.
   */
  private loadTripElements(): void {
    this.tripElements ??= import('./trip-elements');
  }
  private tripElements?: Promise<unknown>;

  private syncLayers(): void {
    const view = this.view!;
    const list = this.layerList;
    for (const id of AREA_IDS) view.setLayerVisible(id, list.includes(id));
    for (const id of view.hiddenIds()) if (id.includes(':') && !list.includes(`-${id}`)) view.setLayerVisible(id, true);
    for (const id of list) if (id.startsWith('-')) view.setLayerVisible(id.slice(1), false);
  }

  private select(id: string): void {
    if (this.site !== id) this.site = id;
    emit(this, 'lz-site-select', { id });
  }

  /** Where focus goes when a popup closes: what opened it, if still on screen, else the marker. */
  private focusTarget(id: string): HTMLElement | undefined {
    const opener = this.returnFocus;
    if (opener?.isConnected && opener.checkVisibility()) return opener;
    return this.view?.markerElement(id);
  }

  private onPopupOpen(_id: string, popup: HTMLElement): void {
    // Opened from the keyboard (a focused marker or list item): take focus into the popup, and
    // remember where to give it back.
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    if (!active || popup.contains(active)) return;
    this.returnFocus = this.returnFocus ?? active;
    const card = popup.querySelector('lz-site-card');
    void card?.updateComplete.then(() => card.focus());
  }

  private onPopupClose(id: string): void {
    if (this.site === id) this.site = undefined;
    // Escape or the close button: give focus back to what opened the popup.
    const target = this.focusTarget(id);
    this.returnFocus = undefined;
    if (target && this.renderRoot.contains(document.activeElement === this ? this.shadowRoot!.activeElement : null))
      target.focus();
  }

  private onViewChange(view: MapView): void {
    // Leaflet reports moves made inside our own update (setView, fitBounds) synchronously: take the
    // new bounds after it, so the list re-renders once.
    queueMicrotask(() => (this.bounds = view.bounds));
    emit(this, 'lz-view-change', view);
  }

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.view?.openSiteId()) return;
    const target = this.focusTarget(this.view.openSiteId()!);
    this.view.closePopup();
    target?.focus();
    e.stopPropagation();
  };

  private renderPopup(site: Site, lang: Lang): HTMLElement {
    const card = document.createElement('lz-site-card');
    card.site = site;
    card.lang = lang;
    card.closable = true;
    if (this.panels.includes('trip')) {
      card.inTrip = this.itinerary.days.some((d) => d.siteIds.includes(site.id));
      card.addEventListener('lz-card-trip', () => {
        this.changeItinerary(toggleInTrip(this.itinerary, site.id));
        card.inTrip = this.itinerary.days.some((d) => d.siteIds.includes(site.id));
      });
    }
    card.setAttribute('part', 'popup');
    card.setAttribute('exportparts', 'card, title, note, close');
    card.addEventListener('lz-card-close', () => this.view?.closePopup());
    return card;
  }

  private showHint(kind: 'wheel' | 'touch'): void {
    this.hint = kind;
    window.clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = undefined), 1500);
  }

  private applySites(): void {
    if (!this.builtIn) return;
    const sites =
      this.extraSites.length || this.srcMode !== 'replace'
        ? mergeSites(this.builtIn.sites, this.extraSites, this.srcMode)
        : this.builtIn.sites;
    // Keep the built-in sites when their replacement has nothing usable: the map never goes blank.
    this.layout = { ...this.builtIn, sites: sites.length > 0 ? sites : this.builtIn.sites };
    this.view?.setLayout(this.layout);
    this.drawRoute();
    this.requestUpdate(); // the panels list the new sites
  }

  private notify(kind: Notice['kind'], text: string): void {
    if (this.notices.some((n) => n.text === text)) return;
    this.notices = [...this.notices, { id: ++this.noticeSeq, kind, text }].slice(-5);
  }

  private dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private reportError(err: unknown): void {
    const e = err instanceof GeoDataError ? err : new GeoDataError({ file: 'unknown', problem: String(err) });
    this.notify('error', `${t(this.language, 'error.title')}: ${e.message}`);
    emit(this, 'lz-error', { message: e.message, file: e.file, feature: e.feature, field: e.field });
  }
}

define('liangzhou-map', LiangzhouMap);

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
