import type { Site } from '../model/types';
import { readySiteIndex } from './site-index';

/** The values of one filter that `shown` holds (`area:core` -> `core`): one Set lookup per site, no string built. */
const valuesOf = (shown: ReadonlySet<string>, prefix: string) =>
  new Set([...shown].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length)));

/**
 * The one filter model: which sites pass a set of visible layer ids (see `layerIds`) and a text query.
 * The map's markers, the site list, the legend's counts, the URL and the `layers` attribute all
 * answer from this function, so one filter gives the same sites everywhere.
 *
 * A site passes when its area (`area:<id>`), its category (`category:<id>`) and one of its themes
 * (`theme:<id>`; `theme:none` for a site with no theme) are visible, and the query finds it.
 * `sites` is not a filter: it says whether the map draws the markers at all, and the list lists what
 * the filters keep either way. Zone outlines (`south`) are not filters either: `area:south` is.
 *
 * Input order without a query; with one, best match first (as `searchSites`). `sites` is not changed.
 * The query goes through the sites' search index (site-index.ts): a list of more than SYNC_INDEX_MAX
 * sites is indexed in slices between frames, and until it is (`readySiteIndex` is undefined, and
 * `whenSiteIndexReady` has not settled) the query is not applied yet: the page is never frozen by
 * a search, and whoever shows the result says the search is still being prepared.
 */
export function visibleSites(sites: readonly Site[], visible: Iterable<string>, query = ''): Site[] {
  const shown = new Set(visible);
  // One update asks the same question many times (the markers, the list, the legend's counts, the
  // URL): over 100,000 sites each answer costs ~20 ms, so the answers are kept per sites array (which
  // nobody changes in place, as siteIndex assumes too). A copy goes out: a caller may sort its own.
  // An answer given before the index was ready holds every site (the query not applied yet): it is not
  // kept, or it would stand for the real answer once the index is built.
  if (query.trim() && !readySiteIndex(sites)) return filtered(sites, shown, query);
  const key = `${[...shown].sort().join(',')}\n${query}`;
  let answers = memo.get(sites);
  if (!answers) memo.set(sites, (answers = new Map()));
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size >= MEMO_SIZE) answers.clear();
    answers.set(key, (answer = filtered(sites, shown, query)));
  }
  return answer.slice();
}

/** The last answers for each sites array, by filter and query (a few: the counts ask with one filter opened). */
const memo = new WeakMap<readonly Site[], Map<string, Site[]>>();
const MEMO_SIZE = 32;

function filtered(sites: readonly Site[], shown: ReadonlySet<string>, query: string): Site[] {
  // The query first, through the sites' prebuilt index (a keystroke over 100,000 sites stays within a
  // frame); the filter keeps its order, so the result is the same as filtering and then searching.
  const found = query.trim() ? (readySiteIndex(sites)?.search(query) ?? sites) : sites;
  const areas = valuesOf(shown, 'area:');
  const categories = valuesOf(shown, 'category:');
  const themes = valuesOf(shown, 'theme:');
  return found.filter(
    (site) =>
      areas.has(site.zone) &&
      categories.has(site.category) &&
      (site.themes.length === 0 ? themes.has('none') : site.themes.some((theme) => themes.has(theme))),
  );
}
