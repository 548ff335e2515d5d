import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { TRAVEL_MODES, type LonLat, type TravelMode, type TripSettings } from '../model/itinerary';
import { DEFAULT_START, START_POINTS } from '../plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { checkTripDate, TRIP_DATE_MAX, TRIP_DATE_MIN } from '../plan/trip-date';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripControlStyles } from './trip-controls.styles';
import { emitInternal } from './events';
import { tripDateStyles, tripSettingsStyles, tripTimeStyles } from './lz-trip-settings.styles';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

const two = (n: number) => String(n).padStart(2, '0');
const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Five-minute steps: a plan is rough, and a short list is quick to pick from on a phone. */
const MINUTES = Array.from({ length: 12 }, (_, i) => i * 5);

/**
 * The trip's travel settings: mode, the day window, and where days start. Controlled: it shows
 * `settings` and `start` and reports the visitor's changes; its owner sets them back.
 * Internal events (bubbling, not composed): `lz-trip-settings-change` {mode, dayStartMin, dayEndMin},
 * `lz-trip-start-pick`, `lz-trip-start-reset`.
 */
export class LzTripSettings extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripSettingsStyles, tripTimeStyles, tripDateStyles];

  /** Mode and day window. Property only. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** Where each day starts, [lon, lat]. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  /** The visitor's position while the map's locate control is on: offers "start from my position". */
  @property({ attribute: false }) here?: LonLat;
  @property() lang = 'zh-CN';

  /** A date the field holds but the trip cannot take (10000-01-01, say): said, not stored. */
  @state() private badDate = false;

  private change(patch: Partial<TripSettings>): void {
    const next = { ...this.settings, ...patch };
    if (next.startDate === undefined) delete next.startDate;
    emitInternal(this, 'lz-trip-settings-change', next);
  }

  private onDate(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    this.badDate = value !== '' && checkTripDate(value) !== undefined;
    if (!this.badDate) this.change({ startDate: value || undefined });
  }

  /**
   * A time as two selects, hour (00-23) and minute: a native time input shows the browser's own
   * format (09:00 AM beside 出发时间 on an English browser), which the page's language cannot change.
   */
  private renderTime(which: 'dayStartMin' | 'dayEndMin', label: string) {
    const value = this.settings[which];
    const hour = Math.floor(value / 60) % 24;
    const minute = value % 60;
    const minutes = MINUTES.includes(minute) ? MINUTES : [...MINUTES, minute].sort((a, b) => a - b);
    const cls = which === 'dayStartMin' ? 'day-start' : 'day-end';
    const set = (h: number, m: number) => this.change({ [which]: h * 60 + m });
    return html`<span class="time ${cls}" role="group" aria-labelledby="${cls}-label">
      <span id="${cls}-label">${label}</span>
      <select
        class="hour"
        aria-label=${t(toLang(this.lang), 'trip.time.hour', { label })}
        @change=${(e: Event) => set(+(e.target as HTMLSelectElement).value, minute)}
      >
        ${HOURS.map((h) => html`<option value=${h} ?selected=${h === hour}>${two(h)}</option>`)}
      </select>
      <span aria-hidden="true">:</span>
      <select
        class="minute"
        aria-label=${t(toLang(this.lang), 'trip.time.minute', { label })}
        @change=${(e: Event) => set(hour, +(e.target as HTMLSelectElement).value)}
      >
        ${minutes.map((m) => html`<option value=${m} ?selected=${m === minute}>${two(m)}</option>`)}
      </select>
    </span>`;
  }

  render() {
    const lang = toLang(this.lang);
    const { mode } = this.settings;
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
            class="mode"
            @change=${(e: Event) => this.change({ mode: (e.target as HTMLSelectElement).value as TravelMode })}
          >
            ${TRAVEL_MODES.map((m) => html`<option value=${m} ?selected=${m === mode}>${t(lang, `trip.mode.${m}`)}</option>`)}
          </select></label
        >
        ${this.renderTime('dayStartMin', t(lang, 'trip.dayStart'))}
        ${this.renderTime('dayEndMin', t(lang, 'trip.dayEnd'))}
      </div>
      <div class="row">
        <label
          >${t(lang, 'trip.startDate')}
          <input
            type="date"
            class="start-date"
            min=${TRIP_DATE_MIN}
            max=${TRIP_DATE_MAX}
            aria-describedby="date-note"
            aria-invalid=${this.badDate ? 'true' : 'false'}
            .value=${this.settings.startDate ?? ''}
            @change=${(e: Event) => this.onDate(e)}
        /></label>
      </div>
      ${
        this.badDate
          ? html`<p id="date-note" class="warning" role="alert">
              ${t(lang, 'trip.startDate.invalid', { min: TRIP_DATE_MIN, max: TRIP_DATE_MAX })}
            </p>`
          : html`<p id="date-note" class="muted">${t(lang, 'trip.startDate.hint')}</p>`
      }
      <p class="muted">${t(lang, 'trip.start')}: ${startName}</p>
      <div class="row">
        <button type="button" class="start-pick" @click=${() => emitInternal(this, 'lz-trip-start-pick', {})}>
          ${t(lang, 'trip.start.pick')}
        </button>
        ${
          this.here
            ? html`<button
                type="button"
                class="start-here"
                @click=${() => emitInternal(this, 'lz-trip-start-pick', { at: this.here })}
              >
                ${t(lang, 'trip.startHere')}
              </button>`
            : nothing
        }
        ${
          named
            ? nothing
            : html`<button
                type="button"
                class="start-reset"
                @click=${() => emitInternal(this, 'lz-trip-start-reset', {})}
              >
                ${t(lang, 'trip.start.reset')}
              </button>`
        }
      </div>
    </fieldset>`;
  }
}

define('lz-trip-settings', LzTripSettings);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-settings': LzTripSettings;
  }
}
