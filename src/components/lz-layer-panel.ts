import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatNumber, pluralOf } from '../i18n/format-number';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { AREA_IDS, CATEGORIES, ZONE_IDS, type AreaId, type Lang } from '../model/types';
import type { FilterCounts } from '../search/filter-counts';
import { THEME_CHOICES, layerIds, type LayerId } from '../search/layer-ids';
import { formatLayers, onlyArea, onlyFilter } from '../state/layer-visibility';
import { baseStyles } from './base-styles';
import { define } from './define';
import { layerPanelStyles } from './lz-layer-panel.styles';
import { emitInternal } from './events';
import { SecondPass } from './second-pass';
import './lz-map-key';
import { panelZh } from '../i18n/messages-panel';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(panelZh);
addZh(namesZh);

/** The layout rows: the core, the axis, then the four zones. */
const LAYOUT_IDS = ['core', 'axis', ...ZONE_IDS] as const;
type LayoutId = (typeof LAYOUT_IDS)[number];

/**
 * Layer switcher and legend for the 一核、一轴、四区 layout: a checkbox per layer (`core`, `axis`,
 * `east`, `west`, `south`, `north`, `sites`, `area:<area>`, `category:<category>`, `theme:<theme>`,
 * `theme:none`), each area with its colour and stroke pattern as on the map, its name and how many
 * sites it holds; "show all", "hide all", "only this zone" per area and "only" per area, category and
 * theme filter; how many sites the map and the list show; the note that zones and axis are schematic;
 * and the key for routes, the trip's start, clusters and the corridor (`lz-map-key`).
 *
 * Counts are `filterCounts`: each value's sites among those the other filters keep, so with one
 * theme ticked its count is the number of markers on the map and rows in the list.
 *
 * The element is controlled: ticking a box asks, through `lz-layer-request`, and the box shows what
 * `visible` says until the owner sets it anew. One-action buttons (show all, hide all, only this)
 * ask for the whole new set at once through `lz-filter-request`.
 *
 * Below 640 px of map width the owner sets `narrow`, and the panel becomes a bottom sheet over its
 * positioned ancestor (the map); an attribute rather than a container query, because the width that
 * matters is the map's, which the panel cannot query from inside itself. It is 20rem wide unless the
 * page sets its `width`, and at most 70vh tall unless it styles `::part(panel)`.
 *
 * @fires lz-layer-request - A layer should be shown or hidden (internal: not composed). detail: {id, visible}
 * @fires lz-filter-request - A new set of layers in one action; `fit` names an area to fit the map to. detail: {layers, fit}
 * @csspart panel - The whole panel.
 * @csspart title - The heading, holding the collapse button.
 * @csspart legend - The layout group: core, axis and zones with their swatches.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Colours of the zones (likewise `-west`, `-south`, `-north`).
 * @cssproperty [--lz-core=#b3124a] - Colour of the core.
 * @cssproperty [--lz-axis=#111827] - Colour of the axis.
 * @cssproperty [--lz-color-accent=#9a3412] - Focus ring.
 */
export class LzLayerPanel extends LitElement {
  static styles = [baseStyles, layerPanelStyles];

  /**
   * Ids of the visible layers. Property only. Default: every layer the panel lists, as the map
   * starts with everything shown.
   */
  @property({ attribute: false }) visible: readonly string[] = layerIds;
  /** Site counts per area, category and theme (`filterCounts(sites, visible)`); none are shown without it. */
  @property({ attribute: false }) counts?: FilterCounts;
  /** Size in km² of the core and each zone (`areaSizes`), shown under their names when given. */
  @property({ attribute: false }) areas?: Partial<Record<AreaId, number>>;
  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';
  /** Only the heading shows; its button expands the panel again. Toggled by that button. */
  @property({ type: Boolean, reflect: true }) collapsed = false;
  /** Set by the owner when the map is narrower than 640 px: the panel becomes a bottom sheet. */
  @property({ type: Boolean, reflect: true }) narrow = false;

  /**
   * The filters' rows (by area, category and theme, under closed <details>) render a task after the rest of
   * the panel: in one, its first render was a long task on a phone at start-up (17-28 ms here; Lighthouse's
   * mobile CPU is 4× slower). `updateComplete` waits for them (second-pass.ts).
   */
  private filterRows = new SecondPass(this);

  protected override getUpdateComplete(): Promise<boolean> {
    return this.filterRows.after(() => super.getUpdateComplete());
  }

  private isVisible(id: string): boolean {
    return this.visible.includes(id);
  }

  /** The whole new set in one request (one history entry, one redraw). */
  private requestSet(next: ReadonlySet<string>, fit?: string): void {
    emitInternal(this, 'lz-filter-request', { layers: formatLayers(next), ...(fit && { fit }) });
  }

  private get visibleSet(): ReadonlySet<LayerId> {
    return new Set(this.visible) as ReadonlySet<LayerId>;
  }

  private onToggle(e: Event, id: string): void {
    const input = e.target as HTMLInputElement;
    emitInternal(this, 'lz-layer-request', { id, visible: input.checked });
    // Controlled: the box shows `visible`; an owner that answers synchronously has already set it,
    // one that answers later re-renders it, one that refuses leaves it as it was.
    input.checked = this.isVisible(id);
  }

  /** "Only this zone": its outline and its sites alone, and the map fitted to it. */
  private only(area: AreaId): void {
    this.requestSet(onlyArea(this.visibleSet, area), area);
  }

  /** "Only" beside a filter: that value alone of its kind. */
  private onlyButton(id: LayerId, name: string): TemplateResult {
    const lang = toLang(this.lang);
    return html`<button
      type="button"
      class="text only-filter"
      data-only=${id}
      @click=${() => this.requestSet(onlyFilter(this.visibleSet, id))}
    >
      ${t(lang, 'panel.onlyFilter')}<span class="sr-only">${lang === 'en' ? ': ' : '：'}${name}</span>
    </button>`;
  }

  /** A filter's row: its checkbox with its count, and its "only" button. */
  private filterRow(id: LayerId, name: string, count: number | undefined): TemplateResult {
    return html`<li>${this.checkbox(id, name, { count })}${this.onlyButton(id, name)}</li>`;
  }

  private countText(lang: Lang, n: number): string {
    const plural = pluralOf(lang, n) === 'one' ? 'one' : 'other';
    return t(lang, `panel.count.${plural}`, { count: formatNumber(lang, n) });
  }

  private swatch(id: LayoutId): TemplateResult {
    const shape =
      id === 'axis'
        ? svg`<line x1="0" y1="8" x2="28" y2="8"></line>`
        : svg`<rect class="area" x="1.5" y="1.5" width="25" height="13" rx="2"></rect>`;
    return html`<svg class="swatch sw-${id}" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      ${shape}
    </svg>`;
  }

  /**
   * A labelled checkbox. Layout rows spell their count out under the name ("4 个景点"); the long
   * category and theme lists show the bare number, spelled out for screen readers only.
   */
  private checkbox(
    id: string,
    label: string,
    {
      count,
      swatch,
      spelled = false,
      extra,
    }: { count?: number; swatch?: TemplateResult; spelled?: boolean; extra?: TemplateResult } = {},
  ): TemplateResult {
    const lang = toLang(this.lang);
    const countPart =
      count === undefined
        ? nothing
        : spelled
          ? html`<span class="count below" data-count=${count}>${this.countText(lang, count)}</span>`
          : html`<span class="count" data-count=${count}
              ><span aria-hidden="true">${formatNumber(lang, count)}</span
              ><span class="sr-only">${this.countText(lang, count)}</span></span
            >`;
    return html`<label>
      <input
        type="checkbox"
        data-layer=${id}
        .checked=${live(this.isVisible(id))}
        @change=${(e: Event) => this.onToggle(e, id)}
      />
      ${swatch ?? nothing}
      ${spelled ? html`<span class="name">${label}${countPart}${extra ?? nothing}</span>` : html`<span class="name">${label}</span>${countPart}`}
    </label>`;
  }

  private layoutRow(id: LayoutId): TemplateResult {
    const lang = toLang(this.lang);
    const name = t(lang, id === 'axis' ? 'layer.axis' : `area.${id as AreaId}`);
    const count = id === 'axis' ? undefined : this.counts?.areas[id as AreaId];
    const zone = id !== 'axis' ? (id as AreaId) : undefined;
    const km2 = id === 'axis' ? undefined : this.areas?.[id as AreaId];
    return html`<li class="layout" data-row=${id}>
      ${this.checkbox(id, name, {
        count,
        swatch: this.swatch(id),
        spelled: true,
        extra:
          km2 === undefined
            ? undefined
            : html`<span class="area-size" data-km2=${Math.round(km2)}
                >${t(lang, 'panel.areaSize', { area: formatNumber(lang, km2, { maximumFractionDigits: km2 < 100 ? 1 : 0 }) })}</span
              >`,
      })}
      ${
        zone
          ? html`<button type="button" class="text only" data-only=${zone} @click=${() => this.only(zone)}>
              ${t(lang, 'panel.only')}<span class="sr-only">${lang === 'en' ? ': ' : '：'}${name}</span>
            </button>`
          : nothing
      }
    </li>`;
  }

  render() {
    const lang = toLang(this.lang);
    const c = this.counts;
    const rows = this.filterRows.done;
    return html`<section part="panel" class="panel" lang=${lang} aria-labelledby="title">
      <h2 part="title" id="title">
        <button
          type="button"
          class="toggle"
          aria-expanded=${String(!this.collapsed)}
          aria-controls="body"
          @click=${() => (this.collapsed = !this.collapsed)}
        >
          <svg class="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2"></path>
          </svg>
          ${t(lang, 'panel.title')}
        </button>
      </h2>
      <div class="body" id="body" ?hidden=${this.collapsed}>
        <div class="bulk">
          <button type="button" class="text" data-bulk="show" @click=${() => this.requestSet(new Set(layerIds))}>
            ${t(lang, 'panel.showAll')}
          </button>
          <button type="button" class="text" data-bulk="hide" @click=${() => this.requestSet(new Set())}>
            ${t(lang, 'panel.hideAll')}
          </button>
        </div>
        <fieldset part="legend">
          <legend>${t(lang, 'panel.layout')}</legend>
          <ul>
            ${LAYOUT_IDS.map((id) => this.layoutRow(id))}
          </ul>
          <p class="note">${t(lang, 'map.schematicNote')}</p>
        </fieldset>
        <fieldset>
          <legend>${t(lang, 'panel.sites')}</legend>
          ${
            c
              ? html`<p class="shown" role="status" data-shown=${c.shown}>
                  ${t(lang, 'panel.shown', { shown: formatNumber(lang, c.shown), total: formatNumber(lang, c.total) })}
                </p>`
              : nothing
          }
          <ul>
            <li>${this.checkbox('sites', t(lang, 'panel.allSites'))}</li>
          </ul>
          <details>
            <summary>${t(lang, 'panel.byArea')}</summary>
            <ul>
              ${rows ? AREA_IDS.map((a) => this.filterRow(`area:${a}`, t(lang, `area.${a}`), c?.areas[a])) : nothing}
            </ul>
          </details>
          <details>
            <summary>${t(lang, 'panel.byCategory')}</summary>
            <ul>
              ${
                rows
                  ? CATEGORIES.map((cat) =>
                      this.filterRow(`category:${cat}`, t(lang, `category.${cat}`), c?.categories[cat]),
                    )
                  : nothing
              }
            </ul>
          </details>
          <details>
            <summary>${t(lang, 'panel.byTheme')}</summary>
            <ul>
              ${rows ? THEME_CHOICES.map((th) => this.filterRow(`theme:${th}`, t(lang, `theme.${th}`), c?.themes[th])) : nothing}
            </ul>
          </details>
        </fieldset>
        <lz-map-key lang=${lang} exportparts="key"></lz-map-key>
      </div>
    </section>`;
  }
}

define('lz-layer-panel', LzLayerPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lz-layer-panel': LzLayerPanel;
  }
}
