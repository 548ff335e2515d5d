import type { Site } from '../model/types';
import { scanSiteIndex } from './scan-site-index';

/** Sites prepared once for search. */
export interface SiteIndex {
  /** What searchSites(sites, query) gives, best first; ties in input order. */
  search(query: string): Site[];
}

/**
 * Up to this many sites an index is built when first asked for, at once (scan-site-index.ts: a few
 * ms). A longer list is indexed in slices between frames (build-site-index.ts, loaded then), and is
 * not searchable until it is (`whenSiteIndexReady`).
 */
export const SYNC_INDEX_MAX = 5_000;

// One index per sites array: a memo, not shared state (the array is immutable in this codebase:
// every change of sites is a new array). A large array's entry is its build's promise until it is done.
const indexes = new WeakMap<readonly Site[], SiteIndex>();
const building = new WeakMap<readonly Site[], Promise<SiteIndex>>();

/** Whether a query over `sites` is answered now (readySiteIndex would give an index). Starts nothing. */
export function siteIndexReady(sites: readonly Site[]): boolean {
  return sites.length <= SYNC_INDEX_MAX || indexes.has(sites);
}

/**
 * The index of `sites` when it can answer now: always for up to SYNC_INDEX_MAX sites (built at once
 * if need be); for more, once the build in slices has ended, and undefined until then (the call
 * starts that build if nothing had).
 */
export function readySiteIndex(sites: readonly Site[]): SiteIndex | undefined {
  let index = indexes.get(sites);
  if (index) return index;
  if (sites.length <= SYNC_INDEX_MAX) indexes.set(sites, (index = scanSiteIndex(sites)));
  else void whenSiteIndexReady(sites);
  return index;
}

/**
 * The index of `sites` once it is built: a list over SYNC_INDEX_MAX sites is indexed in slices
 * between frames (started once per array, here or by readySiteIndex), a shorter one at once.
 */
export function whenSiteIndexReady(sites: readonly Site[]): Promise<SiteIndex> {
  const index = indexes.get(sites) ?? (sites.length <= SYNC_INDEX_MAX ? readySiteIndex(sites) : undefined);
  if (index) return Promise.resolve(index);
  let build = building.get(sites);
  if (!build) {
    build = import('./build-site-index')
      .then(({ buildSiteIndexInSlices }) => buildSiteIndexInSlices(sites))
      .then((built) => {
        indexes.set(sites, built);
        building.delete(sites);
        return built;
      });
    building.set(sites, build);
  }
  return build;
}
