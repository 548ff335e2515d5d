import type { AreaId, Axis, Site } from '../model/types';
import { AREA_IDS } from '../model/types';
import { distanceToAxisKm } from './distance-to-axis';

export interface CorridorSite {
  id: string;
  zone: AreaId;
  /** Geodesic distance to the axis, km. */
  distanceKm: number;
}

export interface AxisCorridor {
  widthKm: number;
  /** The sites within `widthKm` of the axis, nearest first (ties by id). */
  sites: CorridorSite[];
  /** How many of them lie in each area (every area listed, 0 included). */
  perArea: Record<AreaId, number>;
}

/**
 * The sites in the corridor `widthKm` either side of the axis. A point lies in turf's buffer of the
 * line exactly when its distance to the line is at most the width, so this measures the distance
 * (turf's pointToLineDistance) rather than testing points against a buffered polygon: the same set,
 * without the polygon's approximation of round ends (the node test checks both agree on the data).
 */
export function axisCorridor(axis: Pick<Axis, 'geometry'>, sites: readonly Site[], widthKm: number): AxisCorridor {
  const perArea = Object.fromEntries(AREA_IDS.map((id) => [id, 0])) as Record<AreaId, number>;
  const inside: CorridorSite[] = [];
  for (const s of sites) {
    const distanceKm = distanceToAxisKm(axis.geometry, s.coordinates);
    if (distanceKm > widthKm) continue;
    inside.push({ id: s.id, zone: s.zone, distanceKm });
    perArea[s.zone]++;
  }
  inside.sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { widthKm, sites: inside, perArea };
}
