import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import { TRAVEL_MODES, type LonLat, type TravelMode, type TripSettings } from '../model/itinerary';
import { DEFAULT_START, START_POINTS } from '../plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripControlStyles } from './trip-controls.styles';
import { emitInternal } from './events';
import { tripSettingsStyles } from './lz-trip-settings.styles';

const toTimeInput = (min: number) =>
  `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
function fromTimeInput(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2})/.exec(value);
  return m ? +m[1] * 60 + +m[2] : undefined;
}

/**
 * The trip's travel settings: mode, the day window, and where days start. Controlled: it shows
 * `settings` and `start` and reports the visitor's changes; its owner sets them back.
 * Internal events (bubbling, not composed): `lz-trip-settings-change` {mode, dayStartMin, dayEndMin},
 * `lz-trip-start-pick`, `lz-trip-start-reset`.
 */
export class LzTripSettings extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripSettingsStyles];

  /** Mode and day window. Property only. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** Where each day starts, [lon, lat]. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  @property() lang = 'zh-CN';

  private change(patch: Partial<TripSettings>): void {
    emitInternal(this, 'lz-trip-settings-change', { ...this.settings, ...patch });
  }

  private onTime(which: 'dayStartMin' | 'dayEndMin', e: Event): void {
    const min = fromTimeInput((e.target as HTMLInputElement).value);
    if (min !== undefined) this.change({ [which]: min });
  }

  render() {
    const lang = toLang(this.lang);
    const { mode, dayStartMin, dayEndMin } = this.settings;
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
        <label
          >${t(lang, 'trip.dayStart')}
          <input
            type="time"
            class="day-start"
            .value=${toTimeInput(dayStartMin)}
            @change=${(e: Event) => this.onTime('dayStartMin', e)}
        /></label>
        <label
          >${t(lang, 'trip.dayEnd')}
          <input
            type="time"
            class="day-end"
            .value=${toTimeInput(dayEndMin)}
            @change=${(e: Event) => this.onTime('dayEndMin', e)}
        /></label>
      </div>
      <p class="muted">${t(lang, 'trip.start')}: ${startName}</p>
      <div class="row">
        <button type="button" class="start-pick" @click=${() => emitInternal(this, 'lz-trip-start-pick', {})}>
          ${t(lang, 'trip.start.pick')}
        </button>
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
