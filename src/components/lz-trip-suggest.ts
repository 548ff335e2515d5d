import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { LonLat, TripSettings } from '../model/itinerary';
import { THEMES, type Site, type Theme } from '../model/types';
import { DEFAULT_START } from '../plan/start-points';
import { suggestPlan } from '../plan/suggest-plan';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripControlStyles } from './trip-controls.styles';
import { emitInternal } from './events';
import { tripSuggestStyles } from './lz-trip-suggest.styles';
import { tripZh } from '../i18n/messages-trip';
import { namesZh } from '../i18n/messages-names';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);
addZh(namesZh);

const MAX_SUGGEST_DAYS = 7;

/**
 * Asks for a suggested plan: how many days, which themes. Reports the plan with the internal event
 * `lz-trip-suggest` {days} (bubbling, not composed); the panel replaces the trip's days with it.
 */
export class LzTripSuggest extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripSuggestStyles];

  /** All sites of the layout. Property only. */
  @property({ attribute: false }) sites: readonly Site[] = [];
  /** Mode and day window the plan must fit. Property only. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** Where each day starts. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  @property() lang = 'zh-CN';

  @state() private days = 3;
  @state() private themes: Theme[] = [];
  @state() private note = '';

  private suggest(): void {
    const lang = toLang(this.lang);
    const plan = suggestPlan([...this.sites], this.days, this.themes, {
      ...this.settings,
      start: this.start,
      dayName: (area, i) => t(lang, 'trip.day.suggested', { n: i + 1, area: t(lang, `area.${area}`) }),
    });
    this.note =
      plan.days.length === 0
        ? t(lang, 'trip.suggest.none')
        : plan.days.length < this.days
          ? t(lang, 'trip.suggest.fewer', { n: plan.days.length })
          : '';
    if (plan.days.length > 0) emitInternal(this, 'lz-trip-suggest', { days: plan.days });
  }

  private toggleTheme(theme: Theme, on: boolean): void {
    this.themes = on ? [...this.themes.filter((x) => x !== theme), theme] : this.themes.filter((x) => x !== theme);
  }

  render() {
    const lang = toLang(this.lang);
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
            .value=${String(this.days)}
            @change=${(e: Event) =>
              (this.days = Math.min(
                MAX_SUGGEST_DAYS,
                Math.max(1, Math.round(Number((e.target as HTMLInputElement).value)) || 1),
              ))}
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
                  .checked=${this.themes.includes(th)}
                  @change=${(e: Event) => this.toggleTheme(th, (e.target as HTMLInputElement).checked)}
                />${t(lang, `theme.${th}`)}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="row">
        <button type="button" class="suggest-go" @click=${() => this.suggest()}>${t(lang, 'trip.suggest.go')}</button>
      </div>
      ${this.note ? html`<p class="muted" role="status">${this.note}</p>` : nothing}
    </fieldset>`;
  }
}

define('lz-trip-suggest', LzTripSuggest);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-suggest': LzTripSuggest;
  }
}
