import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Lang, Site } from '../model/types';
import type { OpenState } from '../plan/open-status';
import { emitInternal } from './events';
import { baseStyles } from './base-styles';
import { define } from './define';
import { siteCardStyles } from './lz-site-card.styles';
import { loadOpenStatus } from './load-open-status';
import { afterMessages } from './messages-ready';
import { visitZh } from '../i18n/messages-visit';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(visitZh);
addZh(namesZh);

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
 * @csspart status - Open now / closed today / hours unknown.
 * @csspart visit - The practical information (address, hours, tickets, phone, booking, access).
 * @csspart links - The links to pages about the site, each labelled with its publisher.
 * @cssproperty [--lz-color-accent=#9a3412] - Headings and focus ring.
 */
export class LzSiteCard extends LitElement {
  static styles = [baseStyles, siteCardStyles];

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
  /** The moment the open/closed status is for; default: now. Property only (tests and the planner set it). */
  @property({ attribute: false }) now?: Date;

  /** The site's status, once the evaluator has loaded; `unknown` at once for a site without hours. */
  @state() private status?: OpenState;
  private statusFor?: unknown;

  /** In English, waits for the English messages (a chunk of their own): a card on a page of its own may come first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMessages(this.lang, () => super.scheduleUpdate());
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('site') && !changed.has('now')) return;
    const site = this.site;
    const key = {};
    this.statusFor = key;
    if (!site?.openingHours) {
      this.status = 'unknown';
      return;
    }
    this.status = undefined;
    void loadOpenStatus().then(({ openStatus }) => {
      if (this.statusFor === key) this.status = openStatus(site, this.now ?? new Date());
    });
  }

  /** Settles when the open status is shown (for tests and for printing). */
  protected async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.site?.openingHours && this.status === undefined) {
      await loadOpenStatus();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Moves focus to the close button, or the card: for popups opened from the keyboard. */
  focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('.close') ?? this.renderRoot.querySelector<HTMLElement>('article');
    target?.focus(options);
  }

  /** Address, hours, tickets, phone, booking and access: only the fields the data has. */
  private renderVisit(site: Site, lang: Lang) {
    const rows: Array<[string, unknown]> = [];
    const add = (show: unknown, key: string, value: () => unknown) => {
      if (show) rows.push([key, value()]);
    };
    add(site.address, t(lang, 'visit.address'), () => localized(site.address!, lang));
    add(
      site.openingHours,
      t(lang, 'visit.hours'),
      () => html`<span lang="en" translate="no">${site.openingHours}</span>`,
    );
    add(site.closedDays, t(lang, 'visit.closedDays'), () => localized(site.closedDays!, lang));
    add(site.free || site.price, t(lang, 'visit.ticket'), () =>
      site.free ? t(lang, 'visit.free') : localized(site.price!, lang),
    );
    add(
      site.phone,
      t(lang, 'visit.phone'),
      () => html`<a href=${`tel:${site.phone!.replace(/[^+0-9]/g, '')}`}>${site.phone}</a>`,
    );
    add(
      site.booking,
      t(lang, 'visit.booking'),
      () =>
        html`<a href=${site.booking!.url} target="_blank" rel="noopener noreferrer"
          >${localized(site.booking!.label, lang)}</a
        >`,
    );
    add(site.wheelchair, t(lang, 'visit.wheelchair'), () => t(lang, `visit.wheelchair.${site.wheelchair!}`));
    return html`${
      rows.length
        ? html`<dl class="visit" part="visit">
            ${rows.map(
              ([k, v]) =>
                html`<dt>${k}</dt>
                  <dd>${v}</dd>`,
            )}
          </dl>`
        : nothing
    }${
      site.photo
        ? html`<figure class="photo">
            <img
              src=${site.photo.url}
              alt=${localized(site.photo.alt, lang)}
              loading="lazy"
              referrerpolicy="no-referrer"
            />
            <figcaption>
              ${t(lang, 'visit.photo')}${t(lang, 'punct.colon')}${site.photo.credit} (${site.photo.licence})
            </figcaption>
          </figure>`
        : nothing
    }`;
  }

  /**
   * How exact the position is, then the source, as one string: with the language's own punctuation
   * (Chinese takes full-width ：and 。 with no space after them).
   */
  private note(site: Site, lang: Lang): string {
    const colon = t(lang, 'punct.colon');
    const precision = t(lang, `site.precision.${site.precision}`);
    const confidence = site.confidence ? `${colon}${t(lang, `site.confidence.${site.confidence}`)}` : '';
    return `${precision}${confidence}${t(lang, 'punct.stop')}${t(lang, 'site.source')}${colon}${localized(site.source, lang)}`;
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
      ${this.status ? html`<p class="status ${this.status}" part="status">${t(lang, `visit.status.${this.status}`)}</p>` : nothing}
      ${this.renderVisit(site, lang)}
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
      <p class="note" part="note">${this.note(site, lang)}</p>
      ${
        site.links.length
          ? html`<p class="links" part="links">
              ${t(lang, 'site.links')}${t(lang, 'punct.colon')}${site.links.map((link, i) => html`${i ? ' · ' : ''}<a href=${link.url} target="_blank" rel="noopener noreferrer">${localized(link.label, lang)}</a>`)}
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
