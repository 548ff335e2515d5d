import { CATEGORIES, THEMES, ZONE_IDS, type Category, type Theme, type ZoneId } from '../model/types';

/**
 * The ids a layer panel toggles: the layout (`core`, `axis`, the four zones), all `sites`, and the
 * sites by category and by theme (`category:temple`, `theme:buddhist`).
 */
export type LayerId = 'core' | 'axis' | ZoneId | 'sites' | `category:${Category}` | `theme:${Theme}`;

/** Every layer id, in the order a panel lists them. */
export const layerIds: readonly LayerId[] = [
  'core',
  'axis',
  ...ZONE_IDS,
  'sites',
  ...CATEGORIES.map((c) => `category:${c}` as const),
  ...THEMES.map((t) => `theme:${t}` as const),
];
