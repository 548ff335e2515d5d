import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GeoDataError } from '../data/geo-data-error';
import { t } from '../i18n/t';
import { checkTileTemplate } from '../state/tile-template';
import type { Itinerary } from '../model/itinerary';
import { validateItinerary } from '../plan/validate-itinerary';
import { layerIds } from '../search/layer-ids';
import { isBaseMapId, type Tiles } from '../state/attributes';
import { noticeText } from '../state/notice-text';
import { problemNoticeText } from '../state/problem-notice-text';
import { parseLayerList } from '../state/parse-layer-list';
import { unknownLayerIds } from '../state/unknown-layer-ids';
import { emit } from './events';
import type { NoticeSaying, NoticesController } from './notices-controller';

/**
 * The element's doors: what the page hands it (`layers`, `tiles`, a trip, data) is checked here, and
 * what is refused is said twice, once to the visitor (a notice) and once to the page (`lz-error`).
 * It holds no listener, observer or timer (so it has nothing to undo when the element leaves the
 * page), only the last `tiles` value checked; notices are raised after the update that found them (a
 * notice is state, and changing state mid-update costs a second one).
 */
export class DoorsController implements ReactiveController {
  /** The `tiles` value last checked: a refused one is reported once, not at every update. */
  private tilesChecked?: string | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly notices: NoticesController,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Nothing to undo: no listener, observer or timer. The last `tiles` checked is kept, so a moved
    // element does not report the same refused value twice.
  }

  /**
   * A `layers` value naming ids the map does not have: say which, and when none is known, that the
   * default layers are shown instead (parseLayers falls back to them) rather than a blank map.
   */
  checkLayers(layers: string | undefined): void {
    const { unknown, useDefault } = unknownLayerIds(parseLayerList(layers), layerIds);
    if (unknown.length === 0) return;
    const key = useDefault ? 'map.unknownLayersDefault' : 'map.unknownLayers';
    const ids = unknown.join(', ');
    queueMicrotask(() => this.notices.notify('info', (lang) => noticeText(t(lang, key, { ids }), '')));
  }

  /** A `tiles` value the map cannot use draws no tiles and the map works on: say why, once per value. */
  checkTiles(tiles: Tiles): void {
    // The converter reads a refused template as `none`; the attribute still holds what the page wrote.
    const raw = tiles === 'none' && this.host.hasAttribute('tiles') ? this.host.getAttribute('tiles') : tiles;
    if (raw === this.tilesChecked) return;
    this.tilesChecked = raw;
    const checked = checkTileTemplate(raw);
    if ('reason' in checked && !isBaseMapId(raw?.trim()))
      queueMicrotask(() =>
        this.reportError(
          new GeoDataError({ file: 'tiles', category: 'invalid-attribute', problem: `the template ${checked.reason}` }),
        ),
      );
  }

  /** The one door for a set trip: checked and capped, or empty with an lz-error. */
  checkTrip(value: unknown): Itinerary {
    const checked = validateItinerary(value);
    if (!checked.ok) {
      this.reportError(
        new GeoDataError({ file: 'itinerary', problem: `${checked.error.message}; the trip is empty` }),
        (lang) => t(lang, 'trip.invalid'),
      );
      return { days: [] };
    }
    const [first] = checked.problems;
    if (first)
      this.reportError(
        new GeoDataError({
          file: 'itinerary',
          field: first.day === undefined ? 'days' : `days[${first.day}]`,
          problem: `${checked.problems.length} problem(s), first ${first.code}; cut to what the planner takes (14 days of 40 stops)`,
        }),
      );
    return checked.itinerary;
  }

  /** A notice for the visitor (`notice`, or the error framed in the interface language) and lz-error for the page. */
  reportError = (err: unknown, notice?: NoticeSaying): void => {
    const e = err instanceof GeoDataError ? err : new GeoDataError({ file: 'unknown', problem: String(err) });
    // Capped and naming the file's host: a file's words (a 1 MB `type`, a spoofed notice) stay a short, attributed line.
    // Framed in the interface language from the error's parts; the English detail is marked as such.
    // Keyed by the zh-CN text (notices-controller.ts: that table is always at hand).
    if (notice === undefined) this.notices.notify('error', problemNoticeText('zh-CN', e), e);
    else this.notices.notify('error', notice);
    emit(this.host, 'lz-error', {
      message: e.message,
      category: e.category,
      file: e.file,
      feature: e.feature,
      field: e.field,
    });
  };
}
