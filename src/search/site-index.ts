import type { Site } from '../model/types';
import { foldQuery, matchTier, siteKeys, type SiteKeys } from './match-tier';

/** Sites prepared once for search: each keystroke then scans plain strings, not 100,000 sites' names. */
export interface SiteIndex {
  /** What searchSites(sites, query) gives, best first; ties in input order. */
  search(query: string): Site[];
}

const SEP = '\u0001';

/**
 * Builds a search index over `sites`: each site's names folded once (lower case, no tone marks or
 * punctuation, both languages, and its pinyin from the data: no pinyin library), kept as its match
 * keys and as one string of them. A query first keeps the sites whose string holds it (every match
 * searchSites makes is a substring of one key), then ranks only those, by the same rules
 * (match-tier.ts). So a keystroke over 100,000 sites costs one `includes` per site.
 */
export function buildSiteIndex(sites: readonly Site[]): SiteIndex {
  const keys: SiteKeys[] = [];
  const hay: string[] = [];
  for (const site of sites) {
    const k = siteKeys(site);
    keys.push(k);
    hay.push([k.zh, k.en, k.enWords, k.full, k.initials].join(SEP));
  }
  return {
    search(query) {
      const folded = foldQuery(query);
      const { q, words } = folded;
      if (!q) return sites.slice();
      const has = (h: string, w: { q: string; qp: string }) => h.includes(w.q) || (w.qp !== '' && h.includes(w.qp));
      // One list per tier (0-4): concatenated, they are the stable sort by tier, in one pass.
      const tiers: Site[][] = [[], [], [], [], []];
      for (let i = 0; i < sites.length; i++) {
        const h = hay[i];
        if (!has(h, folded) && !(words.length > 1 && words.every((w) => has(h, w)))) continue;
        const tier = matchTier(keys[i], folded);
        if (tier !== undefined) tiers[tier].push(sites[i]);
      }
      return tiers.flat();
    },
  };
}

// One index per sites array, built on its first search: a memo, not shared state (the array is
// immutable in this codebase: every change of sites is a new array).
const indexes = new WeakMap<readonly Site[], SiteIndex>();

/** The index of `sites`, built once per array. */
export function siteIndex(sites: readonly Site[]): SiteIndex {
  let index = indexes.get(sites);
  if (!index) indexes.set(sites, (index = buildSiteIndex(sites)));
  return index;
}
