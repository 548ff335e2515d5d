import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatClock } from '../i18n/format-clock';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Itinerary, LonLat, StopRef, TripSettings } from '../model/itinerary';
import type { Lang, Site } from '../model/types';
import { addDay } from '../plan/add-day';
import { knownStops } from '../plan/known-stops';
import { moveStop } from '../plan/move-stop';
import { orderDay } from '../plan/order-day';
import { removeDay } from '../plan/remove-day';
import { removeStop } from '../plan/remove-stop';
import { renameDay } from '../plan/rename-day';
import { replaceDays } from '../plan/replace-days';
import { DEFAULT_START } from '../plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { tripShareUrl } from '../plan/trip-share-url';
import { baseStyles } from './base-styles';
import { define } from './define';
import { tripPanelStyles } from './lz-trip-panel.styles';
import { tripControlStyles } from './trip-controls.styles';
import { emitInternal, type LzEvent } from './events';
import type { StopControl, TripChoice, TripDayEdit } from './trip-events';
import { tripChoiceStyles } from './trip-choice.styles';
import { tripSettingsFoldStyles } from './trip-first.styles';
import { ITINERARY_LIMITS } from '../plan/validate-itinerary';
import './lz-trip-day';
import './lz-trip-export';
import './lz-trip-settings';
import './lz-trip-share';
import './lz-trip-suggest';
import type { LzTripDay } from './lz-trip-day';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

/**
 * The trip planner: the days of a trip (`<lz-trip-day>`) and a share link with its QR code
 * (`<lz-trip-share>`) first, then the travel settings folded under their summary, a suggested plan
 * (`<lz-trip-suggest>`) and exports (`<lz-trip-export>`). It composes them and applies their edits
 * with the pure functions of `plan/`.
 *
 * A controlled element: it never changes `itinerary` or `settings` itself. It reports each change
 * with an internal event (bubbling, not composed, so it stays in its owner's shadow root), and the
 * owner sets the property back (or does not, to refuse it):
 * - `lz-trip-edit` {itinerary}: the visitor edited the trip (the trip's `settings` are kept as given);
 * - `lz-trip-settings-change` {mode, dayStartMin, dayEndMin}: the visitor changed the travel settings;
 * - `lz-trip-start-pick` {at?}: choose the start on the map, or start at `at` (the visitor's position);
 *   `lz-trip-start-reset`: back to the old city;
 * - `lz-trip-choice` {take}: the visitor answered `choice`, keeping the received trip or their own;
 * - `lz-list-select` {id}: a stop's name was pressed: show that site on the map.
 * @csspart panel - The whole panel.
 * @csspart title - The panel's heading.
 * @csspart day - One day of the trip.
 * @csspart stop - One stop of a day.
 * @csspart warning - The warning that a day runs past its end.
 * @csspart qr - The share link's QR code image.
 * @csspart settings - The folded travel settings (a `<details>`).
 * @cssproperty [--lz-color-accent=#9a3412] - Buttons, headings and focus ring.
 * @cssproperty [--lz-color-warning=#b45309] - The overflow warning's border and icon.
 * @cssproperty [--lz-color-border=#d1d5db] - Lines between days and stops.
 */
export class LzTripPanel extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripPanelStyles, tripChoiceStyles, tripSettingsFoldStyles];

  /** All sites of the layout, for names and positions. Property only. */
  @property({ attribute: false }) sites: Site[] = [];
  /** The trip. Property only; set it back from `lz-trip-edit`. Ids no site has are not shown. */
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** Travel mode and day window (default car, 09:00–18:00). Property only; set it back from `lz-trip-settings-change`. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** `zh-CN` (default) or `en`. */
  @property({ reflect: true }) lang = 'zh-CN';
  /** Where each day starts, [lon, lat] WGS84; default the old city. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  /** The visitor's position ([lon, lat]) while the map's locate control is on: the day may start there. */
  @property({ attribute: false }) here?: LonLat;
  /** The page the share link points to; default this page. The trip goes in its `trip` parameter. */
  @property({ attribute: 'share-base' }) shareBase?: string;
  /**
   * Set while a received trip (shown as `itinerary`) waits for the visitor to choose between it and
   * their own: the panel asks first, above everything else. Property only.
   */
  @property({ attribute: false }) choice?: TripChoice;

  @state() private announcement = '';
  /** The control to focus once the owner has set the edited trip back. */
  private pendingFocus?: StopRef & { control: StopControl };

  private get language(): Lang {
    return toLang(this.lang);
  }

  /** The trip as shown: ids no site has are left out, so positions on screen and in edits agree. */
  private shown: Itinerary = { days: [] };
  /** Each shown day's label: its name, or 第n天 / Day n. */
  private labels: string[] = [];
  /** The shown days, each named by its label: what the exports write. */
  private named: Itinerary = { days: [] };

  // Derived once per change of the trip, sites or language, so the parts see a new trip only when
  // there is one (the share link's QR code is remade on each new trip).
  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itinerary') || changed.has('sites') || changed.has('lang')) {
      this.shown = knownStops(this.itinerary, this.sites);
      this.labels = this.dayLabels(this.shown);
      this.named = { days: this.shown.days.map((d, i) => ({ name: this.labels[i], siteIds: d.siteIds })) };
    }
  }

  private dayLabels(trip: Itinerary): string[] {
    return trip.days.map((d, i) => d.name || t(this.language, 'trip.day.default', { n: i + 1 }));
  }

  /** The link that opens this trip: `shareBase` (default this page) with the trip in `?trip=`. */
  shareUrl(): string {
    return tripShareUrl(new URL(this.shareBase ?? location.href, location.href), this.shown);
  }

  render() {
    const lang = this.language;
    const trip = this.shown;
    return html`<section part="panel" aria-labelledby="title" lang=${lang}>
      <h2 id="title" part="title">${t(lang, 'trip.title')}</h2>
      ${this.renderChoice(lang)}
      ${trip.days.length === 0 ? html`<p class="muted">${t(lang, 'trip.empty')}</p>` : nothing}
      <ol
        class="days"
        aria-label=${t(lang, 'trip.days')}
        @lz-trip-day-edit=${this.onDayEdit}
        @lz-list-select=${this.onShowStop}
      >
        ${trip.days.map(
          (day, d) =>
            html`<li>
              <lz-trip-day
                exportparts="day, stop, warning"
                lang=${lang}
                .index=${d}
                .day=${day}
                .dayLabels=${this.labels}
                .sites=${this.sites}
                .settings=${this.settings}
                .start=${this.start}
              ></lz-trip-day>
            </li>`,
        )}
      </ol>
      <div class="row">
        <button
          type="button"
          class="add-day"
          ?disabled=${trip.days.length >= ITINERARY_LIMITS.maxDays}
          @click=${() => this.edit(addDay(trip))}
        >
          ${t(lang, 'trip.day.add')}
        </button>
        ${
          trip.days.length > 0
            ? html`<button type="button" class="clear" @click=${() => this.edit(replaceDays(trip, []))}>
                ${t(lang, 'trip.clear')}
              </button>`
            : nothing
        }
      </div>
      ${
        trip.days.length > 0
          ? html`<lz-trip-share
              exportparts="qr"
              lang=${lang}
              .itinerary=${this.shown}
              share-base=${this.shareBase ?? nothing}
            ></lz-trip-share>`
          : nothing
      }
      ${this.renderSettings(lang)}
      <p class="note">${t(lang, 'trip.estimateNote')}</p>
      <lz-trip-suggest
        lang=${lang}
        .sites=${this.sites}
        .settings=${this.settings}
        .start=${this.start}
        @lz-trip-suggest=${(e: CustomEvent<{ days: Itinerary['days'] }>) => this.edit(replaceDays(trip, e.detail.days))}
      ></lz-trip-suggest>
      <lz-trip-export
        lang=${lang}
        .itinerary=${this.named}
        .sites=${this.sites}
        .settings=${this.settings}
        .start=${this.start}
      ></lz-trip-export>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  /**
   * The travel settings, folded: most visitors keep the defaults, so the trip comes first and the
   * summary says what is set (mode and day window) without opening it. A native <details>: Enter and
   * Space toggle it, and screen readers announce it expanded or collapsed.
   */
  private renderSettings(lang: Lang) {
    const { mode, dayStartMin, dayEndMin } = this.settings;
    const summary = t(lang, 'trip.settings.summary', {
      mode: t(lang, `trip.mode.${mode}`),
      start: formatClock(dayStartMin, lang),
      end: formatClock(dayEndMin, lang),
    });
    return html`<details class="settings" part="settings">
      <summary><span class="title">${t(lang, 'trip.settings')}</span> <span class="current">${summary}</span></summary>
      <lz-trip-settings
        lang=${lang}
        .settings=${this.settings}
        .start=${this.start}
        .here=${this.here}
        @lz-trip-settings-change=${(e: CustomEvent<TripSettings>) => emitInternal(this, 'lz-trip-settings-change', e.detail)}
        @lz-trip-start-pick=${(e: LzEvent<'lz-trip-start-pick'>) => emitInternal(this, 'lz-trip-start-pick', e.detail ?? {})}
        @lz-trip-start-reset=${() => emitInternal(this, 'lz-trip-start-reset', {})}
      ></lz-trip-settings>
    </details>`;
  }

  /** A stop's name was pressed in a day: the owner shows that site on the map, as the site list does. */
  private onShowStop = (e: CustomEvent<{ id: string }>): void => {
    e.stopPropagation();
    emitInternal(this, 'lz-list-select', { id: e.detail.id });
  };

  private renderChoice(lang: Lang) {
    const choice = this.choice;
    if (!choice) return nothing;
    const size = (s: TripChoice['own']) => t(lang, 'trip.received.summary', { days: s.days, stops: s.stops });
    const take = (yes: boolean) => emitInternal(this, 'lz-trip-choice', { take: yes });
    return html`<section class="choice" role="group" aria-labelledby="choice-title" aria-describedby="choice-text">
      <h3 id="choice-title">${t(lang, 'trip.received.title')}</h3>
      <p id="choice-text">
        ${t(lang, 'trip.received.question', { received: size(choice.received), own: size(choice.own) })}
      </p>
      <p class="muted">${t(lang, 'trip.received.note')}</p>
      <div class="row">
        <button type="button" class="take" @click=${() => take(true)}>${t(lang, 'trip.received.take')}</button>
        <button type="button" class="keep" @click=${() => take(false)}>${t(lang, 'trip.received.keep')}</button>
      </div>
    </section>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (this.pendingFocus && changed.has('itinerary')) {
      const { day, index, control } = this.pendingFocus;
      this.pendingFocus = undefined;
      void this.renderRoot.querySelectorAll<LzTripDay>('lz-trip-day')[day]?.focusStop(index, control);
    }
  }

  /** Hands the edited trip to the owner, and says where focus goes once it comes back. */
  private edit(next: Itinerary, focus?: StopRef & { control: StopControl }, announcement?: string): void {
    this.pendingFocus = focus;
    if (announcement !== undefined) this.announcement = announcement;
    emitInternal(this, 'lz-trip-edit', { itinerary: next });
  }

  private siteName(id: string): string {
    const site = this.sites.find((s) => s.id === id);
    return site ? localized(site.name, this.language) : id;
  }

  private onDayEdit = (e: CustomEvent<TripDayEdit>): void => {
    e.stopPropagation();
    const lang = this.language;
    const trip = this.shown;
    const edit = e.detail;
    switch (edit.kind) {
      case 'move': {
        const id = trip.days[edit.from.day]?.siteIds[edit.from.index];
        // One past the last day is "a new day": added here, so spreading a trip over days takes one tap a stop.
        const from =
          edit.to.day === trip.days.length && trip.days.length < ITINERARY_LIMITS.maxDays ? addDay(trip) : trip;
        if (id === undefined || (edit.id !== undefined && edit.id !== id) || !from.days[edit.to.day]) return;
        const next = moveStop(from, edit.from, edit.to);
        const at = next.days[edit.to.day].siteIds.indexOf(id);
        const day = this.dayLabels(next)[edit.to.day];
        return this.edit(
          next,
          { day: edit.to.day, index: at, control: edit.control },
          t(lang, 'trip.moved', { name: this.siteName(id), day, position: at + 1 }),
        );
      }
      case 'remove-stop': {
        const id = trip.days[edit.at.day]?.siteIds[edit.at.index];
        if (id === undefined) return;
        const next = removeStop(trip, edit.at);
        const index = Math.min(edit.at.index, next.days[edit.at.day].siteIds.length - 1);
        return this.edit(
          next,
          index >= 0 ? { day: edit.at.day, index, control: 'remove' } : undefined,
          t(lang, 'trip.removed', { name: this.siteName(id) }),
        );
      }
      case 'rename':
        return this.edit(renameDay(trip, edit.day, edit.name));
      case 'order':
        return this.edit(
          orderDay(trip, edit.day, this.sites, this.start),
          undefined,
          t(lang, 'trip.ordered', { day: this.dayLabels(trip)[edit.day] }),
        );
      case 'remove-day':
        return this.edit(removeDay(trip, edit.day));
    }
  };
}

define('lz-trip-panel', LzTripPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-panel': LzTripPanel;
  }
}
