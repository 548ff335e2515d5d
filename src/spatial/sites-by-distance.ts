import { distance } from '@turf/distance';
import type { Site } from '../model/types';

export interface SiteDistance {
  site: Site;
  /** Great-circle distance from the point, km (turf). */
  km: number;
}

/**
 * The sites with their distance from `from` ([lon, lat], WGS84), nearest first; equal distances keep
 * the input order. `limit` keeps the first n (the "nearest sites" view). The input is not changed.
 */
export function sitesByDistance(
  sites: readonly Site[],
  from: readonly [number, number],
  options: { limit?: number } = {},
): SiteDistance[] {
  const ranked = sites
    .map((site, i) => ({ site, i, km: distance([from[0], from[1]], site.coordinates, { units: 'kilometers' }) }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .map(({ site, km }) => ({ site, km }));
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}
