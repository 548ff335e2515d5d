import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { localized } from '../i18n/localized';
import { formatNumber, pluralOf } from '../i18n/format-number';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { AREA_IDS, CATEGORIES, type CultureItem, type Lang, type Site } from '../model/types';
import { filterSites, type Bounds } from '../search/filter-sites';
import { THEME_CHOICES, type LayerId } from '../search/layer-ids';
import { SYNC_INDEX_MAX, readySiteIndex, whenSiteIndexReady } from '../search/site-index';
import { yieldToMain } from '../map/yield-to-main';
import { visibleSites } from '../search/visible-sites';
import {
  anyFilter,
  filterChoice,
  formatLayers,
  onlyFilter,
  parseLayers,
  type FilterKind,
} from '../state/layer-visibility';
import { searchCulture } from '../search/search-culture';
import { builtInCulture } from '../data/built-in-culture';
import type { OpenState } from '../plan/open-status';
import { loadOpenStatus } from './load-open-status';
import { baseStyles } from './base-styles';
import { define } from './define';
import { siteListStyles } from './lz-site-list.styles';
import { emitInternal } from './events';
import { SecondPass } from './second-pass';
import { formatKm } from '../i18n/format-km';
import type { LonLat } from '../model/itinerary';
import { sitesByDistance } from '../spatial/sites-by-distance';
import { panelZh } from '../i18n/messages-panel';
import { visitZh } from '../i18n/messages-visit';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(panelZh);
addZh(visitZh);
addZh(namesZh);

/** How many sites the "nearest sites" view keeps. */
const NEAREST_COUNT = 5;

/** The culture kind a theme filter keeps; other themes are about sites only. */
const THEME_KIND: Record<string, CultureItem['kind']> = { intangible: 'heritage', red: 'history' };

/** What the interface calls a culture kind, and its theme, in both languages: searching 红色 finds red history. */
function cultureKindWords(kind: CultureItem['kind']): string[] {
  const theme = Object.keys(THEME_KIND).find((k) => THEME_KIND[k] === kind) as 'intangible' | 'red' | undefined;
  return (['zh-CN', 'en'] as const).flatMap((lang) => [
    t(lang, `culture.kind.${kind}`),
    ...(theme ? [t(lang, `theme.${theme}`)] : []),
  ]);
}

/**
 * A searchable list of sites: a search box (Chinese, English or pinyin), filters by area, category
 * and theme, "only sites in view" when the owner gives `bounds`, and the number of results, which
 * screen readers hear as it changes. Each site is a button showing its name, area and category.
 *
 * The filters are the map's: `visible` is the owner's set of layer ids (the `layers` attribute),
 * and the list keeps what `visibleSites` keeps, as the map does. A select shows one value of its
 * filter, "all", or "several" when the panel has ticked a mix. Changing a select or the search takes
 * effect here at once and asks the owner (`lz-filter-request`, `lz-query-change`), who sets
 * `visible` and `query` anew: one state, shared with the layer panel and the markers. "Only in view"
 * is the list's own. The sites, the view and the selection are the owner's, so choosing a site asks
 * (`lz-list-select`) and the owner answers by setting `selected`. A long list is virtualised
 * (VIRTUAL_FROM): each row says its place (aria-posinset of aria-setsize), and the arrow keys, Home
 * and End reach rows not yet drawn.
 *
 * @fires lz-list-select - The visitor chose a site (internal: not composed). detail: {id}
 * @fires lz-site-hover - A site is under the pointer or focused ({id}), or no longer ({id: null}).
 * @fires lz-filter-request - The visitor chose an area, category or theme. detail: {layers}
 * @fires lz-query-change - The visitor changed the search text. detail: {query}
 * @csspart list - The list of results.
 * @csspart search - The search box.
 * @csspart item - One site's button.
 * @csspart culture - The list of culture items (intangible heritage, red history, events, places without a position).
 * @cssproperty [--lz-color-accent=#9a3412] - The selected site and the focus ring.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Dot colour of the sites of each area (likewise `-west`, `-south`, `-north`, and `--lz-core`).
 */
/**
 * From this many results the list is virtualised (@lit-labs/virtualizer): only the rows near the
 * view are in the DOM, so a bureau's 100,000 sites do not become 100,000 buttons. A shorter list is
 * rendered whole (the browser's find-in-page and a screen reader's list navigation see every row).
 */
export const VIRTUAL_FROM = 300;
/** Rows in the list's first render; the others follow a task later (`allRows`). */
const FIRST_ROWS = 12;

export class LzSiteList extends LitElement {
  static styles = [baseStyles, siteListStyles];

  /** The sites to list, in the order to list them when there is no search. Property only. */
  @property({ attribute: false }) sites: readonly Site[] = [];
  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';
  /** The map's current view, [west, south, east, north]. Without it there is no "only in view". */
  @property({ attribute: false }) bounds?: Bounds;
  /** Id of the selected site, marked with aria-current and scrolled into view. */
  @property() selected?: string;
  /**
   * Things that are not points (intangible heritage, red history, events, places without a position),
   * listed under the sites with their own search results. Default: the built-in geo/culture.json.
   */
  @property({ attribute: false }) culture: readonly CultureItem[] = builtInCulture;
  /** The moment the open status is for; default: now. Property only. */
  @property({ attribute: false }) now?: Date;

  /** The opening-hours evaluator, loaded only when a listed site has hours. */
  @state() private openStatus?: (site: Site, date: Date) => OpenState;

  /** The visible layer ids: the map's filter (see `layerIds`). Property only. Default: everything. */
  @property({ attribute: false }) visible: ReadonlySet<LayerId> = parseLayers(undefined);
  /** The search text. The list sets it as the visitor types, and the owner may set it. */
  @property() query = '';

  @state() private inView = false;
  /** The visitor's position ([lon, lat], WGS84), while the map's locate control is on: offers "near me". */
  @property({ attribute: false }) here?: LonLat;
  /** Near me: `sort` orders the list by distance from `here`, `nearest` keeps the closest NEAREST_COUNT. */
  @state() private near: '' | 'sort' | 'nearest' = '';
  /** km from `here` of the listed sites, while sorted by distance. */
  private km = new Map<string, number>();
  /** The last id sent in lz-site-hover: pointer and focus both report, and the map needs each change once. */
  private hovered: string | null = null;

  /**
   * A long list's search index is being built between frames (site-index.ts): a query is not applied
   * yet, and the count says so.
   */
  @state() private indexing = false;

  /**
   * The first render draws the first FIRST_ROWS rows (a sheet's or a panel's worth), the rest a task later:
   * in one, the list's first render was a long task on a phone at start-up (~20 ms here; Lighthouse's mobile
   * CPU is 4× slower). `updateComplete` waits for them (second-pass.ts).
   */
  private allRows = new SecondPass(this);

  protected override getUpdateComplete(): Promise<boolean> {
    return this.allRows.after(() => super.getUpdateComplete());
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sites')) {
      // Indexed as soon as the sites arrive, not on the first keystroke: typing then never waits.
      const sites = this.sites;
      if (!this.query.trim() && sites.length <= SYNC_INDEX_MAX) {
        // Not read until a query (which builds it at once if need be), and a few ms that would lengthen
        // this render, a long task at start-up on a phone: built in a task of its own.
        this.indexing = false;
        void yieldToMain().then(() => this.sites === sites && readySiteIndex(sites));
      } else {
        this.indexing = !readySiteIndex(sites);
        if (this.indexing) void whenSiteIndexReady(sites).then(() => this.sites === sites && (this.indexing = false));
      }
    }
    if (changed.has('sites') && !this.openStatus && this.sites.some((s) => s.openingHours)) {
      void loadOpenStatus().then((m) => (this.openStatus = m.openStatus));
    }
  }

  /** The culture items the search and the area filter keep (a category or theme filter is about sites). */
  private cultureResults(): CultureItem[] {
    const zone = filterChoice(this.visible, 'area');
    const theme = filterChoice(this.visible, 'theme');
    if (filterChoice(this.visible, 'category') !== '' || zone === undefined || theme === undefined) return [];
    if (theme && !THEME_KIND[theme]) return [];
    return searchCulture(this.culture, this.query, cultureKindWords).filter(
      (c) => (!zone || c.zone === zone) && (!theme || c.kind === THEME_KIND[theme]),
    );
  }

  private cultureItem(item: CultureItem, lang: Lang) {
    return html`<li class="culture-item" data-culture-id=${item.id}>
      <p class="name">${localized(item.name, lang)}</p>
      <p class="meta">
        ${t(lang, `culture.kind.${item.kind}`)}${item.zone ? html` · ${t(lang, `area.${item.zone}`)}` : nothing}
      </p>
      <p>${localized(item.summary, lang)}</p>
      ${
        item.where
          ? html`<p class="meta">
              ${t(lang, 'culture.where')}${t(lang, 'punct.colon')}${
                item.siteId && this.sites.some((s) => s.id === item.siteId)
                  ? html`<button
                      type="button"
                      class="where"
                      @click=${() => emitInternal(this, 'lz-list-select', { id: item.siteId! })}
                    >
                      ${localized(item.where, lang)}
                    </button>`
                  : localized(item.where, lang)
              }
            </p>`
          : nothing
      }
      ${item.kind === 'place' ? html`<p class="meta">${t(lang, 'culture.noPosition')}</p>` : nothing}
      <p class="meta">
        ${t(lang, 'site.source')}${t(lang, 'punct.colon')}${localized(item.source, lang)}
        ${item.links.map((l) => html` · <a href=${l.url} target="_blank" rel="noopener noreferrer">${localized(l.label, lang)}</a>`)}
      </p>
    </li>`;
  }

  /** The listed sites: the map's filter and search (the same model), then "only in view". */
  private results(): Site[] {
    const kept = visibleSites(this.sites, this.visible, this.query);
    const shown = this.inView && this.bounds ? filterSites(kept, { bounds: this.bounds }) : kept;
    if (!this.here || !this.near) return shown;
    const ranked = sitesByDistance(shown, this.here, this.near === 'nearest' ? { limit: NEAREST_COUNT } : {});
    this.km = new Map(ranked.map((r) => [r.site.id, r.km]));
    return ranked.map((r) => r.site);
  }

  /** A select changed: that filter becomes one value (or all), here and, through the owner, on the map. */
  private choose(kind: FilterKind, value: string): void {
    this.visible = value ? onlyFilter(this.visible, `${kind}:${value}` as LayerId) : anyFilter(this.visible, kind);
    emitInternal(this, 'lz-filter-request', { layers: formatLayers(this.visible) });
  }

  private hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    emitInternal(this, 'lz-site-hover', { id });
  }

  /** Up and down move between the sites, as in a menu; Tab still leaves the list. */
  private onListKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const focused = this.renderRoot.querySelector<HTMLButtonElement>('button.site:focus');
    if (!focused) return;
    const total = this.shown.length;
    const at = Number(focused.dataset.index);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: total - 1 }[e.key];
    if (next < 0 || next >= total) return;
    e.preventDefault();
    void this.focusRow(next);
  }

  private row(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.site[data-index="${index}"]`);
  }

  /** Focuses the row at `index`; in a virtual list, one not drawn yet is scrolled to first. */
  private async focusRow(index: number): Promise<void> {
    const button = this.row(index);
    if (button) {
      button.focus();
      return;
    }
    this.virtualList()?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    // The virtualizer draws the row some frames after the scroll, and may move it as it measures
    // the rows around it (a moved node loses focus): focus it until it has kept focus for two frames.
    const until = performance.now() + 3000;
    let kept = 0;
    while (kept < 2 && performance.now() < until && this.isConnected) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const row = this.row(index);
      if (row && (this.renderRoot as ShadowRoot).activeElement === row) kept++;
      else {
        kept = 0;
        row?.focus();
      }
    }
  }

  private virtualList(): VirtualizerHostElement | null {
    return this.renderRoot.querySelector<HTMLElement>('ul.virtual') as VirtualizerHostElement | null;
  }

  /** Near me, once the map knows where the visitor is: the list in distance order, or the nearest few. */
  private nearChoice(lang: Lang) {
    const box = (value: 'sort' | 'nearest', key: 'list.sortDistance' | 'list.nearest') =>
      html`<label class="in-view near">
        <input
          type="checkbox"
          name=${`near-${value}`}
          .checked=${live(this.near === value)}
          @change=${(e: Event) => (this.near = (e.target as HTMLInputElement).checked ? value : '')}
        />${t(lang, key)}
      </label>`;
    return html`${box('sort', 'list.sortDistance')}${box('nearest', 'list.nearest')}`;
  }

  /** The live region's text: the number of results, or that a long list's search is still being prepared. */
  private statusText(lang: Lang, n: number): string {
    if (this.indexing && this.query.trim())
      return t(lang, 'list.indexing', { count: formatNumber(lang, this.sites.length) });
    return this.countText(lang, n);
  }

  private countText(lang: Lang, n: number): string {
    const plural = pluralOf(lang, n) === 'one' ? 'one' : 'other';
    return t(lang, `list.count.${plural}`, { count: formatNumber(lang, n) });
  }

  private select(label: string, kind: FilterKind, options: ReadonlyArray<{ value: string; text: string }>) {
    const lang = toLang(this.lang);
    // A mix ticked in the layer panel has no single value: the select says "several" until changed.
    const value = filterChoice(this.visible, kind) ?? '*';
    const name = kind === 'area' ? 'zone' : kind;
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <select
        id=${name}
        name=${name}
        .value=${live(value)}
        @change=${(e: Event) => this.choose(kind, (e.target as HTMLSelectElement).value)}
      >
        <option value="">${t(lang, 'list.any')}</option>
        ${value === '*' ? html`<option value="*" disabled selected>${t(lang, 'list.several')}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.text}</option>`)}
      </select>
    </div>`;
  }

  private item(site: Site, lang: Lang, index: number, total: number) {
    const other = lang === 'en' ? site.name.zh : site.name.en;
    return html`<li aria-setsize=${total} aria-posinset=${index + 1}>
      <button
        type="button"
        class="site"
        part="item"
        data-index=${index}
        data-site-id=${site.id}
        aria-current=${this.selected === site.id ? 'true' : nothing}
        @click=${() => emitInternal(this, 'lz-list-select', { id: site.id })}
        @mouseenter=${() => this.hover(site.id)}
        @mouseleave=${() => this.hover(null)}
        @focus=${() => this.hover(site.id)}
        @blur=${() => this.hover(null)}
      >
        <span class="dot dot-${site.zone}" aria-hidden="true"></span>
        <span
          ><span class="name">${localized(site.name, lang)}</span>${
            lang === 'en' ? html`<span class="other" lang="zh-CN">${other}</span>` : nothing
          }</span
        >
        <span class="meta"
          >${
            this.here && this.near && this.km.has(site.id)
              ? html`<span class="distance"
                    >${t(lang, 'list.distance', { km: formatKm(this.km.get(site.id)!, lang) })}</span
                  >
                  · `
              : nothing
          }${t(lang, `area.${site.zone}`)}
          ·
          ${t(lang, `category.${site.category}`)}${
            site.openingHours && this.openStatus
              ? html` ·
                  <span class="open-status"
                    >${t(lang, `visit.status.${this.openStatus(site, this.now ?? new Date())}`)}</span
                  >`
              : nothing
          }</span
        >
      </button>
    </li>`;
  }

  /** The results of the last render (the keyboard and `selected` look rows up in them). */
  private shown: Site[] = [];

  render() {
    const lang = toLang(this.lang);
    const results = (this.shown = this.results());
    const culture = this.cultureResults();
    return html`<section lang=${lang} aria-labelledby="title">
      <h2 id="title">${t(lang, 'list.title')}</h2>
      <div class="search" role="search">
        <div class="field">
          <label for="query">${t(lang, 'list.search')}</label>
          <input
            id="query"
            type="search"
            part="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            placeholder=${t(lang, 'list.searchHint')}
            .value=${live(this.query)}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
              emitInternal(this, 'lz-query-change', { query: this.query });
            }}
          />
        </div>
        <fieldset class="filters">
          <legend>${t(lang, 'list.filters')}</legend>
          ${this.select(
            t(lang, 'list.zone'),
            'area',
            AREA_IDS.map((a) => ({ value: a, text: t(lang, `area.${a}`) })),
          )}
          ${this.select(
            t(lang, 'list.category'),
            'category',
            CATEGORIES.map((c) => ({ value: c, text: t(lang, `category.${c}`) })),
          )}
          ${this.select(
            t(lang, 'list.theme'),
            'theme',
            THEME_CHOICES.map((th) => ({ value: th, text: t(lang, `theme.${th}`) })),
          )}
        </fieldset>
        ${
          this.bounds
            ? html`<label class="in-view">
                <input
                  type="checkbox"
                  name="in-view"
                  .checked=${live(this.inView)}
                  @change=${(e: Event) => (this.inView = (e.target as HTMLInputElement).checked)}
                />${t(lang, 'list.inView')}
              </label>`
            : nothing
        }
        ${this.here ? this.nearChoice(lang) : nothing}
      </div>
      <p class="count" role="status" aria-live="polite" aria-atomic="true">${this.statusText(lang, results.length)}</p>
      ${results.length === 0 ? html`<p class="empty">${t(lang, 'list.empty')}</p>` : nothing}
      <div class="scroll">
        ${
          results.length >= VIRTUAL_FROM
            ? html`<ul part="list" class="virtual" aria-labelledby="title" @keydown=${this.onListKey}>
                ${virtualize({
                  // The list scrolls itself: the virtualizer keeps track of its own scroll position.
                  scroller: true,
                  items: results,
                  keyFunction: (site: Site) => site.id,
                  renderItem: (site: Site, i: number) => this.item(site, lang, i, results.length),
                })}
              </ul>`
            : html`<ul part="list" aria-labelledby="title" @keydown=${this.onListKey}>
                ${repeat(
                  this.allRows.done ? results : results.slice(0, FIRST_ROWS),
                  (site) => site.id,
                  (site, i) => this.item(site, lang, i, results.length),
                )}
              </ul>`
        }
        ${
          culture.length
            ? html`<section class="culture" aria-labelledby="culture-title">
                <h3 id="culture-title">${t(lang, 'culture.title')}</h3>
                <ul part="culture">
                  ${repeat(
                    culture,
                    (c) => c.id,
                    (c) => this.cultureItem(c, lang),
                  )}
                </ul>
              </section>`
            : nothing
        }
      </div>
    </section>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) {
      // The owner may select from the map; the list follows so the visitor sees which site it is.
      const row = this.renderRoot.querySelector(`button.site[aria-current='true']`);
      if (row) row.scrollIntoView({ block: 'nearest' });
      else {
        const index = this.shown.findIndex((s) => s.id === this.selected);
        // The virtualizer makes its layout asynchronously and drops it when it leaves the page; asked before
        // or after, it throws (@lit-labs/virtualizer 2.1). Only the scroll is lost then, never the update.
        if (index >= 0 && this.isConnected)
          try {
            this.virtualList()?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
          } catch {
            /* no layout yet, or no longer: nothing to scroll */
          }
      }
    }
  }
}

define('lz-site-list', LzSiteList);

declare global {
  interface HTMLElementTagNameMap {
    'lz-site-list': LzSiteList;
  }
}
