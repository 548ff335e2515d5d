import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { dayColor } from '../plan/day-color';
import { baseStyles } from './base-styles';
import { cssProps } from './css-props';
import { define } from './define';
import { lzMapKeyStyles } from './lz-map-key.styles';
import { panelZh } from '../i18n/messages-panel';

// This element brings its own zh-CN text: it loads as a chunk after the map (t.ts).
addZh(panelZh);

/** Days shown in the route swatch: enough to read as "one colour per day". */
const DAYS = [0, 1, 2, 3];
/** The count on the cluster swatch, which its words repeat ("5 sites here"). */
const CLUSTER_COUNT = 5;

/**
 * The key for what the map draws besides the layout: the trip's route (one colour per day, as
 * `dayColor` paints it), its start point, a cluster of sites (site-marks.ts) and the axis corridor. Each
 * entry is a swatch drawn as the map draws it, and its words; nothing is interactive. Its title is not a heading:
 * the element sits under whatever heading level its owner has (the layer panel's is hidden in the map).
 *
 * @csspart key - The list of entries.
 */
export class LzMapKey extends LitElement {
  static styles = [baseStyles, lzMapKeyStyles];

  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';

  render() {
    const lang = toLang(this.lang);
    return html`<section lang=${lang} aria-labelledby="key-title">
      <p class="title" id="key-title">${t(lang, 'legend.title')}</p>
      <ul part="key">
        <li data-key="route">
          <span class="sw" aria-hidden="true"
            >${DAYS.map((d) => html`<span class="day" ${cssProps({ '--day': dayColor(d) })}></span>`)}</span
          >${t(lang, 'legend.route')}
        </li>
        <li data-key="start">
          <span class="sw" aria-hidden="true"><span class="start"></span></span>${t(lang, 'legend.start')}
        </li>
        <li data-key="cluster">
          <span class="sw" aria-hidden="true"><span class="cluster">${CLUSTER_COUNT}</span></span
          >${t(lang, 'legend.cluster', { count: CLUSTER_COUNT })}
        </li>
        <li data-key="corridor">
          <span class="sw" aria-hidden="true"><span class="corridor"></span></span>${t(lang, 'legend.corridor')}
        </li>
      </ul>
    </section>`;
  }
}

define('lz-map-key', LzMapKey);

declare global {
  interface HTMLElementTagNameMap {
    'lz-map-key': LzMapKey;
  }
}
