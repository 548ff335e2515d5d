import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Site } from '../model/types';
import { emitInternal } from './events';
import { baseStyles } from './base-styles';
import { define } from './define';

/** A link's host, as the visible text of a source link ("www.lonelyplanet.com"). */
function hostOf(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

/**
 * Details of one site: names in both languages, category, area, protection, era, description and
 * an honest note on how exact its position is. Used as the map's popup.
 * @csspart card - The card.
 * @csspart title - The site's name.
 * @csspart note - The note on the position's precision and the source.
 * @csspart close - The close button (when `closable`).
 * Dispatches `lz-card-close` (bubbles, not composed: it stays inside the owner's shadow root) when
 * the close button is pressed, and `lz-card-trip` when the trip button is.
 * @csspart trip - The add-to-trip / remove-from-trip button.
 * @cssproperty [--lz-color-accent=#9a3412] - Headings and focus ring.
 */
export class LzSiteCard extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 0 0 2px;
        font-size: 1.1em;
        color: var(--lz-color-accent, #9a3412);
      }
      .alt {
        margin: 0 0 6px;
        color: #4b5563;
        font-size: 0.9em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 8px;
        margin: 6px 0;
        font-size: 0.9em;
      }
      dt {
        color: #4b5563;
      }
      dd {
        margin: 0;
      }
      p {
        margin: 6px 0;
      }
      .trip {
        min-height: 32px;
        padding: 4px 12px;
        border: 1px solid var(--lz-color-accent, #9a3412);
        border-radius: 6px;
        background: var(--lz-color-accent, #9a3412);
        color: #fff;
        font: inherit;
        cursor: pointer;
      }
      .trip.in {
        background: #fff;
        color: var(--lz-color-accent, #9a3412);
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin: 6px 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        padding: 1px 8px;
        border-radius: 999px;
        background: #f3f4f6;
        border: 1px solid #d1d5db;
        font-size: 0.85em;
      }
      .links {
        font-size: 0.85em;
        color: #4b5563;
        overflow-wrap: anywhere;
      }
      .links a {
        color: #1d4ed8;
      }
      .note {
        font-size: 0.85em;
        color: #4b5563;
        border-left: 3px solid #d97706;
        padding-left: 6px;
      }
      header {
        display: flex;
        align-items: start;
        gap: 8px;
      }
      header > div {
        flex: 1;
        min-width: 0;
      }
      .close {
        flex: none;
        width: 32px;
        height: 32px;
        margin: -4px -6px 0 0;
        border: 1px solid transparent;
        border-radius: 6px;
        background: transparent;
        color: #374151;
        font: inherit;
        font-size: 20px;
        line-height: 1;
        cursor: pointer;
      }
      .close:hover {
        background: #f3f4f6;
      }
    `,
  ];

  /** The site to show. Property only: objects do not belong in attributes. */
  @property({ attribute: false }) site?: Site;
  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';
  /** Shows a close button (the card is a popup). */
  @property({ type: Boolean }) closable = false;
  /**
   * Whether the site is in the visitor's trip: when set (true or false) the card shows an add/remove
   * button that dispatches `lz-card-trip` (bubbles, not composed). Unset: no trip button.
   */
  @property({ attribute: false }) inTrip?: boolean;

  /** Moves focus to the close button, or the card: for popups opened from the keyboard. */
  focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('.close') ?? this.renderRoot.querySelector<HTMLElement>('article');
    target?.focus(options);
  }

  render() {
    const site = this.site;
    if (!site) return nothing;
    const lang = toLang(this.lang);
    const other = lang === 'en' ? site.name.zh : site.name.en;
    return html`<article part="card" lang=${lang} tabindex="-1">
      <header>
        <div>
          <h3 part="title">${localized(site.name, lang)}</h3>
          <p class="alt" lang=${lang === 'en' ? 'zh-CN' : 'en'}>${other}</p>
        </div>
        ${
          this.closable
            ? html`<button
                class="close"
                part="close"
                type="button"
                aria-label=${t(lang, 'popup.close')}
                title=${t(lang, 'popup.close')}
                @click=${() => emitInternal(this, 'lz-card-close', {})}
              >
                ×
              </button>`
            : nothing
        }
      </header>
      <dl>
        <dt>${t(lang, 'site.category')}</dt>
        <dd>${t(lang, `category.${site.category}`)}</dd>
        <dt>${t(lang, 'site.zone')}</dt>
        <dd>${t(lang, `area.${site.zone}`)}</dd>
        ${
          site.heritage
            ? html`<dt>${t(lang, 'site.heritage')}</dt>
                <dd>${localized(site.heritage, lang)}</dd>`
            : nothing
        }
        ${
          site.era
            ? html`<dt>${t(lang, 'site.era')}</dt>
                <dd>${localized(site.era, lang)}</dd>`
            : nothing
        }
      </dl>
      ${
        site.themes.length
          ? html`<ul class="chips" aria-label=${t(lang, 'site.themes')}>
              ${site.themes.map((th) => html`<li class="chip">${t(lang, `theme.${th}`)}</li>`)}
            </ul>`
          : nothing
      }
      <p class="description">${localized(site.description, lang)}</p>
      ${
        this.inTrip === undefined
          ? nothing
          : html`<button
              class="trip ${this.inTrip ? 'in' : ''}"
              part="trip"
              type="button"
              @click=${() => emitInternal(this, 'lz-card-trip', {})}
            >
              ${t(lang, this.inTrip ? 'siteCard.removeFromTrip' : 'siteCard.addToTrip')}
            </button>`
      }
      <p class="note" part="note">
        ${t(lang, `site.precision.${site.precision}`)}${site.confidence ? html`: ${t(lang, `site.confidence.${site.confidence}`)}` : nothing}.
        ${t(lang, 'site.source')}: ${site.source}
      </p>
      ${
        site.links.length
          ? html`<p class="links">
              ${t(lang, 'site.links')}:
              ${site.links.slice(0, 5).map((link, i) => html`${i ? ', ' : ''}<a href=${link} target="_blank" rel="noopener noreferrer">${hostOf(link)}</a>`)}
            </p>`
          : nothing
      }
    </article>`;
  }
}

define('lz-site-card', LzSiteCard);

declare global {
  interface HTMLElementTagNameMap {
    'lz-site-card': LzSiteCard;
  }
}
