import type { AreaId, Category, Site, Theme } from '../model/types';

/** A map view as [west, south, east, north], in degrees (WGS84), like a GeoJSON bbox. */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/**
 * What to keep. A missing field keeps everything; an empty array keeps nothing (a panel with every
 * category unticked shows no site).
 */
export interface SiteFilter {
  /** Sites in any of these areas (`core` or a zone). */
  zones?: readonly AreaId[];
  /** Sites of any of these categories. */
  categories?: readonly Category[];
  /** Sites with at least one of these themes. */
  themes?: readonly Theme[];
  /** Sites inside this view, edges included. West > east means the view crosses the antimeridian. */
  bounds?: Bounds;
}

function inBounds([lon, lat]: readonly [number, number], [west, south, east, north]: Bounds): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** The sites that pass every given condition, in input order. `sites` is not changed. */
export function filterSites(sites: readonly Site[], filter: SiteFilter = {}): Site[] {
  const { zones, categories, themes, bounds } = filter;
  return sites.filter(
    (site) =>
      (!zones || zones.includes(site.zone)) &&
      (!categories || categories.includes(site.category)) &&
      (!themes || site.themes.some((theme) => themes.includes(theme))) &&
      (!bounds || inBounds(site.coordinates, bounds)),
  );
}
