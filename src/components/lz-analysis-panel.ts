import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatKm } from '../i18n/format-km';
import { formatNumber } from '../i18n/format-number';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { AREA_IDS, type AreaId, type Lang, type Layout, type Site } from '../model/types';
import { exportAreasCsv } from '../plan/export-areas-csv';
import { exportSitesCsv, exportSitesGeoJson } from '../plan/export-sites';
import { axisCorridor, type AxisCorridor } from '../spatial/axis-corridor';
import { compareAreas, type AreaRow } from '../spatial/compare-areas';
import { baseStyles } from './base-styles';
import { define } from './define';
import { downloadText } from './download-text';
import { emitInternal, type LzEvent, type LzInternalEventMap } from './events';
import type { AreaInfo } from './lz-area-card';
import { analysisStyles } from './lz-analysis.styles';
import { CORRIDOR_MAX_KM } from '../state/attributes';
import './lz-area-card';
import './lz-compare-table';
import { analysisZh } from '../i18n/messages-analysis';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(analysisZh);

/** The axis card lists the sites of the corridor shown, or of this width when none is. */
const AXIS_CARD_KM = 5;

/**
 * The planner's Analysis tab: a button per area (the core, the four zones, the axis: the keyboard's
 * way to what a click on the map selects), the selected area's card, the table comparing the areas,
 * the axis corridor (a labelled slider, the sites inside with their distance and area, counts per
 * area), and exports of the comparison (CSV) and of the sites shown (CSV, GeoJSON), and print.
 * Controlled: it asks its owner (internal events) and shows what it is given.
 * @fires lz-area-request - (internal) Select an area (`null`: none). detail: {id}
 * @fires lz-corridor-request - (internal) The corridor's width should change. detail: {km}
 * @fires lz-print-request - (internal) Print the map as shown.
 */
export class LzAnalysisPanel extends LitElement {
  static styles = [baseStyles, analysisStyles];

  /** The layout: its core, zones and axis (and all its sites). */
  @property({ attribute: false }) layout?: Layout;
  /** The sites on the map now (after filters): what the exports write. */
  @property({ attribute: false }) shown: readonly Site[] = [];
  /** The selected area: `core`, a zone id or `axis`. */
  @property() area?: string;
  /** Corridor width in km either side of the axis; 0 is none. */
  @property({ type: Number }) corridor = 0;
  @property() lang = 'zh-CN';

  private rows: AreaRow[] = [];
  private inCorridor?: AxisCorridor;
  private axisSites?: AxisCorridor;

  protected willUpdate(changed: PropertyValues): void {
    if (!this.layout) return;
    if (changed.has('layout')) {
      this.rows = compareAreas(this.layout, this.layout.sites);
      this.axisSites = axisCorridor(this.layout.axis, this.layout.sites, AXIS_CARD_KM);
    }
    if (changed.has('layout') || changed.has('corridor'))
      this.inCorridor =
        this.corridor > 0 ? axisCorridor(this.layout.axis, this.layout.sites, this.corridor) : undefined;
  }

  private names(lang: Lang): Record<AreaId, string> {
    const names = { core: t(lang, 'area.core') } as Record<AreaId, string>;
    for (const z of this.layout?.zones ?? []) names[z.id] = localized(z.name, lang);
    return names;
  }

  private info(id: string): { info: AreaInfo; sites: Site[] } | undefined {
    const layout = this.layout;
    if (!layout) return undefined;
    const byId = new Map(layout.sites.map((s) => [s.id, s]));
    const pick = (ids: readonly string[]) => ids.map((i) => byId.get(i)!).filter(Boolean);
    if (id === 'axis') {
      const corridor = this.inCorridor ?? this.axisSites!;
      const { name, summary, precision } = layout.axis;
      return {
        info: { id, name, summary, schematic: precision === 'schematic', corridorKm: corridor.widthKm },
        sites: pick(corridor.sites.map((s) => s.id)),
      };
    }
    const row = this.rows.find((r) => r.id === id);
    const area = id === 'core' ? layout.core : layout.zones.find((z) => z.id === id);
    if (!row || !area) return undefined;
    return {
      info: {
        id,
        name: area.name,
        altName: 'altName' in area ? area.altName : undefined,
        summary: area.summary,
        schematic: area.precision === 'schematic',
        areaKm2: row.areaKm2,
      },
      sites: pick(row.siteIds),
    };
  }

  /** Internal events stop at this shadow root (they are not composed): pass its parts' requests on to the owner. */
  private forward = (e: Event): void => {
    const ev = e as LzEvent<'lz-area-request' | 'lz-area-fit' | 'lz-analysis-site'>;
    e.stopPropagation();
    emitInternal(this, ev.type as 'lz-area-request', ev.detail as LzInternalEventMap['lz-area-request']);
  };

  private download(kind: 'compare' | 'csv' | 'geojson'): void {
    const lang = toLang(this.lang);
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'compare')
      downloadText(
        this.renderRoot,
        exportAreasCsv(this.rows, this.names(lang)),
        `liangzhou-areas-${stamp}.csv`,
        'text/csv;charset=utf-8',
      );
    if (kind === 'csv')
      downloadText(
        this.renderRoot,
        exportSitesCsv(this.shown, lang),
        `liangzhou-sites-${stamp}.csv`,
        'text/csv;charset=utf-8',
      );
    if (kind === 'geojson')
      downloadText(
        this.renderRoot,
        exportSitesGeoJson(this.shown),
        `liangzhou-sites-${stamp}.geojson`,
        'application/geo+json',
      );
  }

  render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const lang = toLang(this.lang);
    const names = this.names(lang);
    const selected = this.area ? this.info(this.area) : undefined;
    const areaButtons = [...AREA_IDS.filter((id) => id in names), 'axis'] as const;
    const siteName = new Map(layout.sites.map((s) => [s.id, localized(s.name, lang)]));
    return html`<h3>${t(lang, 'analysis.areas')}</h3>
      <ul class="chips areas" part="areas">
        ${areaButtons.map(
          (id) =>
            html`<li>
              <button
                type="button"
                data-area=${id}
                aria-pressed=${this.area === id ? 'true' : 'false'}
                @click=${() => emitInternal(this, 'lz-area-request', { id: this.area === id ? null : id })}
              >
                ${id === 'axis' ? t(lang, 'analysis.axis') : names[id as AreaId]}
              </button>
            </li>`,
        )}
      </ul>
      ${
        selected
          ? html`<lz-area-card
              exportparts="title: card-title"
              lang=${lang}
              .info=${selected.info}
              .sites=${selected.sites}
              @lz-area-request=${this.forward}
              @lz-area-fit=${this.forward}
              @lz-analysis-site=${this.forward}
            ></lz-area-card>`
          : nothing
      }
      <h3>${t(lang, 'analysis.compare')}</h3>
      <lz-compare-table
        lang=${lang}
        .rows=${this.rows}
        .names=${names}
        .selected=${this.area}
        @lz-area-request=${this.forward}
      ></lz-compare-table>
      <h3>${t(lang, 'analysis.corridor')}</h3>
      <label for="corridor">${t(lang, 'analysis.corridorWidth')}</label>
      <input
        id="corridor"
        type="range"
        min="0"
        max=${CORRIDOR_MAX_KM}
        step="1"
        .value=${String(this.corridor)}
        aria-valuetext=${this.corridor > 0 ? formatKm(this.corridor, lang) : t(lang, 'analysis.corridorOff')}
        @change=${(e: Event) =>
          emitInternal(this, 'lz-corridor-request', { km: Number((e.target as HTMLInputElement).value) })}
      />
      <output for="corridor"
        >${this.corridor > 0 ? formatKm(this.corridor, lang) : t(lang, 'analysis.corridorOff')}</output
      >
      ${this.inCorridor ? this.renderCorridor(this.inCorridor, lang, names, siteName) : nothing}
      <h3>${t(lang, 'analysis.export')}</h3>
      <div class="actions">
        <button type="button" class="export-compare" @click=${() => this.download('compare')}>
          ${t(lang, 'analysis.exportCompare')}
        </button>
        <button type="button" class="export-csv" @click=${() => this.download('csv')}>
          ${t(lang, 'analysis.exportSitesCsv')}
        </button>
        <button type="button" class="export-geojson" @click=${() => this.download('geojson')}>
          ${t(lang, 'analysis.exportSitesGeoJson')}
        </button>
        <button type="button" class="print-map" @click=${() => emitInternal(this, 'lz-print-request', {})}>
          ${t(lang, 'analysis.print')}
        </button>
      </div>`;
  }

  private renderCorridor(c: AxisCorridor, lang: Lang, names: Record<AreaId, string>, siteName: Map<string, string>) {
    const n = (v: number) => formatNumber(lang, v);
    return html`<p class="corridor-count" aria-live="polite">
        ${t(lang, 'analysis.corridorCount', { count: n(c.sites.length) })}
      </p>
      <ul class="chips per-area">
        ${AREA_IDS.filter((id) => id in names).map((id) => html`<li data-area=${id}>${names[id]} ${n(c.perArea[id])}</li>`)}
      </ul>
      <ul class="sites corridor-sites">
        ${c.sites.map(
          (s) =>
            html`<li data-id=${s.id}>
              <button type="button" @click=${() => emitInternal(this, 'lz-analysis-site', { id: s.id })}>
                ${siteName.get(s.id)}
              </button>
              <span class="muted"
                >${t(lang, 'analysis.distance', { km: formatKm(s.distanceKm, lang) })} · ${names[s.zone]}</span
              >
            </li>`,
        )}
      </ul>`;
  }
}

define('lz-analysis-panel', LzAnalysisPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lz-analysis-panel': LzAnalysisPanel;
  }
}
