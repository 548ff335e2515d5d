import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dayPlanText } from '../i18n/day-plan-text';
import { formatClock } from '../i18n/format-clock';
import { formatDuration } from '../i18n/format-duration';
import { formatKm } from '../i18n/format-km';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { LonLat, PlannedStop, TripDay, TripSettings } from '../model/itinerary';
import type { Lang, Site } from '../model/types';
import { dayColor } from '../plan/day-color';
import { navLinks } from '../plan/nav-links';
import { planDay } from '../plan/plan-day';
import { sitesForDay } from '../plan/sites-for-day';
import { DEFAULT_START } from '../plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../plan/trip-settings';
import { ITINERARY_LIMITS } from '../plan/validate-itinerary';
import type { OpenState } from '../plan/open-status';
import { stopHours, tripDayDate } from '../plan/stop-hours';
import { loadOpenStatus } from './load-open-status';
import { baseStyles } from './base-styles';
import { cssProps } from './css-props';
import { define } from './define';
import { tripDayStyles } from './lz-trip-day.styles';
import { stopNameStyles } from './trip-first.styles';
import { tripHoursStyles } from './trip-hours.styles';
import { tripControlStyles } from './trip-controls.styles';
import { emitInternal } from './events';
import type { StopControl } from './trip-events';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

/** What a drag carries: the stop's place and id, so a drop from another map's trip is refused. */
const DRAG_TYPE = 'application/x-lz-trip-stop';
interface Dragged {
  day: number;
  index: number;
  id: string;
}

function readDragged(e: DragEvent): Dragged | undefined {
  try {
    const value: unknown = JSON.parse(e.dataTransfer?.getData(DRAG_TYPE) || 'null');
    const d = value as Dragged | null;
    return d && Number.isInteger(d.day) && Number.isInteger(d.index) && typeof d.id === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One day of the trip: its name, its stops with legs, times and totals, a warning when it runs past
 * the day's end, and the controls to reorder (buttons and drag and drop, also from and to other days),
 * move to another day, remove, and open a stop in a map app. It changes nothing itself: every edit is
 * reported with the internal event `lz-trip-day-edit` (bubbling, not composed), which the panel applies.
 * A stop's name is a button that asks, with the internal `lz-list-select` {id}, to show the site on the map.
 * Its left border has the colour of the day's route on the map (the private `--_day-color`).
 * @csspart day - The day.
 * @csspart stop - One stop.
 * @csspart warning - The warning that the day runs past its end.
 */
export class LzTripDay extends LitElement {
  static styles = [baseStyles, tripControlStyles, tripDayStyles, tripHoursStyles, stopNameStyles];

  /** The day; ids no site has are not shown. Property only. */
  @property({ attribute: false }) day: TripDay = { name: '', siteIds: [] };
  /** Its place in the trip, 0-based. */
  @property({ type: Number }) index = 0;
  /** Every day's label (name, or 第n天 / Day n), for "move to" buttons. Property only. */
  @property({ attribute: false }) dayLabels: string[] = [];
  /** All sites of the layout. Property only. */
  @property({ attribute: false }) sites: readonly Site[] = [];
  /** Mode and day window. Property only. */
  @property({ attribute: false }) settings: TripSettings = DEFAULT_TRIP_SETTINGS;
  /** Where the day starts. Property only. */
  @property({ attribute: false }) start: LonLat = DEFAULT_START;
  @property() lang = 'zh-CN';

  /** The opening-hours evaluator, loaded once the trip has a date and a stop has hours. */
  @state() private openStatus?: (site: Pick<Site, 'openingHours'>, date: Date) => OpenState;

  protected willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('settings') || changed.has('day')) && !this.openStatus && this.settings.startDate)
      void loadOpenStatus().then((m) => (this.openStatus = m.openStatus));
  }

  private get label(): string {
    return this.day.name || t(toLang(this.lang), 'trip.day.default', { n: this.index + 1 });
  }

  /**
   * Focuses a stop's control after an edit; at either end the arrow just used is disabled, so it
   * falls back to its twin, then to "more".
   */
  async focusStop(index: number, control: StopControl): Promise<void> {
    await this.updateComplete;
    const tries = [control, control === 'up' ? 'down' : 'up', 'more'];
    for (const c of tries) {
      const el = this.renderRoot.querySelector<HTMLButtonElement>(`[data-index="${index}"] [data-control="${c}"]`);
      if (el && !el.disabled) return el.focus();
    }
  }

  render() {
    const lang = toLang(this.lang);
    const d = this.index;
    const sites = sitesForDay(this.day, this.sites);
    const plan = planDay(sites, this.start, this.settings);
    const text = sites.length > 0 ? dayPlanText(plan, lang) : undefined;
    return html`<section class="day" part="day" data-day=${d} ${cssProps({ '--_day-color': dayColor(d) })}>
      <div class="day-head">
        <input
          type="text"
          maxlength="80"
          aria-label=${t(lang, 'trip.day.name', { n: d + 1 })}
          placeholder=${t(lang, 'trip.day.default', { n: d + 1 })}
          .value=${this.day.name}
          @change=${(e: Event) =>
            emitInternal(this, 'lz-trip-day-edit', {
              kind: 'rename',
              day: d,
              name: (e.target as HTMLInputElement).value,
            })}
        />
        <button
          type="button"
          class="order"
          aria-label=${t(lang, 'trip.day.orderLabel', { day: this.label })}
          ?disabled=${sites.length < 2}
          @click=${() => emitInternal(this, 'lz-trip-day-edit', { kind: 'order', day: d })}
        >
          ${t(lang, 'trip.day.order')}
        </button>
        <button
          type="button"
          class="icon remove-day"
          aria-label=${t(lang, 'trip.day.remove', { day: this.label })}
          @click=${() => emitInternal(this, 'lz-trip-day-edit', { kind: 'remove-day', day: d })}
        >
          ✕
        </button>
      </div>
      <ol
        class="stops"
        aria-label=${this.label}
        @dragover=${(e: DragEvent) => this.onDragOver(e)}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
        @drop=${(e: DragEvent) => this.onDrop(e, sites.length)}
      >
        ${sites.length === 0 ? html`<li class="muted">${t(lang, 'trip.day.noStops')}</li>` : nothing}
        ${plan.stops.map((stop, i) => this.renderStop(stop, sites[i], sites[i - 1], i, sites.length, lang))}
      </ol>
      ${text ? html`<p class="totals">${text.totals}</p>` : nothing}
      ${
        text && plan.overflowMin > 0
          ? html`<p class="warning" part="warning" role="alert">${text.overflow}</p>`
          : nothing
      }
    </section>`;
  }

  private renderStop(stop: PlannedStop, site: Site, previous: Site | undefined, i: number, count: number, lang: Lang) {
    const d = this.index;
    const name = localized(site.name, lang);
    // A route from the day's previous stop; for the first, each app's "from my location".
    const from = previous && { coordinates: previous.coordinates, name: previous.name };
    const links = navLinks(site, { lang, mode: this.settings.mode, from });
    const move = (toDay: number, to: number, control: StopControl) =>
      emitInternal(this, 'lz-trip-day-edit', {
        kind: 'move',
        from: { day: d, index: i },
        to: { day: toDay, index: to },
        control,
      });
    return html`<li
      class="stop"
      part="stop"
      draggable="true"
      data-site-id=${site.id}
      data-index=${i}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, i, site.id)}
      @dragover=${(e: DragEvent) => this.onDragOver(e, true)}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
      @drop=${(e: DragEvent) => this.onDrop(e, i)}
    >
      <span class="num" aria-hidden="true">${i + 1}</span>
      <span class="leg"
        >↓
        ${t(lang, 'trip.stop.leg', {
          km: formatKm(stop.leg.roadKm, lang),
          duration: formatDuration(stop.leg.durationMin, lang),
          mode: t(lang, `trip.mode.${stop.leg.mode}`),
        })}</span
      >
      <span class="name"
        ><button
          type="button"
          class="show"
          aria-label=${t(lang, 'trip.stop.show', { name })}
          @click=${() => emitInternal(this, 'lz-list-select', { id: site.id })}
        >
          ${name}
        </button>
        <span class="muted"
          >${t(lang, 'trip.stop.time', {
            arrive: formatClock(stop.arriveMin, lang),
            depart: formatClock(stop.departMin, lang),
          })}</span
        ></span
      >
      ${this.renderHours(site, stop, lang)}
      <div class="controls">
        <button
          type="button"
          class="icon up"
          data-control="up"
          aria-label=${t(lang, 'trip.stop.up', { name })}
          ?disabled=${i === 0}
          @click=${() => move(d, i - 1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon down"
          data-control="down"
          aria-label=${t(lang, 'trip.stop.down', { name })}
          ?disabled=${i === count - 1}
          @click=${() => move(d, i + 1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          class="icon remove"
          data-control="remove"
          aria-label=${t(lang, 'trip.stop.remove', { name })}
          @click=${() => emitInternal(this, 'lz-trip-day-edit', { kind: 'remove-stop', at: { day: d, index: i } })}
        >
          ✕
        </button>
        <details>
          <summary data-control="more" aria-label=${t(lang, 'trip.stop.more', { name })}>
            ${t(lang, 'trip.stop.moreShort')}<span aria-hidden="true"> ▾</span>
          </summary>
          <div class="more-body">
            ${this.dayLabels.map((label, od) =>
              od === d
                ? nothing
                : html`<button
                    type="button"
                    class="to-day"
                    aria-label=${t(lang, 'trip.stop.toDayLabel', { name, day: label })}
                    @click=${(e: Event) => {
                      // The <details> stays in place when its stop moves away; close it so it does not open on the next stop.
                      (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
                      move(od, Number.MAX_SAFE_INTEGER, 'more');
                    }}
                  >
                    ${t(lang, 'trip.stop.toDay', { day: label })}
                  </button>`,
            )}
            ${
              this.dayLabels.length < ITINERARY_LIMITS.maxDays && (count > 1 || this.dayLabels.length > 1)
                ? html`<button
                    type="button"
                    class="to-new-day"
                    aria-label=${t(lang, 'trip.stop.toNewDayLabel', { name })}
                    @click=${(e: Event) => {
                      (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
                      move(this.dayLabels.length, 0, 'more');
                    }}
                  >
                    ${t(lang, 'trip.stop.toNewDay')}
                  </button>`
                : nothing
            }
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

  /**
   * Whether the stop is open at its planned day and time, once the trip has a date: a warning when its
   * hours say closed, "hours unknown" when there are none to read; nothing before the evaluator loads.
   */
  private renderHours(site: Site, stop: PlannedStop, lang: Lang) {
    const date = this.settings.startDate;
    if (!date || !this.openStatus) return nothing;
    const hours = stopHours(site, date, this.index, stop, this.openStatus);
    if (hours === 'open') return nothing;
    if (hours === 'unknown') return html`<span class="hours unknown muted">${t(lang, 'trip.stop.hoursUnknown')}</span>`;
    const day = tripDayDate(date, this.index);
    return html`<span class="hours warning" part="warning"
      >${
        hours === 'closed-day'
          ? t(lang, 'trip.stop.closedDay', { date: day, hours: site.openingHours ?? '' })
          : t(lang, 'trip.stop.closed', {
              date: day,
              time: formatClock(stop.arriveMin, lang),
              hours: site.openingHours ?? '',
            })
      }</span
    >`;
  }

  // Drag and drop: the keyboard buttons do the same; this is the pointer's way.

  private onDragStart(e: DragEvent, index: number, id: string): void {
    if (!e.dataTransfer) return;
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ day: this.index, index, id } satisfies Dragged));
    e.dataTransfer.setData('text/plain', id);
  }

  /** `onStop`: over a stop, which marks itself; its list stays unmarked so one drop place shows at a time. */
  private onDragOver(e: DragEvent, onStop = false): void {
    // While dragging only the types can be read: enough to accept our stops and nothing else.
    if (!e.dataTransfer?.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    if (onStop) e.stopPropagation();
    e.dataTransfer.dropEffect = 'move';
    (e.currentTarget as HTMLElement).classList.add('over');
  }

  /** A drop on a stop puts the dragged one before it; on the list's free space, at the end. */
  private onDrop(e: DragEvent, before: number): void {
    (e.currentTarget as HTMLElement).classList.remove('over');
    const from = readDragged(e);
    if (!from) return;
    e.preventDefault();
    e.stopPropagation();
    const d = this.index;
    // Once the stop is out of its own day, every later position there moves up by one.
    const to = from.day === d && from.index < before ? before - 1 : before;
    if (from.day === d && from.index === to) return;
    emitInternal(this, 'lz-trip-day-edit', {
      kind: 'move',
      from: { day: from.day, index: from.index },
      to: { day: d, index: to },
      control: 'more',
      id: from.id,
    });
  }
}

define('lz-trip-day', LzTripDay);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-day': LzTripDay;
  }
}
