import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Itinerary, LonLat, TripSettings } from '../model/itinerary';
import type { Site } from '../model/types';
import { exportGeoJson } from '../plan/export-geojson';
import { exportGpx } from '../plan/export-gpx';
import { exportIcs } from '../plan/export-ics';
import { DEFAULT_START } from '../plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { checkTripDate, TRIP_DATE_MAX, TRIP_DATE_MIN } from '../plan/trip-date';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripControlStyles } from './trip-controls.styles';
import { tripExportStyles } from './lz-trip-export.styles';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

type Kind = 'gpx' | 'ics' | 'geojson';

/**
 * The trip as files: GPX, GeoJSON, iCalendar (from the trip's first date, `settings.startDate`, which
 * the visitor picks in the travel settings), and printing (the page prints `<lz-trip-print>`).
 * Downloads only; it changes nothing and fires nothing. A date the calendar cannot hold is said in a
 * message, never thrown.
 */
export class LzTripExport extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripExportStyles];

  /** The trip to export, its days named (unnamed days already labelled). Property only. */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** All sites of the layout. Property only. */
  @property({ attribute: false }) sites: readonly Site[] = [];
  /** Mode and day window, for the calendar's times. Property only. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** Where each day starts. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  @property() lang = 'zh-CN';

  /** Why the last export could not be made, shown beside the buttons. */
  @state() private failed = '';

  private file(kind: Kind): [text: string, type: string] {
    const lang = toLang(this.lang);
    const sites = [...this.sites];
    if (kind === 'gpx')
      return [exportGpx(this.itinerary, sites, { lang, title: t(lang, 'trip.export.file') }), 'application/gpx+xml'];
    if (kind === 'ics')
      return [
        exportIcs(this.itinerary, sites, this.settings.startDate ?? '', { lang, ...this.settings, start: this.start }),
        'text/calendar;charset=utf-8',
      ];
    return [exportGeoJson(this.itinerary, sites, { lang, start: this.start }), 'application/geo+json'];
  }

  private download(kind: Kind): void {
    let text: string;
    let type: string;
    try {
      [text, type] = this.file(kind);
      this.failed = '';
    } catch (err) {
      // A first date the calendar cannot hold (a TripDateError), or anything else a file cannot be made of.
      this.failed =
        err instanceof RangeError
          ? t(toLang(this.lang), 'trip.startDate.invalid', { min: TRIP_DATE_MIN, max: TRIP_DATE_MAX })
          : String(err);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t(toLang(this.lang), 'trip.export.file')}.${kind}`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // The download reads the blob after this task; give it time before letting the URL go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  render() {
    const lang = toLang(this.lang);
    const empty = this.itinerary.days.every((d) => d.siteIds.length === 0);
    const date = this.settings.startDate;
    const dated = date !== undefined && checkTripDate(date, this.itinerary.days.length) === undefined;
    return html`<fieldset class="export">
      <legend>${t(lang, 'trip.export.title')}</legend>
      <div class="row">
        <button type="button" class="gpx" ?disabled=${empty} @click=${() => this.download('gpx')}>
          ${t(lang, 'trip.export.gpx')}
        </button>
        <button type="button" class="geojson" ?disabled=${empty} @click=${() => this.download('geojson')}>
          ${t(lang, 'trip.export.geojson')}
        </button>
        <button type="button" class="print" ?disabled=${empty} @click=${() => window.print()}>
          ${t(lang, 'trip.export.print')}
        </button>
      </div>
      <div class="row">
        <button
          type="button"
          class="ics"
          aria-describedby=${dated ? nothing : 'ics-note'}
          ?disabled=${empty || !dated}
          @click=${() => this.download('ics')}
        >
          ${t(lang, 'trip.export.ics')}${dated ? ` · ${date}` : ''}
        </button>
        ${dated ? nothing : html`<span id="ics-note" class="muted">${t(lang, 'trip.export.needDate')}</span>`}
      </div>
      ${this.failed ? html`<p class="failed" role="alert">${this.failed}</p>` : nothing}
    </fieldset>`;
  }
}

define('lz-trip-export', LzTripExport);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-export': LzTripExport;
  }
}
