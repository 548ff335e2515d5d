import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatNumber } from '../i18n/format-number';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { AreaId, Lang } from '../model/types';
import type { AreaRow } from '../spatial/compare-areas';
import { baseStyles } from './base-styles';
import { define } from './define';
import { emitInternal } from './events';
import { analysisStyles } from './lz-analysis.styles';
import { analysisZh } from '../i18n/messages-analysis';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(analysisZh);
addZh(namesZh);

type Column = 'area' | 'km2' | 'sites' | 'density' | 'national' | 'provincial' | 'axisKm';
const COLUMNS: readonly Column[] = ['area', 'km2', 'sites', 'density', 'national', 'provincial', 'axisKm'];

const value = (r: AreaRow, c: Exclude<Column, 'area'>): number => {
  switch (c) {
    case 'km2':
      return r.areaKm2;
    case 'sites':
      return r.sites;
    case 'density':
      return r.perHundredKm2;
    case 'national':
      return r.national;
    case 'provincial':
      return r.provincial;
    case 'axisKm':
      // An area without sites has no median: it sorts last going up.
      return r.medianAxisKm ?? Infinity;
  }
};

/**
 * The core and the four zones side by side (src/spatial/compare-areas.ts): size, sites, density,
 * heritage listings, median distance from the axis, and the categories and themes of their sites.
 * Sortable by each column (a button in its header; `aria-sort` says how); choosing an area's name
 * asks for its card and highlight.
 * @fires lz-area-request - (internal) The visitor chose this area's row. detail: {id}
 */
export class LzCompareTable extends LitElement {
  static styles = [baseStyles, analysisStyles];

  @property({ attribute: false }) rows: readonly AreaRow[] = [];
  /** The areas' names in the current language. */
  @property({ attribute: false }) names?: Record<AreaId, string>;
  /** The selected area, highlighted. */
  @property() selected?: string;
  @property() lang = 'zh-CN';

  @state() private sortBy?: Column;
  @state() private descending = false;

  private sort(c: Column): void {
    this.descending = this.sortBy === c ? !this.descending : c !== 'area';
    this.sortBy = c;
  }

  private sorted(): AreaRow[] {
    const c = this.sortBy;
    if (!c) return [...this.rows];
    const dir = this.descending ? -1 : 1;
    // The area column sorts by the name it shows, in the reader's language (pinyin order in Chinese),
    // not by the id behind it.
    const collator = new Intl.Collator(toLang(this.lang));
    const name = (r: AreaRow) => this.names?.[r.id] ?? r.id;
    return [...this.rows].sort((a, b) => {
      if (c === 'area') return collator.compare(name(a), name(b)) * dir;
      const x = value(a, c);
      const y = value(b, c);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  private cell(lang: Lang, v: number | undefined, digits: number) {
    return v === undefined ? '–' : formatNumber(lang, v, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }

  render() {
    const lang = toLang(this.lang);
    const kinds = (r: AreaRow) =>
      [
        ...Object.entries(r.byCategory).map(([k, n]) => `${t(lang, `category.${k}` as 'category.heritage')} ${n}`),
        ...Object.entries(r.byTheme).map(([k, n]) => `${t(lang, `theme.${k}` as 'theme.han')} ${n}`),
      ].join(lang === 'en' ? ', ' : '、');
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t(lang, 'analysis.compare')}>
        <table part="table">
          <thead>
            <tr>
              ${COLUMNS.map((c) => {
                const label = t(lang, `analysis.col.${c}`);
                const sort = this.sortBy === c ? (this.descending ? 'descending' : 'ascending') : 'none';
                return html`<th scope="col" aria-sort=${sort}>
                  <button
                    type="button"
                    data-col=${c}
                    title=${t(lang, 'analysis.sortBy', { col: label })}
                    @click=${() => this.sort(c)}
                  >
                    ${label}${sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ''}
                  </button>
                </th>`;
              })}
              <th scope="col">${t(lang, 'analysis.col.kinds')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.sorted().map(
              (r) =>
                html`<tr data-id=${r.id} class=${this.selected === r.id ? 'selected' : ''}>
                  <th scope="row">
                    <button
                      type="button"
                      class="row"
                      aria-pressed=${this.selected === r.id ? 'true' : 'false'}
                      @click=${() => emitInternal(this, 'lz-area-request', { id: r.id })}
                    >
                      ${this.names?.[r.id] ?? r.id}
                    </button>
                  </th>
                  <td>${this.cell(lang, r.areaKm2, 1)}</td>
                  <td>${this.cell(lang, r.sites, 0)}</td>
                  <td>${this.cell(lang, r.perHundredKm2, 2)}</td>
                  <td>${this.cell(lang, r.national, 0)}</td>
                  <td>${this.cell(lang, r.provincial, 0)}</td>
                  <td>${this.cell(lang, r.medianAxisKm, 1)}</td>
                  <td class="kinds">${kinds(r)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">${t(lang, 'analysis.heritageNote')}</p>`;
  }
}

define('lz-compare-table', LzCompareTable);

declare global {
  interface HTMLElementTagNameMap {
    'lz-compare-table': LzCompareTable;
  }
}
