import {
  AREA_IDS,
  CATEGORIES,
  THEMES,
  ZONE_IDS,
  type AreaId,
  type Category,
  type Theme,
  type ZoneId,
} from '../model/types';

/** A theme filter's value: a theme, or `none` for the sites that have no theme (无主题). */
export type ThemeChoice = Theme | 'none';
export const THEME_CHOICES: readonly ThemeChoice[] = [...THEMES, 'none'];

/**
 * The ids a layer panel toggles:
 * - the layout drawn on the map: `core`, `axis`, the four zones, and all `sites`;
 * - the three site filters: by the area a site lies in (`area:south`), by category (`category:temple`)
 *   and by theme (`theme:buddhist`, and `theme:none` for sites without a theme).
 * An area's outline and its sites are separate ids, so `layers="sites"` (sites, no outlines) keeps
 * meaning what it meant before the area filter existed.
 */
export type LayerId =
  'core' | 'axis' | ZoneId | 'sites' | `area:${AreaId}` | `category:${Category}` | `theme:${ThemeChoice}`;

/** Every layer id, in the order a panel lists them. */
export const layerIds: readonly LayerId[] = [
  'core',
  'axis',
  ...ZONE_IDS,
  'sites',
  ...AREA_IDS.map((a) => `area:${a}` as const),
  ...CATEGORIES.map((c) => `category:${c}` as const),
  ...THEME_CHOICES.map((t) => `theme:${t}` as const),
];
