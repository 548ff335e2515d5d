import type { Site } from '../model/types';
import { foldQuery, matchTier, siteKeys } from './match-tier';

export interface SearchOptions {
  /** At most this many results. Default: all of them. */
  limit?: number;
}

/**
 * The sites whose Chinese name, English name or pinyin matches `query`, best first: exact names,
 * then names that start with the query, then matches at a word or syllable start, then anywhere.
 * Ties keep the input order. Case, tone marks, diacritics, spaces and punctuation are ignored, so
 * "雷台", "Leitai", "lei tái" and "lthm" (initials) all find 雷台汉墓. A query of several words that
 * matches no name as a whole matches sites where every word matches (ranked after the others).
 * An empty query returns every site in input order. `sites` is not changed.
 */
export function searchSites(sites: readonly Site[], query: string, options: SearchOptions = {}): Site[] {
  const limit = options.limit ?? Infinity;
  const folded = foldQuery(query);
  if (!folded.q) return sites.slice(0, limit);
  const ranked: Array<{ site: Site; tier: number }> = [];
  for (const site of sites) {
    const tier = matchTier(siteKeys(site), folded);
    if (tier !== undefined) ranked.push({ site, tier });
  }
  // Array.prototype.sort is stable, so equal tiers stay in input order.
  return ranked
    .sort((a, b) => a.tier - b.tier)
    .slice(0, limit)
    .map((r) => r.site);
}
