import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { t } from '../i18n/t';
import type { Itinerary, LonLat, TripSettings } from '../model/itinerary';
import type { AreaId, Lang, Layout, Site } from '../model/types';
import { tripSettings } from '../plan/trip-settings';
import { filterCounts } from '../search/filter-counts';
import type { LayerId } from '../search/layer-ids';
import type { Panel } from '../state/attributes';
import { baseMapChoice } from './base-map-choice';
import type { BaseMapChoice } from './base-map-controller';
import type { LzEvent } from './events';
import type { LzPanel } from './lz-panel';
import type { TripChoice } from './trip-events';
import './lz-panel';
import { siteIndexReady } from '../search/site-index';
import { yieldToMain } from '../map/yield-to-main';

/**
 * The control that has focus inside `host`'s nested shadow roots (a stop's name inside a day inside
 * the trip panel), for focus to return to on Escape; `host` when none has.
 */
function deepActiveElement(host: HTMLElement): HTMLElement {
  let el: Element = host;
  while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement;
}

/** What the panels show, from the host's state. */
export interface PanelsState {
  lang: Lang;
  panels: readonly Panel[];
  sites: readonly Site[];
  visible: ReadonlySet<LayerId>;
  /** The search text, shared by the list and the markers. */
  query: string;
  sizes?: Record<AreaId, number>;
  /** The base map drawn now, and the ones to offer (base-map-controller.ts). */
  baseMap: BaseMapChoice;
  baseMaps: readonly BaseMapChoice[];
  bounds?: [number, number, number, number];
  selected?: string;
  itinerary: Itinerary;
  tripStart: LonLat;
  /** The visitor's position while the locate control is on: "near me" in the list, a start for the trip. */
  here?: LonLat;
  /** For the Analysis tab: the layout, the sites on the map now, the selected area, the corridor's km. */
  layout?: Layout;
  shown: readonly Site[];
  area?: string;
  corridor: number;
}

/** What the panels ask of the host. Each is an internal event of an inner element, already typed. */
export interface PanelsActions {
  layerRequest: (id: string, visible: boolean) => void;
  /** A new `layers` value in one action, and an area to fit the map to. */
  filterRequest: (layers: string, fit?: string) => void;
  queryChange: (query: string) => void;
  baseMapRequest: (choice: BaseMapChoice) => void;
  listSelect: (id: string, opener: HTMLElement) => void;
  siteHover: (id: string | null) => void;
  tripChange: (itinerary: Itinerary) => void;
  /** Pick the start on the map, or (`at`) start there. */
  tripStartPick: (at?: LonLat) => void;
  tripStartReset: () => void;
  tripSettings: (settings: TripSettings) => void;
  switchLang: () => void;
  /** A received trip waits for the visitor's answer: keep it (`take`) or their own. */
  tripChoice?: { choice: TripChoice; choose: (take: boolean) => void };
  areaRequest: (id: string | null) => void;
  areaFit: (id: string) => void;
  corridorRequest: (km: number) => void;
  analysisSite: (id: string) => void;
  printRequest: () => void;
}

/**
 * The map's side panel (a card on the right, a bottom sheet when narrow) with its tabs: layers, site
 * list, trip, and the language switch. Owns which tab is open and whether the sheet is, and loads
 * the panels' code lazily:
 * - the layer panel and the list once the map is on screen (`mapReady`): they build Intl formatters
 *   (the first costs 12-20 ms in Chromium) and a few hundred nodes a visitor needs a moment later;
 * - the trip planner (planning maths, exports, navigation links) the first time the Trip tab opens
 *   or there is a trip: most visits never do. Lit keeps what is set on elements not yet defined.
 */
export class PanelsController {
  tab = '';
  open?: boolean;
  /** A phone, upright or in landscape (state/panel-layout.ts): the panel is a bottom sheet, closed until asked for. */
  narrow = false;
  /**
   * How much of the panels renders, growing once the map is on screen (`mapReady`): nothing (0), the
   * panel and its tabs (1), the open tab's content (2), then one more of the other tabs' at each step
   * (3, 4, ...: in the tabs' order), so that no step is a long task on a phone.
   */
  private stage = 0;
  /** The other tabs than the open one, in order, as last rendered: the steps `mapReady` takes. */
  private others: string[] = [];

  private tripElements?: Promise<unknown>;
  private panel = createRef<LzPanel>();
  private analysisElements?: Promise<unknown>;
  /** The layer panel takes a list: one per set, so it re-renders only when the set changes. */
  private visibleList?: { set: ReadonlySet<LayerId>; list: readonly LayerId[] };
  private counts?: {
    key: Pick<PanelsState, 'sites' | 'visible' | 'query'> & { searchable: boolean };
    value: ReturnType<typeof filterCounts>;
  };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The panels on their way after the map is ready (`mapReady`): the host's updateComplete waits for them. */
  pending?: Promise<void>;

  /**
   * The map is on screen: the panels follow, each part in a task of its own after the one that fired
   * lz-ready (the page's own listeners run there): the panels' code (evaluated, its elements defined);
   * the panel with its tabs; the open tab's content; the others'. (Their counts need no Intl data:
   * i18n/format-number.ts writes plain numbers itself, as loading it is a long task on a phone.)
   */
  mapReady(): void {
    this.pending = (async () => {
      const elements = import('./panel-elements');
      await yieldToMain();
      await elements;
      // `others` is known once the panel has rendered (stage 1): the loop reads it at each step.
      for (let stage = 1; stage <= 2 + this.others.length; stage++) {
        await yieldToMain();
        this.stage = stage;
        this.host.requestUpdate(); // renders in this task's microtasks
      }
      this.stage = Infinity; // every tab, the ones a later change of `panels` adds too
      this.pending = undefined;
    })();
  }

  setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }

  /** Folds the sheet away on a phone (it would hide the popup), or opens the panel. */
  setOpen(open: boolean | undefined): void {
    this.open = open;
    this.host.requestUpdate();
  }

  /** The skip link: opens the site list and takes focus to it, past the layers and the map's markers. */
  private async skipToList(): Promise<void> {
    this.tab = 'list';
    this.setOpen(true);
    await this.host.updateComplete;
    await this.panel.value?.updateComplete;
    this.panel.value?.focusBody();
  }

  /** Opens the panel on one tab (an area chosen on the map opens its card in the Analysis tab). */
  showTab(id: string): void {
    this.tab = id;
    this.setOpen(true);
  }

  /** Loads the trip planner when it is about to be seen. */
  prepare(state: Pick<PanelsState, 'panels' | 'itinerary' | 'area' | 'corridor'>): void {
    // The Analysis tab (comparison maths, turf, exports) loads when it is opened or an area or a corridor is asked for.
    if (state.panels.includes('analysis') && (this.tab === 'analysis' || state.area || state.corridor > 0))
      this.analysisElements ??= import('./lz-analysis-panel');
    if (
      state.panels.includes('trip') &&
      (this.tab === 'trip' || state.itinerary.days.some((d) => d.siteIds.length > 0))
    )
      this.tripElements ??= import('./trip-elements');
  }

  render(s: PanelsState, on: PanelsActions) {
    if (!this.stage) return nothing;
    const { lang, panels } = s;
    const tabs = panels
      .filter((p): p is Exclude<Panel, 'lang'> => p !== 'lang')
      .map((id) => ({ id, label: t(lang, `shell.tab.${id}`) }));
    if (tabs.length === 0 && !panels.includes('lang')) return nothing;
    const active = tabs.some((tab) => tab.id === this.tab) ? this.tab : (tabs[0]?.id ?? '');
    this.others = tabs.map((tab) => tab.id).filter((id) => id !== active);
    const open = tabs.length > 0 && (this.open ?? !this.narrow);
    const other = lang === 'en' ? '中文' : 'EN';
    return html`${
        panels.includes('list')
          ? html`<button type="button" class="skip" @click=${() => this.skipToList()}>
              ${t(lang, 'shell.skipToList')}
            </button>`
          : nothing
      }<lz-panel
        ${ref(this.panel)}
        exportparts="panel, tabs"
        .tabs=${tabs}
        .active=${active}
        .open=${open}
        .narrow=${this.narrow}
        .labels=${{ collapse: t(lang, 'shell.collapse'), expand: t(lang, 'shell.expand'), tabs: t(lang, 'shell.tabs') }}
        @lz-panel-change=${(e: LzEvent<'lz-panel-change'>) => {
          this.tab = e.detail.active;
          this.setOpen(e.detail.open);
        }}
      >
        ${
          panels.includes('lang')
            ? html`<button
                slot="actions"
                class="lang-switch"
                lang=${lang === 'en' ? 'zh-CN' : 'en'}
                aria-label=${`${other}: ${t(lang, 'shell.switchLang')}`}
                @click=${on.switchLang}
              >
                ${other}
              </button>`
            : nothing
        }
        ${panels.includes('layers') && this.shows('layers', active) ? this.renderLayers(s, on) : nothing}
        ${
          panels.includes('list') && this.shows('list', active)
            ? html`<lz-site-list
                slot="list"
                exportparts="list, search, item"
                lang=${lang}
                .sites=${s.sites}
                .visible=${s.visible}
                .query=${s.query}
                .bounds=${s.bounds}
                .selected=${s.selected}
                .here=${s.here}
                @lz-list-select=${(e: LzEvent<'lz-list-select'>) => {
                  if (this.narrow) this.setOpen(false);
                  // The item chosen, inside the list's shadow root: focus goes back to it on Escape. The
                  // event is dispatched on the list itself (it is not composed), so its path starts there.
                  const list = e.currentTarget as HTMLElement;
                  on.listSelect(e.detail.id, (list.shadowRoot?.activeElement as HTMLElement | null) ?? list);
                }}
                @lz-site-hover=${(e: LzEvent<'lz-site-hover'>) => on.siteHover(e.detail.id)}
                @lz-filter-request=${(e: LzEvent<'lz-filter-request'>) => on.filterRequest(e.detail.layers)}
                @lz-query-change=${(e: LzEvent<'lz-query-change'>) => on.queryChange(e.detail.query)}
              ></lz-site-list>`
            : nothing
        }
        ${
          panels.includes('trip') && this.shows('trip', active)
            ? html`<lz-trip-panel
                slot="trip"
                exportparts="day, stop, warning, qr"
                lang=${lang}
                .sites=${s.sites}
                .itinerary=${s.itinerary}
                .settings=${tripSettings(s.itinerary)}
                .start=${s.tripStart}
                .here=${s.here}
                .choice=${on.tripChoice?.choice}
                @lz-trip-choice=${(e: LzEvent<'lz-trip-choice'>) => on.tripChoice?.choose(e.detail.take)}
                @lz-list-select=${(e: LzEvent<'lz-list-select'>) => {
                  // A stop's name: as a choice in the list, on a phone the sheet folds so the map shows.
                  if (this.narrow) this.setOpen(false);
                  on.listSelect(e.detail.id, deepActiveElement(e.currentTarget as HTMLElement));
                }}
                @lz-trip-edit=${(e: LzEvent<'lz-trip-edit'>) => on.tripChange(e.detail.itinerary)}
                @lz-trip-start-pick=${(e: LzEvent<'lz-trip-start-pick'>) => {
                  if (e.detail?.at) return on.tripStartPick(e.detail.at);
                  if (this.narrow) this.setOpen(false);
                  on.tripStartPick();
                }}
                @lz-trip-settings-change=${(e: LzEvent<'lz-trip-settings-change'>) => on.tripSettings(e.detail)}
                @lz-trip-start-reset=${on.tripStartReset}
              ></lz-trip-panel>`
            : nothing
        }
        ${panels.includes('analysis') && this.shows('analysis', active) ? this.renderAnalysis(s, on) : nothing}
      </lz-panel>`;
  }

  /** Whether a tab's content renders now (`stage`): the open one from 2, the others one a step after. */
  private shows(tab: string, active: string): boolean {
    if (tab === active) return this.stage >= 2;
    const at = this.others.indexOf(tab);
    return at >= 0 && this.stage >= 3 + at;
  }

  private renderAnalysis(s: PanelsState, on: PanelsActions) {
    const closeSheet = () => {
      if (this.narrow) this.setOpen(false);
    };
    return html`<lz-analysis-panel
      slot="analysis"
      exportparts="areas, card-title, table"
      lang=${s.lang}
      .layout=${s.layout}
      .shown=${s.shown}
      .area=${s.area}
      .corridor=${s.corridor}
      @lz-area-request=${(e: LzEvent<'lz-area-request'>) => on.areaRequest(e.detail.id)}
      @lz-area-fit=${(e: LzEvent<'lz-area-fit'>) => {
        const folds = this.narrow;
        closeSheet();
        on.areaFit(e.detail.id);
        // The sheet folds away with the button that had focus: focus goes to the map the visitor asked
        // to see (arrow keys pan it, Tab reaches its markers), not to the page's body.
        if (folds)
          void this.host.updateComplete.then(() =>
            (this.host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLElement>('.map')?.focus(),
          );
      }}
      @lz-corridor-request=${(e: LzEvent<'lz-corridor-request'>) => on.corridorRequest(e.detail.km)}
      @lz-analysis-site=${(e: LzEvent<'lz-analysis-site'>) => {
        closeSheet();
        on.analysisSite(e.detail.id);
      }}
      @lz-print-request=${on.printRequest}
    ></lz-analysis-panel>`;
  }

  private listOf(set: ReadonlySet<LayerId>): readonly LayerId[] {
    if (this.visibleList?.set !== set) this.visibleList = { set, list: [...set] };
    return this.visibleList.list;
  }

  /** Counts per state, so a re-render for another reason does not count again. */
  private countsOf(s: PanelsState) {
    // A large list's query applies once its search index is built (site-index.ts): then count again.
    const key = { sites: s.sites, visible: s.visible, query: s.query, searchable: siteIndexReady(s.sites) };
    const k = this.counts?.key;
    if (
      !k ||
      k.sites !== key.sites ||
      k.visible !== key.visible ||
      k.query !== key.query ||
      k.searchable !== key.searchable
    )
      this.counts = { key, value: filterCounts(s.sites, s.visible, s.query) };
    return this.counts!.value;
  }

  private renderLayers(s: PanelsState, on: PanelsActions) {
    return html`<lz-layer-panel
        slot="layers"
        exportparts="legend"
        lang=${s.lang}
        .visible=${this.listOf(s.visible)}
        .counts=${this.countsOf(s)}
        .areas=${s.sizes}
        @lz-layer-request=${(e: LzEvent<'lz-layer-request'>) => on.layerRequest(e.detail.id, e.detail.visible)}
        @lz-filter-request=${(e: LzEvent<'lz-filter-request'>) => on.filterRequest(e.detail.layers, e.detail.fit)}
      ></lz-layer-panel>
      ${baseMapChoice(s.lang, s.baseMap, s.baseMaps, on.baseMapRequest)}
      <lz-tile-cache slot="layers" lang=${s.lang}></lz-tile-cache>`;
  }
}
