import { AREA_IDS, CATEGORIES, THEMES, type AreaId, type Category, type Site, type Theme } from '../model/types';

/** How many sites each area, category and theme holds. Every known id is present, zero included. */
export interface SiteCounts {
  total: number;
  zones: Record<AreaId, number>;
  categories: Record<Category, number>;
  /** A site with two themes counts once under each. */
  themes: Record<Theme, number>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Site counts per area, category and theme, for a legend or a layer panel. */
export function countSites(sites: readonly Site[]): SiteCounts {
  const counts: SiteCounts = {
    total: sites.length,
    zones: zeros(AREA_IDS),
    categories: zeros(CATEGORIES),
    themes: zeros(THEMES),
  };
  for (const site of sites) {
    counts.zones[site.zone] += 1;
    counts.categories[site.category] += 1;
    for (const theme of new Set(site.themes)) counts.themes[theme] += 1;
  }
  return counts;
}
