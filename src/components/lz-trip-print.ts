import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { dayPlanText } from '../i18n/day-plan-text';
import { formatClock } from '../i18n/format-clock';
import { formatDuration } from '../i18n/format-duration';
import { formatKm } from '../i18n/format-km';
import { localized } from '../i18n/localized';
import { addZh, t } from '../i18n/t';
import { toLang } from '../i18n/to-lang';
import type { Itinerary, LonLat, TravelMode } from '../model/itinerary';
import type { Site } from '../model/types';
import { dayColor } from '../plan/day-color';
import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN, planDay } from '../plan/plan-day';
import { sitesForDay } from '../plan/sites-for-day';
import { fitProjection } from '../spatial/fit-projection';
import type { OpenState } from '../plan/open-status';
import { stopHours, tripDayDate } from '../plan/stop-hours';
import { loadOpenStatus } from './load-open-status';
import { baseStyles } from './base-styles';
import { reviewLine } from './review-line';
import { define } from './define';
import { tripPrintStyles } from './lz-trip-print.styles';
import { tripZh } from '../i18n/messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

const W = 640;
const H = 360;

/**
 * The trip for paper: one A4 page per day with a small map of that day (the district's outline, the
 * route in the day's colour, numbered stops) and the list of stops with times and distances. Drawn
 * as SVG from the data, not from Leaflet, so it prints the same with or without tiles.
 * @csspart page - One day's page.
 */
export class LzTripPrint extends LitElement {
  static styles = [baseStyles, tripPrintStyles];

  @property({ attribute: false }) sites: readonly Site[] = [];
  @property({ attribute: false }) itinerary: Itinerary = { days: [] };
  /** The district's outline, for the background of each day's map. */
  @property({ attribute: false }) outline?: Polygon | MultiPolygon;
  @property({ attribute: false }) start?: LonLat;
  @property() mode: TravelMode = 'car';
  @property({ type: Number }) dayStartMin = DEFAULT_DAY_START_MIN;
  @property({ type: Number }) dayEndMin = DEFAULT_DAY_END_MIN;
  @property() lang = 'zh-CN';
  /** The bureau's own 审图号 (`map-review-number`, checked by the map): printed on every page, as text. */
  @property({ attribute: false }) reviewNumber?: string;
  /** The first day's date (`YYYY-MM-DD`): with it, each stop is checked against its opening hours. */
  @property({ attribute: false }) startDate?: string;

  @state() private openStatus?: (site: Pick<Site, 'openingHours'>, date: Date) => OpenState;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('startDate') && this.startDate && !this.openStatus)
      void loadOpenStatus().then((m) => (this.openStatus = m.openStatus));
  }

  private map(stops: Site[], color: string) {
    const points: Position[] = [...(this.start ? [this.start] : []), ...stops.map((s) => s.coordinates)];
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const project = fitProjection([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], W, H, {
      padding: 28,
    });
    const path = (ring: Position[]) =>
      ring
        .map(
          (p, i) =>
            `${i ? 'L' : 'M'}${project(p[0], p[1])
              .map((v) => v.toFixed(1))
              .join(' ')}`,
        )
        .join('') + 'Z';
    const rings = !this.outline
      ? []
      : this.outline.type === 'Polygon'
        ? this.outline.coordinates
        : this.outline.coordinates.flat();
    const route = points
      .map((p) =>
        project(p[0], p[1])
          .map((v) => v.toFixed(1))
          .join(','),
      )
      .join(' ');
    return html`<svg viewBox="0 0 ${W} ${H}" aria-hidden="true">
      ${rings.map((ring) => svg`<path class="outline" d=${path(ring)}></path>`)}
      <polyline points=${route} fill="none" stroke=${color} stroke-width="3"></polyline>
      ${this.start ? svg`<rect x=${project(...this.start)[0] - 5} y=${project(...this.start)[1] - 5} width="10" height="10" fill="#111827"></rect>` : nothing}
      ${stops.map((s, i) => {
        const [x, y] = project(s.coordinates[0], s.coordinates[1]);
        return svg`<circle cx=${x} cy=${y} r="10" fill=${color} stroke="#fff" stroke-width="2"></circle><text class="num" x=${x} y=${y}>${i + 1}</text>`;
      })}
    </svg>`;
  }

  /** The stop's hours at its planned time, as on screen (lz-trip-day): a warning, "unknown", or nothing. */
  private hoursNote(site: Site, day: number, stop: { arriveMin: number; departMin: number }) {
    const lang = toLang(this.lang);
    if (!this.startDate || !this.openStatus) return nothing;
    const hours = stopHours(site, this.startDate, day, stop, this.openStatus);
    if (hours === 'open') return nothing;
    if (hours === 'unknown') return html`<span class="meta hours">${t(lang, 'trip.stop.hoursUnknown')}</span>`;
    const date = tripDayDate(this.startDate, day);
    const text =
      hours === 'closed-day'
        ? t(lang, 'trip.stop.closedDay', { date, hours: site.openingHours ?? '' })
        : t(lang, 'trip.stop.closed', {
            date,
            time: formatClock(stop.arriveMin, lang),
            hours: site.openingHours ?? '',
          });
    return html`<span class="warning hours">⚠ ${text}</span>`;
  }

  render() {
    const lang = toLang(this.lang);
    return this.itinerary.days.map((day, d) => {
      const stops = sitesForDay(day, this.sites);
      if (stops.length === 0) return nothing;
      const plan = planDay(stops, this.start ?? stops[0].coordinates, {
        mode: this.mode,
        dayStartMin: this.dayStartMin,
        dayEndMin: this.dayEndMin,
      });
      return html`<section class="page" part="page" lang=${lang}>
        <h2>${day.name || t(lang, 'trip.day.default', { n: d + 1 })}</h2>
        ${this.map(stops, dayColor(d))}
        <ol>
          ${plan.stops.map(
            (stop, i) =>
              html`<li>
                <strong>${localized(stops[i].name, lang)}</strong>
                <span class="meta"
                  >${formatClock(stop.arriveMin, lang)}–${formatClock(stop.departMin, lang)} ·
                  ${formatKm(stop.leg.roadKm, lang)}, ${formatDuration(stop.leg.durationMin, lang)}</span
                >
                ${this.hoursNote(stops[i], d, stop)}
              </li>`,
          )}
        </ol>
        <p class="meta">${dayPlanText(plan, lang).totals}</p>
        ${plan.overflowMin > 0 ? html`<p class="warning">${dayPlanText(plan, lang).overflow}</p>` : nothing}
        <p class="note">${t(lang, 'trip.estimateNote')} ${t(lang, 'map.schematicNote')}</p>
        ${reviewLine(lang, this.reviewNumber)}
      </section>`;
    });
  }
}

define('lz-trip-print', LzTripPrint);

declare global {
  interface HTMLElementTagNameMap {
    'lz-trip-print': LzTripPrint;
  }
}
