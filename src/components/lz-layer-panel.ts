import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatNumber, pluralOf } from '../i18n/format-number';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { CATEGORIES, THEMES, ZONE_IDS, type AreaId, type Lang, type ZoneId } from '../model/types';
import type { SiteCounts } from '../search/count-sites';
import { layerIds } from '../search/layer-ids';
import { baseStyles } from './base-styles';
import { define } from './define';
import { layerPanelStyles } from './lz-layer-panel.styles';
import { emitInternal } from './events';

/** The layout rows: the core, the axis, then the four zones. */
const LAYOUT_IDS = ['core', 'axis', ...ZONE_IDS] as const;
type LayoutId = (typeof LAYOUT_IDS)[number];

/**
 * Layer switcher and legend for the 一核、一轴、四区 layout: a checkbox per layer (`core`, `axis`,
 * `east`, `west`, `south`, `north`, `sites`, `category:<category>`, `theme:<theme>`), each area with
 * its colour and stroke pattern as on the map, its name and how many sites it holds; "show all",
 * "hide all", "only this zone" per zone; and the note that zones and axis are schematic.
 *
 * The element is controlled: ticking a box asks, through `lz-layer-request`, and the box shows what
 * `visible` says until the owner sets it anew. Bulk buttons dispatch one event per layer that changes.
 *
 * Below 640 px of map width the owner sets `narrow`, and the panel becomes a bottom sheet over its
 * positioned ancestor (the map); an attribute rather than a container query, because the width that
 * matters is the map's, which the panel cannot query from inside itself. It is 20rem wide unless the
 * page sets its `width`, and at most 70vh tall unless it styles `::part(panel)`.
 *
 * @fires lz-layer-request - A layer should be shown or hidden (internal: not composed). detail: {id, visible}
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
  /** Site counts per area, category and theme (`countSites(sites)`); none are shown without it. */
  @property({ attribute: false }) counts?: SiteCounts;
  /** Size in km² of the core and each zone (`areaSizes`), shown under their names when given. */
  @property({ attribute: false }) areas?: Partial<Record<AreaId, number>>;
  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';
  /** Only the heading shows; its button expands the panel again. Toggled by that button. */
  @property({ type: Boolean, reflect: true }) collapsed = false;
  /** Set by the owner when the map is narrower than 640 px: the panel becomes a bottom sheet. */
  @property({ type: Boolean, reflect: true }) narrow = false;

  private isVisible(id: string): boolean {
    return this.visible.includes(id);
  }

  /** One event per layer whose visibility differs from `visible`. */
  private request(ids: readonly string[], visible: boolean): void {
    for (const id of ids) if (this.isVisible(id) !== visible) emitInternal(this, 'lz-layer-request', { id, visible });
  }

  private onToggle(e: Event, id: string): void {
    const input = e.target as HTMLInputElement;
    emitInternal(this, 'lz-layer-request', { id, visible: input.checked });
    // Controlled: the box shows `visible`; an owner that answers synchronously has already set it,
    // one that answers later re-renders it, one that refuses leaves it as it was.
    input.checked = this.isVisible(id);
  }

  private only(zone: ZoneId): void {
    this.request([zone], true);
    this.request(
      ZONE_IDS.filter((z) => z !== zone),
      false,
    );
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
    const count = id === 'axis' ? undefined : this.counts?.zones[id as AreaId];
    const zone = id !== 'core' && id !== 'axis' ? (id as ZoneId) : undefined;
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
          <button type="button" class="text" data-bulk="show" @click=${() => this.request(layerIds, true)}>
            ${t(lang, 'panel.showAll')}
          </button>
          <button type="button" class="text" data-bulk="hide" @click=${() => this.request(layerIds, false)}>
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
          <ul>
            <li>${this.checkbox('sites', t(lang, 'panel.allSites'), { count: c?.total })}</li>
          </ul>
          <details>
            <summary>${t(lang, 'panel.byCategory')}</summary>
            <ul>
              ${CATEGORIES.map((cat) => html`<li>${this.checkbox(`category:${cat}`, t(lang, `category.${cat}`), { count: c?.categories[cat] })}</li>`)}
            </ul>
          </details>
          <details>
            <summary>${t(lang, 'panel.byTheme')}</summary>
            <ul>
              ${THEMES.map((th) => html`<li>${this.checkbox(`theme:${th}`, t(lang, `theme.${th}`), { count: c?.themes[th] })}</li>`)}
            </ul>
          </details>
        </fieldset>
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
