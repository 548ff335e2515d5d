import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized } from '../i18n/localized';
import { formatNumber, pluralOf } from '../i18n/format-number';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import {
  AREA_IDS,
  CATEGORIES,
  THEMES,
  type AreaId,
  type Category,
  type CultureItem,
  type Lang,
  type Site,
  type Theme,
} from '../model/types';
import { filterSites, type Bounds } from '../search/filter-sites';
import { searchSites } from '../search/search-sites';
import { searchCulture } from '../search/search-culture';
import { builtInCulture } from '../data/built-in-culture';
import type { OpenState } from '../plan/open-status';
import { loadOpenStatus } from './load-open-status';
import { baseStyles } from './base-styles';
import { define } from './define';
import { siteListStyles } from './lz-site-list.styles';
import { emitInternal } from './events';

/**
 * A searchable list of sites: a search box (Chinese, English or pinyin), filters by area, category
 * and theme, "only sites in view" when the owner gives `bounds`, and the number of results, which
 * screen readers hear as it changes. Each site is a button showing its name, area and category.
 *
 * Search and filters are the element's own state; the sites, the view and the selection are the
 * owner's, so choosing a site asks (`lz-list-select`) and the owner answers by setting `selected`.
 *
 * @fires lz-list-select - The visitor chose a site (internal: not composed). detail: {id}
 * @fires lz-site-hover - A site is under the pointer or focused ({id}), or no longer ({id: null}).
 * @fires lz-filter-change - The visitor changed the search or a filter. detail: {query, zone, category, theme, inView, ids}
 * @csspart list - The list of results.
 * @csspart search - The search box.
 * @csspart item - One site's button.
 * @csspart culture - The list of culture items (intangible heritage, red history, events, places without a position).
 * @cssproperty [--lz-color-accent=#9a3412] - The selected site and the focus ring.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Dot colour of the sites of each area (likewise `-west`, `-south`, `-north`, and `--lz-core`).
 */
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

  @state() private query = '';
  @state() private zone: AreaId | '' = '';
  @state() private category: Category | '' = '';
  @state() private theme: Theme | '' = '';
  @state() private inView = false;
  /** The last id sent in lz-site-hover: pointer and focus both report, and the map needs each change once. */
  private hovered: string | null = null;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sites') && !this.openStatus && this.sites.some((s) => s.openingHours)) {
      void loadOpenStatus().then((m) => (this.openStatus = m.openStatus));
    }
  }

  /** The culture items the search and the area filter keep (a category or theme filter is about sites). */
  private cultureResults(): CultureItem[] {
    if (this.category) return [];
    const themeKind = { intangible: 'heritage', red: 'history' } as Record<string, string>;
    if (this.theme && !themeKind[this.theme]) return [];
    return searchCulture(this.culture, this.query).filter(
      (c) => (!this.zone || c.zone === this.zone) && (!this.theme || c.kind === themeKind[this.theme]),
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
              ${t(lang, 'culture.where')}:
              ${
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
        ${t(lang, 'site.source')}: ${localized(item.source, lang)}
        ${item.links.map((l) => html` · <a href=${l.url} target="_blank" rel="noopener noreferrer">${localized(l.label, lang)}</a>`)}
      </p>
    </li>`;
  }

  /** The listed sites: filtered, then ranked by the search. */
  private results(): Site[] {
    const filtered = filterSites(this.sites, {
      ...(this.zone && { zones: [this.zone] }),
      ...(this.category && { categories: [this.category] }),
      ...(this.theme && { themes: [this.theme] }),
      ...(this.inView && this.bounds && { bounds: this.bounds }),
    });
    return searchSites(filtered, this.query);
  }

  private changed(): void {
    emitInternal(this, 'lz-filter-change', {
      query: this.query,
      zone: this.zone || null,
      category: this.category || null,
      theme: this.theme || null,
      inView: this.inView && !!this.bounds,
      ids: this.results().map((s) => s.id),
    });
  }

  private hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    emitInternal(this, 'lz-site-hover', { id });
  }

  /** Up and down move between the sites, as in a menu; Tab still leaves the list. */
  private onListKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.site')];
    const at = items.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('button.site:focus')!);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (items[next]) {
      e.preventDefault();
      items[next].focus();
    }
  }

  private countText(lang: Lang, n: number): string {
    const plural = pluralOf(lang, n) === 'one' ? 'one' : 'other';
    return t(lang, `list.count.${plural}`, { count: formatNumber(lang, n) });
  }

  private select<T extends string>(
    label: string,
    name: string,
    value: T | '',
    options: ReadonlyArray<{ value: T; text: string }>,
    set: (v: T | '') => void,
  ) {
    const lang = toLang(this.lang);
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <select
        id=${name}
        name=${name}
        .value=${live(value)}
        @change=${(e: Event) => {
          set((e.target as HTMLSelectElement).value as T | '');
          this.changed();
        }}
      >
        <option value="">${t(lang, 'list.any')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.text}</option>`)}
      </select>
    </div>`;
  }

  private item(site: Site, lang: Lang) {
    const other = lang === 'en' ? site.name.zh : site.name.en;
    return html`<li>
      <button
        type="button"
        class="site"
        part="item"
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
          >${t(lang, `area.${site.zone}`)} ·
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

  render() {
    const lang = toLang(this.lang);
    const results = this.results();
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
              this.changed();
            }}
          />
        </div>
        <fieldset class="filters">
          <legend>${t(lang, 'list.filters')}</legend>
          ${this.select(
            t(lang, 'list.zone'),
            'zone',
            this.zone,
            AREA_IDS.map((a) => ({ value: a, text: t(lang, `area.${a}`) })),
            (v) => (this.zone = v),
          )}
          ${this.select(
            t(lang, 'list.category'),
            'category',
            this.category,
            CATEGORIES.map((c) => ({ value: c, text: t(lang, `category.${c}`) })),
            (v) => (this.category = v),
          )}
          ${this.select(
            t(lang, 'list.theme'),
            'theme',
            this.theme,
            THEMES.map((th) => ({ value: th, text: t(lang, `theme.${th}`) })),
            (v) => (this.theme = v),
          )}
        </fieldset>
        ${
          this.bounds
            ? html`<label class="in-view">
                <input
                  type="checkbox"
                  name="in-view"
                  .checked=${live(this.inView)}
                  @change=${(e: Event) => {
                    this.inView = (e.target as HTMLInputElement).checked;
                    this.changed();
                  }}
                />${t(lang, 'list.inView')}
              </label>`
            : nothing
        }
      </div>
      <p class="count" role="status" aria-live="polite" aria-atomic="true">${this.countText(lang, results.length)}</p>
      ${results.length === 0 ? html`<p class="empty">${t(lang, 'list.empty')}</p>` : nothing}
      <div class="scroll">
        <ul part="list" aria-labelledby="title" @keydown=${this.onListKey}>
          ${repeat(
            results,
            (site) => site.id,
            (site) => this.item(site, lang),
          )}
        </ul>
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
      this.renderRoot.querySelector(`button.site[aria-current='true']`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}

define('lz-site-list', LzSiteList);

declare global {
  interface HTMLElementTagNameMap {
    'lz-site-list': LzSiteList;
  }
}
