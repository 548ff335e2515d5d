import type { Site } from '../model/types';
import { foldQuery, matchTier, siteKeys, type SiteKeys } from './match-tier';
import type { SiteIndex } from './site-index';

const SEP = '\u0001';

/**
 * A search index for a short list (up to SYNC_INDEX_MAX sites), built at once: each site's names folded once (lower case, no tone marks or
 * punctuation, both languages, and its pinyin from the data: no pinyin library), kept as its match
 * keys and as one string of them. A query first keeps the sites whose string holds it (every match
 * searchSites makes is a substring of one key), then ranks only those, by the same rules
 * (match-tier.ts). So a keystroke over 100,000 sites costs one `includes` per site.
 */
export function scanSiteIndex(sites: readonly Site[]): SiteIndex {
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
