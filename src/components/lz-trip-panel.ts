import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '../i18n/localized';
import { dayPlanText } from '../i18n/day-plan-text';
import { formatClock } from '../i18n/format-clock';
import { formatDuration } from '../i18n/format-duration';
import { formatKm } from '../i18n/format-km';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import {
  TRAVEL_MODES,
  type DayPlan,
  type Itinerary,
  type LonLat,
  type PlannedStop,
  type TravelMode,
  type TripDay,
} from '../model/itinerary';
import { THEMES, type Lang, type Site, type Theme } from '../model/types';
import { exportGeoJson } from '../plan/export-geojson';
import { exportGpx } from '../plan/export-gpx';
import { exportIcs } from '../plan/export-ics';
import { dayColor } from '../plan/day-color';
import { encodeItinerary } from '../plan/itinerary-codec';
import { navLinks } from '../plan/nav-links';
import { orderStops } from '../plan/order-stops';
import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN, planDay } from '../plan/plan-day';
import { sitesForDay } from '../plan/sites-for-day';
import { DEFAULT_START, START_POINTS } from '../plan/start-points';
import { suggestPlan } from '../plan/suggest-plan';
import { baseStyles } from './base-styles';
import { cssProps } from './css-props';
import { define } from './define';
import { emitInternal } from './events';

/** Which control to focus once the owner has set the changed trip back: `day-index-control`. */
type FocusKey = string;

const MAX_SUGGEST_DAYS = 7;

const toTimeInput = (min: number) =>
  `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
function fromTimeInput(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2})/.exec(value);
  return m ? +m[1] * 60 + +m[2] : undefined;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const copyDays = (days: readonly TripDay[]): TripDay[] => days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] }));

/**
 * The trip planner: the days of a trip with their stops, times and distances; reordering by drag and
 * drop or by keyboard; a suggested order per day and a suggested plan; exports (GPX, iCalendar,
 * GeoJSON), a share link with its QR code, and links that open each stop in a map app.
 *
 * A controlled element: it never changes `itinerary` itself. Every edit dispatches
 * `lz-trip-change` with the new days, and the owner sets `itinerary` back (or does not, to refuse
 * the edit). `mode`, `dayStartMin` and `dayEndMin` are view settings the visitor may change here; they
 * are reflected or readable as properties.
 *
 * @fires lz-trip-change - The visitor changed the trip (internal: not composed). detail: {days: [{name, siteIds}]}
 * Also dispatches, inside its owner's shadow root only (not composed), `lz-trip-start-pick` when the
 * visitor asks to choose the start on the map, `lz-trip-start-reset` to go back to the old city, and
 * `lz-trip-settings` {mode, dayStartMin, dayEndMin} when the visitor changes those.
 * @cssproperty [--lz-day-color] - Set per day to the colour of its route on the map.
 * @csspart panel - The whole panel.
 * @csspart title - The panel's heading.
 * @csspart day - One day of the trip.
 * @csspart stop - One stop of a day.
 * @csspart warning - The warning that a day runs past its end.
 * @csspart qr - The share link's QR code image.
 * @cssproperty [--lz-color-accent=#9a3412] - Buttons, headings and focus ring.
 * @cssproperty [--lz-color-warning=#b45309] - The overflow warning's border and icon.
 * @cssproperty [--lz-color-border=#d1d5db] - Lines between days and stops.
 */
export class LzTripPanel extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
        min-width: 0;
      }
      section {
        display: grid;
        gap: 12px;
      }
      h2 {
        margin: 0;
        font-size: 1.2em;
        color: var(--lz-color-accent, #9a3412);
      }
      h3 {
        margin: 0;
        font-size: 1em;
      }
      fieldset {
        margin: 0;
        padding: 8px 10px;
        border: 1px solid var(--lz-color-border, #d1d5db);
        border-radius: 6px;
        min-width: 0;
      }
      legend {
        padding: 0 4px;
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px 12px;
        align-items: center;
      }
      label {
        display: inline-flex;
        gap: 4px;
        align-items: center;
      }
      button,
      select,
      input,
      summary,
      a.nav {
        min-height: 32px;
        font: inherit;
      }
      button,
      a.nav {
        min-width: 32px;
        padding: 2px 10px;
        border: 1px solid var(--lz-color-accent, #9a3412);
        border-radius: 4px;
        background: #fff;
        color: var(--lz-color-accent, #9a3412);
        cursor: pointer;
      }
      button:disabled {
        opacity: 0.45;
        cursor: default;
      }
      button.icon {
        padding: 2px 6px;
      }
      a.nav {
        display: inline-flex;
        align-items: center;
        text-decoration: none;
      }
      input[type='text'],
      input:not([type]) {
        min-width: 0;
      }
      .note,
      .muted {
        color: #4b5563;
        font-size: 0.9em;
        margin: 0;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .day {
        border: 1px solid var(--lz-color-border, #d1d5db);
        border-left: 6px solid var(--lz-day-color, #9ca3af);
        border-radius: 6px;
        padding: 8px;
        display: grid;
        gap: 6px;
      }
      .day-head {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
      }
      .day-head input {
        flex: 1 1 10em;
        font-weight: 600;
      }
      .stops {
        display: grid;
        gap: 4px;
        min-height: 32px;
      }
      .stops.over,
      .stop.over {
        outline: 2px dashed var(--lz-color-accent, #9a3412);
        outline-offset: 1px;
      }
      .stop {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 2px 8px;
        padding: 4px 0;
        border-top: 1px solid var(--lz-color-border, #d1d5db);
      }
      .stop:first-child {
        border-top: none;
      }
      .num {
        grid-row: span 3;
        align-self: start;
        width: 1.8em;
        height: 1.8em;
        border-radius: 50%;
        display: grid;
        place-items: center;
        background: var(--lz-color-accent, #9a3412);
        color: #fff;
        font-size: 0.85em;
        cursor: grab;
      }
      .leg {
        grid-column: 2;
        color: #4b5563;
        font-size: 0.85em;
      }
      .name {
        grid-column: 2;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .name .muted {
        font-weight: normal;
      }
      .controls {
        grid-column: 2;
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
      }
      details[open] {
        flex-basis: 100%;
      }
      .more-body {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
        padding: 4px 0;
      }
      summary {
        display: inline-flex;
        align-items: center;
        padding: 2px 8px;
        border: 1px solid var(--lz-color-border, #d1d5db);
        border-radius: 4px;
        cursor: pointer;
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      .totals {
        font-size: 0.9em;
        margin: 0;
      }
      .warning {
        margin: 0;
        padding: 6px 8px;
        border-left: 4px solid var(--lz-color-warning, #b45309);
        background: #fffbeb;
        color: #78350f;
        font-weight: 600;
      }
      .warning::before {
        content: '⚠ ';
        color: var(--lz-color-warning, #b45309);
      }
      .share input {
        flex: 1 1 12em;
      }
      img.qr {
        display: block;
        width: 200px;
        max-width: 100%;
        height: auto;
        image-rendering: pixelated;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  /** All sites of the layout, for names and positions. Property only. */
  @property({ attribute: false }) sites: Site[] = [];
  /** The trip. Property only; set it back from `lz-trip-change`. Ids no site has are not shown. */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** `zh-CN` (default) or `en`. */
  @property({ reflect: true }) lang = 'zh-CN';
  /** `car` (default), `bus` or `walk`; the visitor can change it in the panel. */
  @property({ reflect: true }) mode: TravelMode = 'car';
  /** When each day starts, minutes since midnight; default 540 (09:00). */
  @property({ type: Number, attribute: 'day-start-min' }) dayStartMin = DEFAULT_DAY_START_MIN;
  /** When each day should be over, minutes since midnight; default 1080 (18:00). */
  @property({ type: Number, attribute: 'day-end-min' }) dayEndMin = DEFAULT_DAY_END_MIN;
  /** Where each day starts, [lon, lat] WGS84; default the old city. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  /** The page the share link points to; default this page. The trip goes in its `trip` parameter. */
  @property({ attribute: 'share-base' }) shareBase?: string;

  @state() private suggestDays = 3;
  @state() private suggestThemes: Theme[] = [];
  @state() private suggestNote = '';
  @state() private firstDate = localToday();
  @state() private qrUrl?: string;
  @state() private qrFailed = false;
  @state() private qrShown = false;
  @state() private copyNote = '';
  @state() private announcement = '';
  private dragging?: { day: number; index: number };
  private pendingFocus?: FocusKey;
  private qrRequest = 0;

  private get language(): Lang {
    return toLang(this.lang);
  }

  /** The trip as shown: ids no site has are left out, so positions on screen and in edits agree. */
  private get days(): TripDay[] {
    const known = new Set(this.sites.map((s) => s.id));
    return this.itinerary.days.map((d) => ({ name: d.name, siteIds: d.siteIds.filter((id) => known.has(id)) }));
  }

  private planOf(day: TripDay): { sites: Site[]; plan: DayPlan } {
    const sites = sitesForDay(day, this.sites);
    return {
      sites,
      plan: planDay(sites, this.start, { mode: this.mode, dayStartMin: this.dayStartMin, dayEndMin: this.dayEndMin }),
    };
  }

  /** The link that opens this trip: `shareBase` (default this page) with the trip in `?trip=`. */
  shareUrl(): string {
    const url = new URL(this.shareBase ?? location.href, location.href);
    url.searchParams.set('trip', encodeItinerary({ days: this.days }));
    url.hash = '';
    return url.href;
  }

  render() {
    const lang = this.language;
    const days = this.days;
    return html`<section part="panel" aria-labelledby="title" lang=${lang}>
      <h2 id="title" part="title">${t(lang, 'trip.title')}</h2>
      ${this.renderSettings(lang)}
      <p class="note">${t(lang, 'trip.estimateNote')}</p>
      ${days.length === 0 ? html`<p class="muted">${t(lang, 'trip.empty')}</p>` : nothing}
      <ol class="days" aria-label=${t(lang, 'trip.days')}>
        ${days.map((day, d) => this.renderDay(day, d, days, lang))}
      </ol>
      <div class="row">
        <button type="button" @click=${() => this.addDay()}>${t(lang, 'trip.day.add')}</button>
        ${days.length > 0 ? html`<button type="button" class="clear" @click=${() => this.change([])}>${t(lang, 'trip.clear')}</button>` : nothing}
      </div>
      ${this.renderSuggest(lang)} ${this.renderExport(lang, days)} ${this.renderShare(lang, days)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderSettings(lang: Lang) {
    const named = START_POINTS.find((p) => p.coordinates[0] === this.start[0] && p.coordinates[1] === this.start[1]);
    const startName = named
      ? localized(named.name, lang)
      : t(lang, 'trip.start.custom', { lon: this.start[0].toFixed(4), lat: this.start[1].toFixed(4) });
    return html`<fieldset>
      <legend>${t(lang, 'trip.settings')}</legend>
      <div class="row">
        <label
          >${t(lang, 'trip.mode')}
          <select
            @change=${(e: Event) => {
              this.mode = (e.target as HTMLSelectElement).value as TravelMode;
              this.settingsChanged();
            }}
          >
            ${TRAVEL_MODES.map((m) => html`<option value=${m} ?selected=${m === this.mode}>${t(lang, `trip.mode.${m}`)}</option>`)}
          </select></label
        >
        <label
          >${t(lang, 'trip.dayStart')}
          <input
            type="time"
            .value=${toTimeInput(this.dayStartMin)}
            @change=${(e: Event) => this.setWindow('start', e)}
        /></label>
        <label
          >${t(lang, 'trip.dayEnd')}
          <input type="time" .value=${toTimeInput(this.dayEndMin)} @change=${(e: Event) => this.setWindow('end', e)}
        /></label>
      </div>
      <p class="muted">${t(lang, 'trip.start')}: ${startName}</p>
      <div class="row">
        <button type="button" @click=${() => emitInternal(this, 'lz-trip-start-pick', {})}>
          ${t(lang, 'trip.start.pick')}
        </button>
        ${named ? nothing : html`<button type="button" @click=${() => emitInternal(this, 'lz-trip-start-reset', {})}>${t(lang, 'trip.start.reset')}</button>`}
      </div>
    </fieldset>`;
  }

  private renderDay(day: TripDay, d: number, days: TripDay[], lang: Lang) {
    const { sites, plan } = this.planOf(day);
    const dayLabel = day.name || t(lang, 'trip.day.default', { n: d + 1 });
    return html`<li class="day" part="day" data-day=${d} ${cssProps({ '--lz-day-color': dayColor(d) })}>
      <div class="day-head">
        <input
          type="text"
          maxlength="80"
          aria-label=${t(lang, 'trip.day.name', { n: d + 1 })}
          .value=${day.name}
          @change=${(e: Event) => this.renameDay(d, (e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="order"
          aria-label=${t(lang, 'trip.day.orderLabel', { day: dayLabel })}
          ?disabled=${sites.length < 2}
          @click=${() => this.orderDay(d)}
        >
          ${t(lang, 'trip.day.order')}
        </button>
        <button
          type="button"
          class="icon remove-day"
          aria-label=${t(lang, 'trip.day.remove', { day: dayLabel })}
          @click=${() => this.removeDay(d)}
        >
          ✕
        </button>
      </div>
      <ol
        class="stops"
        aria-label=${dayLabel}
        @dragover=${(e: DragEvent) => this.onDragOver(e)}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
        @drop=${(e: DragEvent) => this.onDrop(e, d, sites.length)}
      >
        ${sites.length === 0 ? html`<li class="muted">${t(lang, 'trip.day.noStops')}</li>` : nothing}
        ${plan.stops.map((stop, i) => this.renderStop(stop, sites[i], d, i, sites.length, days, lang))}
      </ol>
      ${sites.length > 0 ? html`<p class="totals">${dayPlanText(plan, lang).totals}</p>` : nothing}
      ${
        plan.overflowMin > 0
          ? html`<p class="warning" part="warning" role="alert">${dayPlanText(plan, lang).overflow}</p>`
          : nothing
      }
    </li>`;
  }

  private renderStop(stop: PlannedStop, site: Site, d: number, i: number, count: number, days: TripDay[], lang: Lang) {
    const name = localized(site.name, lang);
    const links = navLinks(site, { lang });
    const key = (control: string) => `${d}-${i}-${control}`;
    return html`<li
      class="stop"
      part="stop"
      draggable="true"
      data-site-id=${site.id}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, d, i)}
      @dragend=${() => (this.dragging = undefined)}
      @dragover=${(e: DragEvent) => this.onDragOver(e, true)}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
      @drop=${(e: DragEvent) => this.onDrop(e, d, i)}
    >
      <span class="num" aria-hidden="true">${i + 1}</span>
      <span class="leg"
        >↓
        ${t(lang, 'trip.stop.leg', { km: formatKm(stop.leg.roadKm, lang), duration: formatDuration(stop.leg.durationMin, lang), mode: t(lang, `trip.mode.${stop.leg.mode}`) })}</span
      >
      <span class="name"
        >${name}
        <span class="muted"
          >${t(lang, 'trip.stop.time', { arrive: formatClock(stop.arriveMin, lang), depart: formatClock(stop.departMin, lang) })}</span
        ></span
      >
      <div class="controls">
        <button
          type="button"
          class="icon up"
          data-focus=${key('up')}
          aria-label=${t(lang, 'trip.stop.up', { name })}
          ?disabled=${i === 0}
          @click=${() => this.moveStop(d, i, d, i - 1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon down"
          data-focus=${key('down')}
          aria-label=${t(lang, 'trip.stop.down', { name })}
          ?disabled=${i === count - 1}
          @click=${() => this.moveStop(d, i, d, i + 1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          class="icon remove"
          data-focus=${key('remove')}
          aria-label=${t(lang, 'trip.stop.remove', { name })}
          @click=${() => this.removeStop(d, i, name)}
        >
          ✕
        </button>
        <details>
          <summary data-focus=${key('more')} aria-label=${t(lang, 'trip.stop.more', { name })}>
            ${t(lang, 'trip.stop.moreShort')}<span aria-hidden="true"> ▾</span>
          </summary>
          <div class="more-body">
            ${days.map((other, od) =>
              od === d
                ? nothing
                : html`<button
                    type="button"
                    class="to-day"
                    aria-label=${t(lang, 'trip.stop.toDayLabel', { name, day: other.name || t(lang, 'trip.day.default', { n: od + 1 }) })}
                    @click=${(e: Event) => this.moveToDay(e, d, i, od)}
                  >
                    ${t(lang, 'trip.stop.toDay', { day: other.name || t(lang, 'trip.day.default', { n: od + 1 }) })}
                  </button>`,
            )}
            <span class="muted">${t(lang, 'trip.stop.navigate')}</span>
            <a class="nav" href=${links.amap} target="_blank" rel="noopener noreferrer">${t(lang, 'trip.nav.amap')}</a>
            <a class="nav" href=${links.baidu} target="_blank" rel="noopener noreferrer"
              >${t(lang, 'trip.nav.baidu')}</a
            >
            <a class="nav" href=${links.tencent} target="_blank" rel="noopener noreferrer"
              >${t(lang, 'trip.nav.tencent')}</a
            >
            <a class="nav" href=${links.geo}>${t(lang, 'trip.nav.geo')}</a>
          </div>
        </details>
      </div>
    </li>`;
  }

  private renderSuggest(lang: Lang) {
    // Only themes some site has: offering 红色文化 with no site to show would promise what is not there.
    const themes = THEMES.filter((th) => this.sites.some((s) => s.themes.includes(th)));
    return html`<fieldset class="suggest">
      <legend>${t(lang, 'trip.suggest.title')}</legend>
      <div class="row">
        <label
          >${t(lang, 'trip.suggest.days')}
          <input
            type="number"
            min="1"
            max=${MAX_SUGGEST_DAYS}
            .value=${String(this.suggestDays)}
            @change=${(e: Event) => (this.suggestDays = Math.min(MAX_SUGGEST_DAYS, Math.max(1, Math.round(Number((e.target as HTMLInputElement).value)) || 1)))}
        /></label>
      </div>
      <fieldset>
        <legend>${t(lang, 'trip.suggest.themes')}</legend>
        <div class="row">
          ${themes.map(
            (th) =>
              html`<label
                ><input
                  type="checkbox"
                  value=${th}
                  .checked=${this.suggestThemes.includes(th)}
                  @change=${(e: Event) => this.toggleTheme(th, (e.target as HTMLInputElement).checked)}
                />${t(lang, `theme.${th}`)}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="row">
        <button type="button" class="suggest-go" @click=${() => this.suggest()}>${t(lang, 'trip.suggest.go')}</button>
      </div>
      ${this.suggestNote ? html`<p class="muted" role="status">${this.suggestNote}</p>` : nothing}
    </fieldset>`;
  }

  private renderExport(lang: Lang, days: TripDay[]) {
    const empty = days.every((d) => d.siteIds.length === 0);
    return html`<fieldset class="export">
      <legend>${t(lang, 'trip.export.title')}</legend>
      <div class="row">
        <button type="button" class="gpx" ?disabled=${empty} @click=${() => this.exportFile('gpx')}>
          ${t(lang, 'trip.export.gpx')}
        </button>
        <button type="button" class="geojson" ?disabled=${empty} @click=${() => this.exportFile('geojson')}>
          ${t(lang, 'trip.export.geojson')}
        </button>
        <button type="button" class="print" ?disabled=${empty} @click=${() => window.print()}>
          ${t(lang, 'trip.export.print')}
        </button>
      </div>
      <div class="row">
        <label
          >${t(lang, 'trip.export.date')}
          <input
            type="date"
            .value=${this.firstDate}
            @change=${(e: Event) => (this.firstDate = (e.target as HTMLInputElement).value)}
        /></label>
        <button type="button" class="ics" ?disabled=${empty || !this.firstDate} @click=${() => this.exportFile('ics')}>
          ${t(lang, 'trip.export.ics')}
        </button>
      </div>
    </fieldset>`;
  }

  private renderShare(lang: Lang, days: TripDay[]) {
    if (days.length === 0) return nothing;
    const url = this.shareUrl();
    return html`<fieldset class="share">
      <legend>${t(lang, 'trip.share.title')}</legend>
      <div class="row">
        <label for="share-link">${t(lang, 'trip.share.link')}</label>
        <input id="share-link" readonly .value=${url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </div>
      <div class="row">
        <button type="button" class="copy" @click=${() => this.copyLink()}>${t(lang, 'trip.share.copy')}</button>
        <button type="button" class="show-qr" ?disabled=${this.qrShown} @click=${() => this.showQr()}>
          ${t(lang, 'trip.share.qr')}
        </button>
        ${this.copyNote ? html`<span class="muted" role="status">${this.copyNote}</span>` : nothing}
      </div>
      ${this.qrShown && this.qrUrl ? html`<img class="qr" part="qr" src=${this.qrUrl} alt=${t(lang, 'trip.share.qrAlt')} width="200" height="200" />` : nothing}
      ${this.qrFailed ? html`<p class="muted" role="status">${t(lang, 'trip.share.qrFailed')}</p>` : nothing}
    </fieldset>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (this.pendingFocus && changed.has('itinerary')) {
      const [d, i, control] = this.pendingFocus.split('-');
      this.pendingFocus = undefined;
      // At either end the arrow just used is disabled: fall back to its twin, then to "more".
      const tries = [control, control === 'up' ? 'down' : 'up', 'more'].map((c) => `[data-focus="${d}-${i}-${c}"]`);
      for (const selector of tries) {
        const el = this.renderRoot.querySelector<HTMLElement>(selector);
        if (el && !(el as HTMLButtonElement).disabled) {
          el.focus();
          break;
        }
      }
    }
    if (this.qrShown && (changed.has('itinerary') || changed.has('shareBase'))) void this.makeQr();
  }

  // Edits: each computes the new days and hands them to the owner.

  private change(days: TripDay[], focus?: FocusKey): void {
    this.pendingFocus = focus;
    emitInternal(this, 'lz-trip-change', { days: copyDays(days) });
  }

  private dayLabel(days: TripDay[], d: number): string {
    return days[d].name || t(this.language, 'trip.day.default', { n: d + 1 });
  }

  private moveStop(fromDay: number, from: number, toDay: number, to: number, control = 'more'): void {
    const days = copyDays(this.days);
    if (!days[fromDay] || !days[toDay] || from < 0 || from >= days[fromDay].siteIds.length) return;
    const [id] = days[fromDay].siteIds.splice(from, 1);
    const at = Math.max(0, Math.min(to, days[toDay].siteIds.length));
    days[toDay].siteIds.splice(at, 0, id);
    const site = this.sites.find((s) => s.id === id)!;
    this.announcement = t(this.language, 'trip.moved', {
      name: localized(site.name, this.language),
      day: this.dayLabel(days, toDay),
      position: at + 1,
    });
    this.change(days, `${toDay}-${at}-${control}`);
  }

  private moveToDay(e: Event, fromDay: number, from: number, toDay: number): void {
    // The <details> stays in place when its stop moves away; close it so it does not open on the next stop.
    (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    this.moveStop(fromDay, from, toDay, Number.MAX_SAFE_INTEGER);
  }

  private removeStop(d: number, i: number, name: string): void {
    const days = copyDays(this.days);
    days[d].siteIds.splice(i, 1);
    this.announcement = t(this.language, 'trip.removed', { name });
    const next = Math.min(i, days[d].siteIds.length - 1);
    this.change(days, next >= 0 ? `${d}-${next}-remove` : undefined);
  }

  private addDay(): void {
    const days = copyDays(this.days);
    days.push({ name: t(this.language, 'trip.day.default', { n: days.length + 1 }), siteIds: [] });
    this.change(days);
  }

  private removeDay(d: number): void {
    const days = copyDays(this.days);
    days.splice(d, 1);
    this.change(days);
  }

  private renameDay(d: number, name: string): void {
    const days = copyDays(this.days);
    days[d].name = name.trim();
    this.change(days);
  }

  private orderDay(d: number): void {
    const days = copyDays(this.days);
    days[d].siteIds = orderStops(sitesForDay(days[d], this.sites), this.start).map((s) => s.id);
    this.announcement = t(this.language, 'trip.ordered', { day: this.dayLabel(days, d) });
    this.change(days);
  }

  private suggest(): void {
    const lang = this.language;
    const plan = suggestPlan(this.sites, this.suggestDays, this.suggestThemes, {
      mode: this.mode,
      dayStartMin: this.dayStartMin,
      dayEndMin: this.dayEndMin,
      start: this.start,
      dayName: (area, i) => t(lang, 'trip.day.suggested', { n: i + 1, area: t(lang, `area.${area}`) }),
    });
    this.suggestNote =
      plan.days.length === 0
        ? t(lang, 'trip.suggest.none')
        : plan.days.length < this.suggestDays
          ? t(lang, 'trip.suggest.fewer', { n: plan.days.length })
          : '';
    if (plan.days.length > 0) this.change(plan.days);
  }

  private toggleTheme(theme: Theme, on: boolean): void {
    this.suggestThemes = on
      ? [...this.suggestThemes.filter((x) => x !== theme), theme]
      : this.suggestThemes.filter((x) => x !== theme);
  }

  private setWindow(which: 'start' | 'end', e: Event): void {
    const min = fromTimeInput((e.target as HTMLInputElement).value);
    if (min === undefined) return;
    if (which === 'start') this.dayStartMin = min;
    else this.dayEndMin = min;
    this.settingsChanged();
  }

  /** Tells the owner (inside its shadow root only) the travel mode and day window, e.g. for printing. */
  private settingsChanged(): void {
    emitInternal(this, 'lz-trip-settings', {
      mode: this.mode,
      dayStartMin: this.dayStartMin,
      dayEndMin: this.dayEndMin,
    });
  }

  // Drag and drop: the keyboard buttons do the same; this is the pointer's way.

  private onDragStart(e: DragEvent, day: number, index: number): void {
    this.dragging = { day, index };
    if (e.dataTransfer) {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', this.days[day]?.siteIds[index] ?? '');
    }
  }

  /** `onStop`: over a stop, which marks itself; its list stays unmarked so one drop place shows at a time. */
  private onDragOver(e: DragEvent, onStop = false): void {
    if (!this.dragging) return;
    e.preventDefault();
    if (onStop) e.stopPropagation();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    (e.currentTarget as HTMLElement).classList.add('over');
  }

  /** A drop on a stop puts the dragged one before it; on the list's free space, at the end. */
  private onDrop(e: DragEvent, day: number, before: number): void {
    (e.currentTarget as HTMLElement).classList.remove('over');
    const from = this.dragging;
    if (!from) return;
    e.preventDefault();
    e.stopPropagation();
    this.dragging = undefined;
    // Once the stop is out of its own day, every later position there moves up by one.
    const to = from.day === day && from.index < before ? before - 1 : before;
    if (from.day === day && from.index === to) return;
    this.moveStop(from.day, from.index, day, to);
  }

  // Exports and sharing.

  private exportFile(kind: 'gpx' | 'ics' | 'geojson'): void {
    const lang = this.language;
    const itinerary = { days: this.days };
    const title = t(lang, 'trip.export.file');
    const [text, type] =
      kind === 'gpx'
        ? [exportGpx(itinerary, this.sites, { lang, title }), 'application/gpx+xml']
        : kind === 'ics'
          ? [
              exportIcs(itinerary, this.sites, this.firstDate, {
                lang,
                mode: this.mode,
                dayStartMin: this.dayStartMin,
                dayEndMin: this.dayEndMin,
                start: this.start,
              }),
              'text/calendar;charset=utf-8',
            ]
          : [exportGeoJson(itinerary, this.sites, { lang, start: this.start }), 'application/geo+json'];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.${kind}`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // The download reads the blob after this task; give it time before letting the URL go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareUrl());
      this.copyNote = t(this.language, 'trip.share.copied');
    } catch {
      this.copyNote = t(this.language, 'trip.share.copyFailed');
      this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
    }
  }

  private showQr(): void {
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
}

define('lz-trip-panel', LzTripPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-panel': LzTripPanel;
  }
}
