import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { MultiPolygon, Polygon } from 'geojson';

/** How far from the district a visitor may be and still be "near": beyond it, "near me" says so. */
export const FAR_FROM_DISTRICT_KM = 50;

export interface PlaceInDistrict {
  inside: boolean;
  /** Distance to the district's outline, km (0 on it); measured inside too. */
  kmToBoundary: number;
  /** Outside and more than `farKm` from the outline: distances to sites mean little to this visitor. */
  far: boolean;
}

/**
 * Where a point ([lon, lat], WGS84) is with respect to the district's outline: inside or not, how far
 * from its edge (the nearest ring, holes included, turf geodesic), and whether that is too far for
 * "near me" (`farKm`, default 50 km).
 */
export function placeInDistrict(
  outline: Polygon | MultiPolygon,
  point: readonly [number, number],
  options: { farKm?: number } = {},
): PlaceInDistrict {
  const at: [number, number] = [point[0], point[1]];
  const rings = outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat();
  const kmToBoundary = Math.min(
    ...rings.map((ring) => pointToLineDistance(at, { type: 'LineString', coordinates: ring }, { units: 'kilometers' })),
  );
  const inside = booleanPointInPolygon(at, outline);
  return { inside, kmToBoundary, far: !inside && kmToBoundary > (options.farKm ?? FAR_FROM_DISTRICT_KM) };
}
