import { area } from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';

/** Geodesic area of a polygon in km² (turf's spherical formula; WGS84 input). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / 1e6;
}
