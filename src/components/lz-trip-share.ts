import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Itinerary } from '../model/itinerary';
import { tripShareUrl } from '../plan/trip-share-url';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripControlStyles } from './trip-controls.styles';
import { tripShareStyles } from './lz-trip-share.styles';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

/**
 * The trip's share link, a button that copies it, and its QR code made on demand. The link is
 * `shareBase` (default this page) with the trip in `?trip=`; a page reads it back with
 * `readTripParam` or `bindTripUrl`. It changes nothing and fires nothing.
 * @csspart qr - The QR code image.
 */
export class LzTripShare extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripShareStyles];

  /** The trip to share. Property only. */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** The page the link points to; default this page. */
  @property({ attribute: 'share-base' }) shareBase?: string;
  @property() lang = 'zh-CN';

  @state() private qrUrl?: string;
  @state() private qrFailed = false;
  @state() private qrShown = false;
  @state() private copyNote = '';
  private qrRequest = 0;

  /** The link that opens this trip. */
  shareUrl(): string {
    return tripShareUrl(new URL(this.shareBase ?? location.href, location.href), this.itinerary);
  }

  protected updated(changed: PropertyValues<this>): void {
    if (this.qrShown && (changed.has('itinerary') || changed.has('shareBase'))) void this.makeQr();
  }

  private async copyLink(): Promise<void> {
    const lang = toLang(this.lang);
    try {
      await navigator.clipboard.writeText(this.shareUrl());
      this.copyNote = t(lang, 'trip.share.copied');
    } catch {
      this.copyNote = t(lang, 'trip.share.copyFailed');
      this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
    }
  }

  /** The button stays enabled (aria-disabled once shown): disabling it would drop the focus it holds. */
  private showQr(): void {
    if (this.qrShown) return;
    this.qrShown = true;
    void this.makeQr();
  }

  /** The QR library is loaded only when someone asks for a code: most visitors never do. */
  private async makeQr(): Promise<void> {
    const request = ++this.qrRequest;
    const url = this.shareUrl();
    try {
      const qrcode = await import('qrcode');
      // qrcode is CommonJS: depending on the bundler its functions arrive named or on `default`.
      const toDataURL = qrcode.toDataURL ?? (qrcode as unknown as { default: typeof qrcode }).default.toDataURL;
      const dataUrl = await toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 200 });
      if (request !== this.qrRequest) return; // a newer trip asked for a newer code meanwhile
      this.qrUrl = dataUrl;
      this.qrFailed = false;
    } catch {
      if (request !== this.qrRequest) return;
      this.qrUrl = undefined;
      this.qrFailed = true;
    }
  }

  render() {
    const lang = toLang(this.lang);
    return html`<fieldset class="share">
      <legend>${t(lang, 'trip.share.title')}</legend>
      <div class="row">
        <label for="share-link">${t(lang, 'trip.share.link')}</label>
        <input
          id="share-link"
          readonly
          .value=${this.shareUrl()}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
      </div>
      <div class="row">
        <button type="button" class="copy" @click=${() => this.copyLink()}>${t(lang, 'trip.share.copy')}</button>
        <button
          type="button"
          class="show-qr"
          aria-disabled=${this.qrShown ? 'true' : 'false'}
          @click=${() => this.showQr()}
        >
          ${t(lang, 'trip.share.qr')}
        </button>
        ${this.copyNote ? html`<span class="muted" role="status">${this.copyNote}</span>` : nothing}
      </div>
      ${
        this.qrShown && this.qrUrl
          ? html`<img
              class="qr"
              part="qr"
              src=${this.qrUrl}
              alt=${t(lang, 'trip.share.qrAlt')}
              width="200"
              height="200"
            />`
          : nothing
      }
      ${this.qrFailed ? html`<p class="muted" role="status">${t(lang, 'trip.share.qrFailed')}</p>` : nothing}
    </fieldset>`;
  }
}

define('lz-trip-share', LzTripShare);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-share': LzTripShare;
  }
}
