import { LitElement, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { Position } from 'geojson';
import { formatNumber } from '../i18n/format-number';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Lang, Layout, Site } from '../model/types';
import { layerIds, type LayerId } from '../search/layer-ids';
import { corridorShape } from '../spatial/corridor-shape';
import { fitProjection } from '../spatial/fit-projection';
import { baseStyles } from './base-styles';
import { reviewLine } from './review-line';
import { define } from './define';
import { mapPrintStyles } from './lz-map-print.styles';
import { analysisZh } from '../i18n/messages-analysis';
import { namesZh } from '../i18n/messages-names';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(analysisZh);
addZh(namesZh);

/** A legend key drawn with the map's own classes, so it matches the map (and prints without backgrounds). */
const swatch = (className: string, line = false) =>
  html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
    ${line ? svg`<path class=${className} d="M1 8H23"></path>` : svg`<rect class=${className} x="1" y="1" width="22" height="14"></rect>`}
  </svg>`;

const W = 800;
const H = 560;

/**
 * The planner's map for paper: one A4 landscape page with the layout as shown (areas, axis, the
 * corridor, the sites on the map), its legend, the filters in force, the date and the attribution.
 * Drawn as SVG from the data, not from Leaflet, so it prints the same with or without tiles.
 * @csspart page - The printed page.
 */
export class LzMapPrint extends LitElement {
  static styles = [baseStyles, mapPrintStyles];

  @property({ attribute: false }) layout?: Layout;
  /** The sites on the map now. */
  @property({ attribute: false }) shown: readonly Site[] = [];
  /** The visible layers. */
  @property({ attribute: false }) visible: ReadonlySet<LayerId> = new Set(layerIds);
  @property({ type: Number }) corridor = 0;
  @property({ attribute: false }) date = new Date();
  @property() lang = 'zh-CN';
  /** The bureau's own 审图号 (`map-review-number`, checked by the map): printed on every page, as text. */
  @property({ attribute: false }) reviewNumber?: string;

  private layerName(id: LayerId, lang: Lang): string {
    if (id.startsWith('category:') || id.startsWith('theme:')) return t(lang, id.replace(':', '.') as 'theme.han');
    if (id === 'axis' || id === 'sites') return t(lang, `layer.${id}`);
    return t(lang, `area.${id}` as 'area.core');
  }

  render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const lang = toLang(this.lang);
    const outline = layout.boundary.geometry;
    const rings = (g: typeof outline): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
    const all = rings(outline).flat();
    const lons = all.map((p) => p[0]);
    const lats = all.map((p) => p[1]);
    const project = fitProjection([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], W, H, {
      padding: 12,
    });
    const d = (ring: Position[], close = true) =>
      ring
        .map(
          (p, i) =>
            `${i ? 'L' : 'M'}${project(p[0], p[1])
              .map((v) => v.toFixed(1))
              .join(' ')}`,
        )
        .join('') + (close ? 'Z' : '');
    const shape = (g: typeof outline) =>
      rings(g)
        .map((r) => d(r))
        .join('');
    const on = (id: LayerId) => this.visible.has(id);
    const hidden = layerIds.filter((id) => !on(id));
    const zones = layout.zones.filter((z) => on(z.id));
    return html`<section class="page" part="page" lang=${lang}>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${t(lang, 'print.title')}>
        <path class="outline" d=${shape(outline)}></path>
        ${zones.map((z) => svg`<path class="zone zone-${z.id}" d=${shape(z.geometry)}></path>`)}
        ${on('core') ? svg`<path class="core" d=${shape(layout.core.geometry)}></path>` : nothing}
        ${
          // The corridor's pieces overlap (corridor-shape.ts): opaque inside one translucent group, so
          // the overlaps do not print darker, as the map's translucent pane does on screen.
          this.corridor > 0
            ? svg`<g class="corridor">${corridorShape(layout.axis.geometry, this.corridor).features.map(
                (f) => svg`<path d=${shape(f.geometry)}></path>`,
              )}</g>`
            : nothing
        }
        ${on('axis') ? svg`<path class="axis" d=${d(layout.axis.geometry.coordinates, false)}></path>` : nothing}
        ${this.shown.map((s) => {
          const [x, y] = project(s.coordinates[0], s.coordinates[1]);
          return svg`<circle class="site" cx=${x} cy=${y} r="4"></circle>`;
        })}
        ${zones.map((z) => {
          const [x, y] = project(z.labelPoint[0], z.labelPoint[1]);
          return svg`<text class="label" x=${x} y=${y}>${localized(z.name, lang)}</text>`;
        })}
      </svg>
      <div>
        <h2>${t(lang, 'print.title')}</h2>
        <h3>${t(lang, 'print.legend')}</h3>
        <ul class="legend">
          ${on('core') ? html`<li>${swatch('core')}${t(lang, 'area.core')}</li>` : nothing}
          ${on('axis') ? html`<li>${swatch('axis', true)}${t(lang, 'layer.axis')}</li>` : nothing}
          ${zones.map((z) => html`<li>${swatch(`zone zone-${z.id}`)}${localized(z.name, lang)}</li>`)}
          ${
            this.corridor > 0
              ? html`<li>
                  ${swatch('corridor')}${t(lang, 'analysis.corridor')} ±${formatNumber(lang, this.corridor)} km
                </li>`
              : nothing
          }
          <li>${t(lang, 'print.sitesShown', { count: formatNumber(lang, this.shown.length) })}</li>
        </ul>
        <h3>${t(lang, 'print.filters')}</h3>
        <p class="filters">
          ${
            hidden.length === 0
              ? t(lang, 'print.allShown')
              : t(lang, 'print.hidden', {
                  list: hidden.map((id) => this.layerName(id, lang)).join(lang === 'en' ? ', ' : '、'),
                })
          }
        </p>
        <p class="meta date">
          ${t(lang, 'print.date', {
            date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(this.date),
          })}
        </p>
        <p class="meta">${t(lang, 'map.schematicNote')}</p>
        ${reviewLine(lang, this.reviewNumber)}
        <p class="attribution">${t(lang, 'print.attribution')}</p>
      </div>
    </section>`;
  }
}

define('lz-map-print', LzMapPrint);

declare global {
  interface HTMLElementTagNameMap {
    'lz-map-print': LzMapPrint;
  }
}
