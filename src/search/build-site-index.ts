import type { Site } from '../model/types';
import { foldQuery, type FoldedQuery } from './match-tier';
import { narrows, rankRecords } from './rank-records';
import { SiteIndexBuilder, type SiteIndexData } from './site-index-builder';
import type { SiteIndex } from './site-index';

// Loaded on first use (site-index.ts imports it when a list over SYNC_INDEX_MAX sites arrives): the
// built-in sites and short lists never need it, and the map's first paint does not carry it.
//
// Why the index is built on the main thread, between frames, and not in the Worker that checks a
// `src` file (issue 13; measured with npm run bench:search): what is searched is the map's composed
// list (the built-in sites with the file's, same ids replaced, or a `sites` property checked on this
// thread), not the Worker's array, so its records would have to be matched to the sites here anyway;
// and the Worker's index would come back as ~5 MB of strings per 100,000 sites, copied into this
// thread. In slices, one path serves `src`, `sites`, the main-thread fallback and any later list:
// about 1 s of CPU per 100,000 sites, in tasks of about 5-8 ms.

/**
 * Sites are folded for this long (ms) per slice of a build between frames; joining them into the
 * slice's strings adds about half as much. Well under a frame, so a keystroke or a pan is answered
 * between two slices, and far under a long task (50 ms).
 */
export const INDEX_SLICE_MS = 5;

/**
 * The search over built index data: `rankRecords` mapped back to the sites. The last answer is kept:
 * the map, the list and the legend's counts ask for the same query in one keystroke (one search),
 * and the next keystroke usually extends it (then only the sites it found are read again).
 */
function indexOver(sites: readonly Site[], data: SiteIndexData): SiteIndex {
  let last: { query: string; folded: FoldedQuery; found: Site[]; matched: Int32Array } | undefined;
  return {
    search(query) {
      if (last?.query === query) return last.found.slice();
      const folded = foldQuery(query);
      if (!folded.q) return sites.slice();
      const { ranked, matched } = rankRecords(
        data,
        folded,
        last && narrows(last.folded, folded) ? last.matched : undefined,
      );
      const found = new Array<Site>(ranked.length);
      for (let i = 0; i < ranked.length; i++) found[i] = sites[ranked[i]];
      last = { query, folded, found, matched };
      return found.slice();
    },
  };
}

/**
 * Builds a search index over `sites` at once: each site's names folded once (lower case, no tone
 * marks or punctuation, both languages, and its pinyin from the data: no pinyin library) into one
 * string (site-index-builder.ts). A query is then found with `indexOf` over that string and ranked
 * by the same rules as searchSites (rank-records.ts).
 */
export function buildSiteIndex(sites: readonly Site[]): SiteIndex {
  const builder = new SiteIndexBuilder();
  builder.add(sites);
  return indexOver(sites, builder.finish());
}

/** Waits for the page to get a turn (a frame, an input) between two slices. */
export type YieldToPage = () => Promise<void>;

const nextTask: YieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds the index a slice of INDEX_SLICE_MS at a time, yielding to the page between slices, so no
 * slice blocks the page for long (a keystroke or a pan gets through). `signal` stops it. `now` is
 * the clock (performance.now).
 */
export async function buildSiteIndexInSlices(
  sites: readonly Site[],
  {
    yieldToPage = nextTask,
    signal,
    sliceMs = INDEX_SLICE_MS,
    now = () => performance.now(),
  }: { yieldToPage?: YieldToPage; signal?: AbortSignal; sliceMs?: number; now?: () => number } = {},
): Promise<SiteIndex> {
  const builder = new SiteIndexBuilder();
  let from = 0;
  while (from < sites.length) {
    await yieldToPage();
    signal?.throwIfAborted();
    const until = now() + sliceMs;
    from = builder.add(sites, from, sites.length, () => now() >= until);
  }
  return indexOver(sites, builder.finish());
}
