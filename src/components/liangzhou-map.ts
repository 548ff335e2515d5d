import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFiles } from '../data/built-in-files';
import { GeoDataError } from '../data/geo-data-error';
import { parseLayout } from '../data/parse-layout';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { LayoutMap } from '../map/layout-map';
import type { Lang, Layout, Site } from '../model/types';
import { baseStyles } from './base-styles';
import { define } from './define';
import { emit } from './events';
import { mapStyles } from './map-styles';
import './lz-site-card';

/**
 * The tourism map of 凉州区: the 一核、一轴、四区 layout (core, axis, four zones) and its sites,
 * drawn from the built-in geo/ data on a Leaflet map that needs no tile server.
 *
 * @fires lz-ready - The layers are on screen. detail: {sites}
 * @fires lz-site-select - A visitor opened a site. detail: {id}
 * @fires lz-error - Data was rejected. detail: {message, file, feature, field}
 * @csspart map - The map area.
 * @csspart note - The note that zones and axis are schematic.
 * @cssproperty [--lz-height=480px] - Height when the page does not size the element.
 * @cssproperty [--lz-zone-east=#3f7f1f] - Colour of the east zone (likewise west, south, north).
 * @cssproperty [--lz-core=#b3124a] - Colour of the core.
 * @cssproperty [--lz-axis=#111827] - Colour of the axis.
 * @cssproperty [--lz-font=system-ui] - Font family.
 */
export class LiangzhouMap extends LitElement {
  static styles = [
    baseStyles,
    ...mapStyles,
    css`
      :host {
        display: block;
        position: relative;
        height: var(--lz-height, 480px);
        min-height: 240px;
        contain: layout;
      }
      .map { position: absolute; inset: 0; }
      .note {
        position: absolute;
        left: 8px;
        bottom: 24px;
        z-index: 500;
        max-width: min(60%, 360px);
        margin: 0;
        padding: 4px 8px;
        font-size: 12px;
        background: rgba(255, 255, 255, 0.9);
        border-radius: 4px;
        pointer-events: none;
      }
      .error {
        position: absolute; top: 8px; left: 50%; transform: translateX(-50%); z-index: 1000;
        max-width: 90%; padding: 8px 12px; background: #fef2f2; color: #7f1d1d; border: 1px solid #b91c1c; border-radius: 4px;
      }
    `,
  ];

  /** Interface and content language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) lang = 'zh-CN';

  @state() private error?: GeoDataError;
  private layout?: Layout;
  private view?: LayoutMap;
  private resizeObserver?: ResizeObserver;

  private get language(): Lang {
    return toLang(this.lang);
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.layout) {
      try {
        this.layout = parseLayout(builtInFiles);
      } catch (err) {
        // The built-in files are checked in tests; this only fires on a broken build.
        this.reportError(err);
      }
    }
  }

  render() {
    const lang = this.language;
    return html`
      <div class="map" part="map" role="region"></div>
      <p class="note" part="note">${t(lang, 'map.schematicNote')}</p>
      ${this.error ? html`<div class="error" role="alert">${t(lang, 'error.title')}: ${this.error.message}</div>` : nothing}
    `;
  }

  protected firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map')!;
    if (!this.layout) return;
    this.view = new LayoutMap(container, this.layout, {
      lang: this.language,
      renderPopup: (site, lang) => this.renderPopup(site, lang),
      onSiteSelect: (id) => emit(this, 'lz-site-select', { id }),
    });
    // Leaflet measures its container once; an embedding page may lay us out later.
    this.resizeObserver = new ResizeObserver(() => this.view?.invalidateSize());
    this.resizeObserver.observe(this);
    this.view.map.whenReady(() => {
      requestAnimationFrame(() => emit(this, 'lz-ready', { sites: this.layout?.sites.length ?? 0 }));
    });
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.view?.setLang(this.language);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.view?.remove();
    this.view = undefined;
  }

  /** Opens a site's popup and moves the map to it. Returns false for an unknown id. */
  showSite(id: string): boolean {
    const shown = this.view?.showSite(id) ?? false;
    if (shown) emit(this, 'lz-site-select', { id });
    return shown;
  }

  private renderPopup(site: Site, lang: Lang): HTMLElement {
    const card = document.createElement('lz-site-card');
    card.site = site;
    card.lang = lang;
    card.setAttribute('part', 'popup');
    return card;
  }

  private reportError(err: unknown): void {
    const e = err instanceof GeoDataError ? err : new GeoDataError({ file: 'unknown', problem: String(err) });
    this.error = e;
    emit(this, 'lz-error', { message: e.message, file: e.file, feature: e.feature, field: e.field });
  }
}

define('liangzhou-map', LiangzhouMap);

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
