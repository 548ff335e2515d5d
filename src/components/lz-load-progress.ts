import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber } from '../i18n/format-number';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { cssProps } from './css-props';
import { define } from './define';
import { loadProgressStyles } from './lz-load-progress.styles';
import { loadZh } from '../i18n/messages-load';

// The load messages come with the progress bar and the FlatGeobuf reader, not in the map's first table (t.ts).
addZh(loadZh);

/** How far a sites file has come: its bytes while it downloads, then its features while they are checked. */
export interface LoadProgress {
  phase: 'download' | 'parse';
  value: number;
  /** The total (Content-Length, or the file's feature count); unknown while a body of no declared length streams. */
  max?: number;
}

const mb = (lang: 'zh-CN' | 'en', bytes: number) =>
  formatNumber(lang, bytes / (1024 * 1024), { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/**
 * The progress bar of a bureau's sites file (`src`): role=progressbar, labelled in the map's language,
 * its value the bytes read of the declared length, else the features checked of the file's total.
 */
export class LzLoadProgress extends LitElement {
  static styles = loadProgressStyles;

  /** Where the load is. Property only. */
  @property({ attribute: false }) progress?: LoadProgress;
  /** `zh-CN` (default) or `en`. */
  @property() lang = 'zh-CN';

  render() {
    const p = this.progress;
    if (!p) return nothing;
    const lang = toLang(this.lang);
    const known = p.max !== undefined && p.max > 0;
    const text =
      p.phase === 'parse'
        ? t(lang, 'load.features', { done: formatNumber(lang, p.value), total: formatNumber(lang, p.max ?? 0) })
        : known
          ? t(lang, 'load.bytes', { read: mb(lang, p.value), total: mb(lang, p.max!) })
          : t(lang, 'load.bytesUnknown', { read: mb(lang, p.value) });
    const ratio = known ? Math.min(1, p.value / p.max!) : 0;
    return html`<div
      class=${known ? 'determinate' : 'indeterminate'}
      role="progressbar"
      aria-label=${t(lang, 'load.label')}
      aria-valuemin="0"
      aria-valuemax=${known ? p.max! : nothing}
      aria-valuenow=${known ? Math.min(p.value, p.max!) : nothing}
      aria-valuetext=${text}
    >
      <span aria-hidden="true">${t(lang, 'load.label')} · ${text}</span>
      <div class="track" aria-hidden="true">
        <div class="bar" ${cssProps({ width: known ? `${(ratio * 100).toFixed(1)}%` : '' })}></div>
      </div>
    </div>`;
  }
}

define('lz-load-progress', LzLoadProgress);

declare global {
  interface HTMLElementTagNameMap {
    'lz-load-progress': LzLoadProgress;
  }
}
