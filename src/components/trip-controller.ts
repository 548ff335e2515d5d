import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { LayoutMap } from '../map/layout-map';
import type { Itinerary, LonLat } from '../model/itinerary';
import type { Lang, Layout, Site } from '../model/types';
import type { TripStorageProblem } from '../plan/itinerary-storage';
import { DEFAULT_START } from '../plan/start-points';
import { toggleInTrip } from '../plan/toggle-in-trip';
import { tripSettings } from '../plan/trip-settings';
import { emit } from './events';
import type { NoticesController } from './notices-controller';
import type { PanelsActions } from './panels-controller';
import type { TripChoice } from './trip-events';

/** The element as the trip's glue sees it: the host owns the trip (and its travel settings, inside it). */
export interface TripHost extends ReactiveControllerHost, HTMLElement {
  itinerary: Itinerary;
}

export interface TripControllerOptions {
  lang: () => Lang;
  layout: () => Layout | undefined;
  /** The one door for a trip (doors-controller.ts): checked and capped, or empty with an lz-error. */
  check: (value: unknown) => Itinerary;
  /** Whether the Trip tab is among the element's panels. */
  hasTab: () => boolean;
  showTab: () => void;
  /** Opens the panel again once the start is picked (a phone folds it away meanwhile). */
  openPanel: () => void;
  view: () => LayoutMap | undefined;
  notices: NoticesController;
}

const tripSize = (trip: Itinerary) => ({
  days: trip.days.length,
  stops: trip.days.reduce((n, d) => n + d.siteIds.length, 0),
});
const sameDays = (a: Itinerary, b: Itinerary) =>
  a.days.length === b.days.length &&
  a.days.every(
    (d, i) =>
      d.name === b.days[i].name &&
      d.siteIds.length === b.days[i].siteIds.length &&
      d.siteIds.every((id, j) => id === b.days[i].siteIds[j]),
  );

/**
 * The trip's flow around the state the host owns (`itinerary`, travel settings inside it): a received
 * `?trip=` trip against the visitor's own (the question which to keep), the popup's add/remove button
 * and its polite status line, the start point picked on the map, and the printed trip. When the element
 * leaves the page, a start being picked is dropped (its map is gone); a question still open stays, so an
 * element moved in the page still asks it.
 */
export class TripController implements ReactiveController {
  /** Where the trip's days start: the old city, or a point the visitor picked on the map. */
  start: LonLat = DEFAULT_START;
  /** The visitor is choosing the trip's start on the map: a hint says so. */
  picking = false;
  /** Where the site just added from a popup went (or that it left the trip): a polite live line. */
  status = '';
  /** A received trip waits for the visitor to choose between it and their own (see receive). */
  private choice?: Omit<TripChoice, 'own'> & {
    ownSize: TripChoice['own'];
    own: Itinerary;
    resolve: (kept: 'received' | 'own') => void;
  };

  constructor(
    private readonly host: TripHost,
    private readonly options: TripControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.picking = false;
  }

  /** See LiangzhouMap.receiveTrip. */
  receive(received: Itinerary, own?: Itinerary): Promise<'received' | 'own'> {
    this.choice?.resolve('own');
    this.host.itinerary = received;
    if (this.options.hasTab()) this.options.showTab();
    const mine = own && this.options.check(own);
    const shown = this.host.itinerary;
    if (!mine || tripSize(mine).stops === 0 || sameDays(mine, shown)) {
      this.choice = undefined;
      return Promise.resolve('received');
    }
    return new Promise((resolve) => {
      this.choice = { received: tripSize(shown), ownSize: tripSize(mine), own: mine, resolve };
      this.host.requestUpdate();
    });
  }

  private choose(take: boolean): void {
    const choice = this.choice;
    if (!choice) return;
    this.choice = undefined;
    this.setStatus(t(this.options.lang(), take ? 'trip.received.taken' : 'trip.received.kept'));
    if (!take) {
      this.host.itinerary = choice.own;
      emit(this.host, 'lz-itinerary-change', this.host.itinerary);
    }
    choice.resolve(take ? 'received' : 'own');
  }

  /** See LiangzhouMap.tripNotKept. */
  notKept(problem: TripStorageProblem): void {
    const key = problem === 'quota' ? 'trip.notKept.quota' : 'trip.notKept.blocked';
    this.options.notices.notify('info', (lang) => t(lang, key));
  }

  /** The visitor's edit of the trip: take it, and tell the page. */
  change(next: Itinerary): void {
    this.host.itinerary = next;
    emit(this.host, 'lz-itinerary-change', this.host.itinerary);
  }

  inTrip(id: string): boolean {
    return this.host.itinerary.days.some((d) => d.siteIds.includes(id));
  }

  /** A popup's add/remove button: the edit, and a line saying where the site went. */
  toggleFromPopup(id: string): void {
    const next = toggleInTrip(this.host.itinerary, id);
    const lang = this.options.lang();
    const site = this.options.layout()?.sites.find((s) => s.id === id);
    const name = site ? localized(site.name, lang) : id;
    const day = next.days.findIndex((d) => d.siteIds.includes(id));
    this.setStatus(
      day < 0
        ? t(lang, 'trip.unadded', { name })
        : t(lang, 'trip.added', {
            name,
            day: next.days[day].name || t(lang, 'trip.day.default', { n: day + 1 }),
            position: next.days[day].siteIds.indexOf(id) + 1,
          }),
    );
    this.change(next);
  }

  setStatus(status: string): void {
    if (status === this.status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  /** The Trip tab's requests. */
  actions(): Pick<PanelsActions, 'tripChange' | 'tripChoice' | 'tripStartPick' | 'tripStartReset' | 'tripSettings'> {
    const choice = this.choice;
    return {
      tripChange: (next) => this.change(next),
      tripChoice: choice && {
        choice: { received: choice.received, own: choice.ownSize },
        choose: (take) => this.choose(take),
      },
      tripStartPick: (at) => {
        // Near me: the day starts at the visitor's position, no pick on the map.
        if (at) {
          this.start = at;
          this.host.requestUpdate();
          return;
        }
        // The sheet folds away on a phone: say what to do next, until the visitor taps the map.
        this.picking = true;
        this.host.requestUpdate();
        this.options.view()?.pickPoint((at) => {
          this.picking = false;
          this.start = at;
          this.options.openPanel();
          this.host.requestUpdate();
        });
      },
      tripStartReset: () => {
        this.start = DEFAULT_START;
        this.host.requestUpdate();
      },
      tripSettings: (settings) => this.change({ ...this.host.itinerary, settings }),
    };
  }

  /** The hint while the start is picked (over the map). */
  renderHint(lang: Lang) {
    return this.picking ? html`<p class="pick-hint" role="status">${t(lang, 'map.pickStartHint')}</p>` : nothing;
  }

  /** The polite status line (over the map). */
  renderStatus() {
    return html`<p class="trip-status" role="status" aria-live="polite">${this.status}</p>`;
  }

  /** The printed trip (the page's print of a trip with stops), with the settings the Trip tab shows. */
  renderPrint(lang: Lang, reviewNumber?: string) {
    const itinerary = this.host.itinerary;
    if (!this.options.hasTab() || !itinerary.days.some((d) => d.siteIds.length > 0)) return nothing;
    const layout = this.options.layout();
    const { mode, dayStartMin, dayEndMin, startDate } = tripSettings(itinerary);
    return html`<lz-trip-print
      class="print"
      exportparts="page"
      lang=${lang}
      .sites=${layout?.sites ?? ([] as readonly Site[])}
      .itinerary=${itinerary}
      .outline=${layout?.boundary.geometry}
      .start=${this.start}
      .mode=${mode}
      .dayStartMin=${dayStartMin}
      .dayEndMin=${dayEndMin}
      .startDate=${startDate}
      .reviewNumber=${reviewNumber}
    ></lz-trip-print>`;
  }
}
