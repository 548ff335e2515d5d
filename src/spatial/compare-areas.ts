import type { AreaId, Category, Layout, Site, Theme } from '../model/types';
import { AREA_IDS } from '../model/types';
import { countKinds } from '../search/count-kinds';
import { heritageLevel } from '../search/heritage-level';
import { areaKm2 } from './area-km2';
import { distanceToAxisKm } from './distance-to-axis';
import { median } from './median';

/** One area's figures, for the compare table, its CSV and the area card. */
export interface AreaRow {
  id: AreaId;
  areaKm2: number;
  /** Ids of the sites the data places in this area (their `zone`), in data order. */
  siteIds: string[];
  sites: number;
  /** Sites per 100 km² of the (schematic) area. */
  perHundredKm2: number;
  /** Sites per category; categories with none are left out. */
  byCategory: Partial<Record<Category, number>>;
  /** Sites per theme (a site with two themes counts in both); themes with none are left out. */
  byTheme: Partial<Record<Theme, number>>;
  /** Sites without a theme. */
  noTheme: number;
  /** Heritage-listed sites by their highest listing (src/search/heritage-level.ts). */
  national: number;
  provincial: number;
  /** Median distance of its sites from the axis, km; undefined for an area without sites. */
  medianAxisKm?: number;
}

/**
 * The core and the four zones side by side: size (turf's geodesic area), the sites the data places in
 * each, their density, kinds, heritage listings and median distance from the axis (turf). Membership is
 * the site's published `zone`, the same the legend and the list count, so the figures agree everywhere.
 * Rows in AREA_IDS order; inputs are not changed.
 */
export function compareAreas(layout: Pick<Layout, 'core' | 'zones' | 'axis'>, sites: readonly Site[]): AreaRow[] {
  const shapes = new Map<AreaId, Layout['core']['geometry']>([['core', layout.core.geometry]]);
  for (const zone of layout.zones) shapes.set(zone.id, zone.geometry);
  return AREA_IDS.filter((id) => shapes.has(id)).map((id) => {
    const km2 = areaKm2(shapes.get(id)!);
    const mine = sites.filter((s) => s.zone === id);
    let national = 0;
    let provincial = 0;
    for (const s of mine) {
      const level = heritageLevel(s);
      if (level === 'national') national++;
      if (level === 'provincial') provincial++;
    }
    return {
      id,
      areaKm2: km2,
      siteIds: mine.map((s) => s.id),
      sites: mine.length,
      perHundredKm2: km2 > 0 ? (mine.length / km2) * 100 : 0,
      ...countKinds(mine),
      national,
      provincial,
      medianAxisKm: median(mine.map((s) => distanceToAxisKm(layout.axis.geometry, s.coordinates))),
    };
  });
}
