import { AREA_IDS, CATEGORIES, type AreaId, type Category, type Site } from '../model/types';
import { THEME_CHOICES, type ThemeChoice } from './layer-ids';
import { visibleSites } from './visible-sites';

/** What a legend says beside each filter: counts that agree with the map and the list. */
export interface FilterCounts {
  /** Sites the filter keeps now (the map's markers and the list's rows, `sites` shown). */
  shown: number;
  /** Every site. */
  total: number;
  /**
   * For each value, the sites it holds among those the OTHER two filters keep: what ticking it
   * alone would show. So with only 佛教文化 ticked, its count equals `shown`.
   */
  areas: Record<AreaId, number>;
  categories: Record<Category, number>;
  /** A site with two themes counts once under each; `none` counts the sites without a theme. */
  themes: Record<ThemeChoice, number>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Everything of one filter shown, the rest as `visible` says. */
function opened(visible: ReadonlySet<string>, prefix: string, values: readonly string[]): Set<string> {
  return new Set([...visible, ...values.map((v) => `${prefix}:${v}`)]);
}

/** Faceted counts for a legend, from the same model as the map (`visibleSites`). `sites` is not changed. */
export function filterCounts(sites: readonly Site[], visible: Iterable<string>, query = ''): FilterCounts {
  const shown = new Set(visible);
  const counts: FilterCounts = {
    shown: visibleSites(sites, shown, query).length,
    total: sites.length,
    areas: zeros(AREA_IDS),
    categories: zeros(CATEGORIES),
    themes: zeros(THEME_CHOICES),
  };
  for (const site of visibleSites(sites, opened(shown, 'area', AREA_IDS), query)) counts.areas[site.zone] += 1;
  for (const site of visibleSites(sites, opened(shown, 'category', CATEGORIES), query))
    counts.categories[site.category] += 1;
  for (const site of visibleSites(sites, opened(shown, 'theme', THEME_CHOICES), query)) {
    if (site.themes.length === 0) counts.themes.none += 1;
    for (const theme of new Set(site.themes)) counts.themes[theme] += 1;
  }
  return counts;
}
