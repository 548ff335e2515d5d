import { t } from '../i18n/t';
import type { LayoutMap } from '../map/layout-map';
import type { Lang } from '../model/types';
import type { Datum } from '../spatial/datum';
import type { NoticeSaying } from './notices-controller';
import { BASE_MAP_IDS, isBaseMapId, type BaseMapId, type Tiles } from '../state/attributes';

/** What the element knows about its base map: its attributes, read through their converters. */
export interface BaseMapState {
  lang: Lang;
  tiles: Tiles;
  key?: string;
  datum: Datum;
  reviewNumber?: string;
}

/** A base map the Layers tab offers: a named one, or the page's own template. */
export type BaseMapChoice = BaseMapId | 'custom';

export interface BaseMapControllerOptions {
  /** Tells the visitor why the base map fell back to the outlines (a notice, once per failure). */
  notify: (saying: NoticeSaying) => void;
  /** Falls back to the outlines: the host sets `tiles` to `none`, so the choice shows `none`. */
  fallBack: () => void;
}

/**
 * The base map's side of `<liangzhou-map>`: turns `tiles`, `tianditu-key`, `tiles-datum`, `lang` and
 * `map-review-number` into what the map draws (state/base-map.ts), falls back to the outlines with
 * one notice when a base map cannot be drawn (天地图 without a key) or its tiles fail (offline,
 * blocked, a wrong key), and lists the choices the Layers tab offers.
 */
export class BaseMapController {
  /** A custom template the page gave, kept so the visitor can choose it again after `none`. */
  private custom?: Tiles;
  private notifiedFor?: string;

  constructor(private readonly options: BaseMapControllerOptions) {}

  /** What was last asked of which view, so each update does not rebuild the tiles. */
  private wanted?: { view: LayoutMap; key: string };

  /**
   * Draws the base map on `view`. Idempotent: called at every update, it builds tiles only when
   * `tiles`, the key, the datum or the language changed. The providers' table and the GCJ-02 CRS load
   * on first use (map/base-map-layer.ts); a later call wins over one still loading.
   */
  apply(view: LayoutMap, s: BaseMapState): void {
    view.setReviewNumber(s.reviewNumber);
    const key = s.tiles === 'none' ? '' : JSON.stringify([s.tiles, s.key, s.datum, s.lang]);
    if (this.wanted?.view === view && this.wanted.key === key) return;
    const wanted = (this.wanted = { view, key });
    if (key === '') {
      this.notifiedFor = undefined;
      view.setBaseMap(undefined);
      return;
    }
    void import('../map/base-map-layer').then(({ drawBaseMap }) => {
      if (this.wanted !== wanted) return;
      const drawn = drawBaseMap(s.tiles, { lang: s.lang, key: s.key, datum: s.datum }, () => this.tilesFailed(s));
      if (drawn && 'problem' in drawn) {
        view.setBaseMap(undefined);
        // A refused template is reported by the element as an lz-error (checkTiles); a missing key here.
        if (drawn.problem === 'needs-key') this.fail((lang) => t(lang, 'baseMap.needsKey'), s.tiles);
        return;
      }
      view.setBaseMap(drawn);
    });
  }

  /** The tiles failed (their layer has removed itself): fall back, and say which base map and why. */
  private tilesFailed(s: BaseMapState): void {
    const choice = this.choice(s.tiles);
    this.fail((lang) => t(lang, 'baseMap.failed', { name: t(lang, `baseMap.${choice}`) }), s.tiles);
  }

  private fail(saying: NoticeSaying, tiles: string): void {
    if (this.notifiedFor === tiles) return;
    this.notifiedFor = tiles;
    this.options.notify(saying);
    this.options.fallBack();
  }

  /** The Layers tab's current choice. */
  choice(tiles: Tiles): BaseMapChoice {
    return isBaseMapId(tiles) ? tiles : 'custom';
  }

  /** The choices to offer: 天地图 only with a key, the page's own template once it gave one. */
  choices(s: BaseMapState): BaseMapChoice[] {
    const ids: BaseMapChoice[] = BASE_MAP_IDS.filter((id) => s.key || !id.startsWith('tianditu'));
    return this.custom ? [...ids, 'custom'] : ids;
  }

  /** The `tiles` value for a choice. */
  tilesFor(choice: BaseMapChoice): Tiles {
    return choice === 'custom' ? (this.custom ?? 'none') : choice;
  }
}
