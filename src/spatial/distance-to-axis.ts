import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { LineString } from 'geojson';

/** Shortest geodesic distance in km from a [lon, lat] point to the axis line (turf). */
export function distanceToAxisKm(axis: LineString, point: readonly [number, number]): number {
  return pointToLineDistance([point[0], point[1]], axis, { units: 'kilometers' });
}
