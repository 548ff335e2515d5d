import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MultiPolygon, Polygon } from 'geojson';
import { formatKm } from '../i18n/format-km';
import { t } from '../i18n/t';
import type { LonLat } from '../model/itinerary';
import type { Lang } from '../model/types';
import type { LayoutMap } from '../map/layout-map';
import type { NoticeSaying } from './notices-controller';
import type { Fix } from '../map/position-layer';

export type { Fix };

export interface LocateOptions {
  view: () => LayoutMap | undefined;
  /** The district's outline: a fix far outside it gets a message instead of a flight across China. */
  outline: () => Polygon | MultiPolygon | undefined;
  /** A message for the visitor (denied, no fix, far away): the map's notices, written in the language of the moment. */
  notify: (saying: NoticeSaying) => void;
  /** The position changed (undefined: the visitor hid it). The list and the trip planner use it. */
  onFix: (fix: Fix | undefined) => void;
  geolocation?: () => Geolocation | undefined;
}

/** Zoom for the first fix: streets around the visitor. */
const LOCATE_ZOOM = 15;

/**
 * "Where am I": the locate button on the map, the browser's position while it is on (watchPosition,
 * so the dot follows a walking visitor), drawn with its accuracy circle by the map adapter. The first
 * fix moves the map there, unless it is far from the district (FAR_FROM_DISTRICT_KM), which gets a
 * message instead. Denied permission and no fix (unavailable, timed out) each get a message and turn
 * it off. The watch is cleared when the host leaves the page.
 */
export class LocateController implements ReactiveController {
  /** The last position, while the control is on. */
  fix?: Fix;
  active = false;
  private watchId?: number;
  private moved = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LocateOptions,
  ) {
    host.addController(this);
  }

  private geolocation(): Geolocation | undefined {
    return this.options.geolocation ? this.options.geolocation() : navigator.geolocation;
  }

  toggle(): void {
    if (this.active) this.stop();
    else this.start();
  }

  start(): void {
    if (this.active) return;
    const geo = this.geolocation();
    if (!geo) {
      this.options.notify((lang) => t(lang, 'locate.unsupported'));
      return;
    }
    this.active = true;
    this.moved = false;
    this.host.requestUpdate();
    this.watchId = geo.watchPosition(
      (p) => this.found({ at: [p.coords.longitude, p.coords.latitude], accuracyM: p.coords.accuracy }),
      (e) => this.failed(e),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  }

  /** Hides the position and stops asking for it. */
  stop(): void {
    this.clearWatch();
    const had = this.active || this.fix;
    this.active = false;
    this.fix = undefined;
    this.options.view()?.setPosition(undefined);
    if (had) {
      this.options.onFix(undefined);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.clearWatch();
    this.active = false;
    this.fix = undefined;
  }

  private clearWatch(): void {
    if (this.watchId !== undefined) this.geolocation()?.clearWatch(this.watchId);
    this.watchId = undefined;
  }

  private found(fix: Fix): void {
    if (!this.active) return;
    this.fix = fix;
    const view = this.options.view();
    view?.setPosition(fix);
    if (!this.moved) {
      this.moved = true;
      void this.goTo(fix);
    }
    this.options.onFix(fix);
    this.host.requestUpdate();
  }

  /**
   * The first fix: the map moves there, or, far from the district, says how far instead. The outline
   * test (turf) loads on this first use: most visits never locate, and the widget's start-up stays lean.
   */
  private async goTo(fix: Fix): Promise<void> {
    const outline = this.options.outline();
    const { placeInDistrict } = await import('../spatial/place-in-district');
    if (!this.active) return;
    const place = outline && placeInDistrict(outline, fix.at);
    const view = this.options.view();
    if (place?.far) {
      const km = place.kmToBoundary;
      this.options.notify((lang) => t(lang, 'locate.far', { km: formatKm(km, lang) }));
    } else if (view) {
      const at: LonLat = fix.at;
      view.map.setView([at[1], at[0]], Math.max(view.map.getZoom(), LOCATE_ZOOM));
    }
  }

  private failed(error: GeolocationPositionError): void {
    const key = error.code === 1 ? 'locate.denied' : 'locate.unavailable';
    this.options.notify((lang) => t(lang, key));
    this.stop();
  }

  render(lang: Lang) {
    const label = t(lang, this.active ? 'locate.stop' : 'locate.button');
    return html`<button
      type="button"
      class="locate"
      part="locate"
      aria-pressed=${this.active ? 'true' : 'false'}
      aria-label=${label}
      title=${label}
      @click=${() => this.toggle()}
    >
      <!-- Drawn, not a glyph: ⌖ has no font on many phones and shows as a box. -->
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" stroke-width="2" />
        <circle cx="12" cy="12" r="2.5" fill="currentColor" />
        <path d="M12 1v4M12 19v4M1 12h4M19 12h4" stroke="currentColor" stroke-width="2" />
      </svg>
    </button>`;
  }
}
