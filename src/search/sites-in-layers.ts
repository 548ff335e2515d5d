import { CATEGORIES, THEMES, type Site } from '../model/types';
import { filterSites } from './filter-sites';

/**
 * The sites a map shows for a set of visible layer ids (see `layerIds`): `sites` must be visible,
 * and the site's `category:*`, and one of its `theme:*` unless it has no theme at all (a site
 * without a theme would otherwise vanish with no toggle to bring it back). Zone and core toggles
 * hide areas, not the sites in them. In input order; `sites` is not changed.
 */
export function sitesInLayers(sites: readonly Site[], visible: Iterable<string>): Site[] {
  const shown = new Set(visible);
  if (!shown.has('sites')) return [];
  const byCategory = filterSites(sites, { categories: CATEGORIES.filter((c) => shown.has(`category:${c}`)) });
  const themes = THEMES.filter((t) => shown.has(`theme:${t}`));
  return byCategory.filter((site) => site.themes.length === 0 || filterSites([site], { themes }).length > 0);
}
