import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatKm } from '../i18n/format-km';
import { formatNumber } from '../i18n/format-number';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { LocalizedText, Site } from '../model/types';
import { countKinds } from '../search/count-kinds';
import { baseStyles } from './base-styles';
import { define } from './define';
import { emitInternal } from './events';
import { analysisStyles } from './lz-analysis.styles';
import { analysisZh } from '../i18n/messages-analysis';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(analysisZh);
addZh(namesZh);

/** What the card says about an area, from the layout. */
export interface AreaInfo {
  /** `core`, a zone id, or `axis`. */
  id: string;
  name: LocalizedText;
  altName?: LocalizedText;
  summary: LocalizedText;
  schematic: boolean;
  /** Size in km² (not for the axis). */
  areaKm2?: number;
  /** For the axis: the corridor width its site list uses. */
  corridorKm?: number;
}

/**
 * The card of one area of the layout (the core, a zone or the axis): its names, the plan's
 * positioning text, that its extent is schematic, its size, its sites counted by category and theme
 * and listed (each opens the site), and a "fit to area" action.
 * @fires lz-area-fit - (internal) Fit the map to this area. detail: {id}
 * @fires lz-analysis-site - (internal) Open this site. detail: {id}
 * @fires lz-area-request - (internal) The close button: detail {id: null}
 * @csspart title - The area's name.
 */
export class LzAreaCard extends LitElement {
  static styles = [baseStyles, analysisStyles];

  @property({ attribute: false }) info?: AreaInfo;
  /** The area's sites, in the order to list them. */
  @property({ attribute: false }) sites: readonly Site[] = [];
  @property() lang = 'zh-CN';

  render() {
    const info = this.info;
    if (!info) return nothing;
    const lang = toLang(this.lang);
    const counts = countKinds(this.sites);
    const count = (n: number) => formatNumber(lang, n);
    return html`<section class="card" aria-labelledby="title">
      <header>
        <div>
          <h3 id="title" part="title">${localized(info.name, lang)}</h3>
          <p class="muted" lang=${lang === 'en' ? 'zh-CN' : 'en'}>
            ${localized(info.name, lang === 'en' ? 'zh-CN' : 'en')}
          </p>
          ${
            info.altName
              ? html`<p class="alt">
                  ${t(lang, 'analysis.otherName', { name: localized(info.altName, lang) })}
                  <span class="muted">(${localized(info.altName, lang === 'en' ? 'zh-CN' : 'en')})</span>
                </p>`
              : nothing
          }
        </div>
        <button
          type="button"
          class="close"
          aria-label=${t(lang, 'analysis.close')}
          @click=${() => emitInternal(this, 'lz-area-request', { id: null })}
        >
          ×
        </button>
      </header>
      <p class="summary">${localized(info.summary, lang)}</p>
      ${info.schematic ? html`<p class="muted schematic">${t(lang, 'analysis.schematic')}</p>` : nothing}
      ${
        info.areaKm2 !== undefined
          ? html`<p class="size">
              ${t(lang, 'analysis.area', { area: formatNumber(lang, info.areaKm2, { maximumFractionDigits: 1 }) })}
            </p>`
          : nothing
      }
      <p class="count">${t(lang, 'analysis.sites', { count: count(this.sites.length) })}</p>
      ${
        this.sites.length
          ? html`<h4>${t(lang, 'analysis.byCategory')}</h4>
              <ul class="chips kinds">
                ${Object.entries(counts.byCategory).map(
                  ([k, n]) => html`<li>${t(lang, `category.${k}` as 'category.heritage')} ${count(n)}</li>`,
                )}
              </ul>
              <h4>${t(lang, 'analysis.byTheme')}</h4>
              <ul class="chips kinds">
                ${Object.entries(counts.byTheme).map(
                  ([k, n]) => html`<li>${t(lang, `theme.${k}` as 'theme.han')} ${count(n)}</li>`,
                )}
                ${counts.noTheme ? html`<li>${t(lang, 'analysis.noTheme')} ${count(counts.noTheme)}</li>` : nothing}
              </ul>`
          : nothing
      }
      <h4>
        ${
          info.corridorKm !== undefined
            ? t(lang, 'analysis.axisSites', { km: formatKm(info.corridorKm, lang) })
            : t(lang, 'analysis.siteList')
        }
      </h4>
      ${
        this.sites.length
          ? html`<ul class="sites" part="sites">
              ${this.sites.map(
                (s) =>
                  html`<li>
                    <button type="button" @click=${() => emitInternal(this, 'lz-analysis-site', { id: s.id })}>
                      ${localized(s.name, lang)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t(lang, 'analysis.noSites')}</p>`
      }
      <button type="button" class="fit" @click=${() => emitInternal(this, 'lz-area-fit', { id: info.id })}>
        ${t(lang, 'analysis.fit')}
      </button>
    </section>`;
  }
}

define('lz-area-card', LzAreaCard);

declare global {
  interface HTMLElementTagNameMap {
    'lz-area-card': LzAreaCard;
  }
}
