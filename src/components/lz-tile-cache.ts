import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatNumber } from '../i18n/format-number';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { TILE_CACHE } from '../state/tile-cache';
import { baseStyles } from './base-styles';
import { define } from './define';

/**
 * How many map tiles the full page's service worker keeps for offline use ("已缓存 N 张地图瓦片"),
 * read from Cache Storage each time the line comes into view (the Layers tab opened). Shows nothing
 * where there is no such cache: the widget on a bureau's page, whose service worker (if any) is the
 * bureau's business, or a browser without Cache Storage.
 */
export class LzTileCache extends LitElement {
  static styles = [
    baseStyles,
    css`
      p {
        margin: 4px 0;
        font-size: 13px;
        color: #4b5563;
      }
    `,
  ];

  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';
  /** The count last read; undefined until read, or where there is no tile cache. */
  @state() private count?: number;
  private observer?: IntersectionObserver;

  connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.refresh();
    });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Reads the count again. */
  async refresh(): Promise<void> {
    try {
      const store = typeof caches === 'undefined' ? undefined : caches;
      if (!store || !(await store.has(TILE_CACHE))) {
        this.count = undefined;
        return;
      }
      this.count = (await (await store.open(TILE_CACHE)).keys()).length;
    } catch {
      // Cache Storage refuses some origins (opaque, storage blocked): then there is nothing to say.
      this.count = undefined;
    }
  }

  render() {
    if (this.count === undefined) return nothing;
    const lang = toLang(this.lang);
    return html`<p part="tile-cache">${t(lang, 'offline.tilesCached', { n: formatNumber(lang, this.count) })}</p>`;
  }
}
define('lz-tile-cache', LzTileCache);

declare global {
  interface HTMLElementTagNameMap {
    'lz-tile-cache': LzTileCache;
  }
}
