/**
 * Checks every position of a geometry against what a WGS84 map of the Wuwei area can hold.
 * A schema sees numbers; this sees the mistakes people make with them: swapped longitude and
 * latitude, projected metres instead of degrees, a point on the wrong continent, an open ring.
 */
import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] around 武威市 with a margin: data meant for this map lies inside. */
export const WUWEI_REGION: readonly [number, number, number, number] = [101.5, 36.5, 104.5, 39.7];

export interface PositionProblem {
  field: string;
  problem: string;
}

function fmt(p: Position): string {
  return `[${p[0]}, ${p[1]}]`;
}

function checkPosition(p: Position, field: string, region: readonly number[]): PositionProblem | undefined {
  const [lon, lat] = p;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return { field, problem: `${fmt(p)} is not a pair of finite numbers` };
  if (Math.abs(lon) > 360 || Math.abs(lat) > 360) {
    return { field, problem: `${fmt(p)} looks like projected metres, not WGS84 degrees (RFC 7946 requires longitude, latitude in degrees)` };
  }
  const [w, s, e, n] = region;
  const inside = (x: number, y: number) => x >= w && x <= e && y >= s && y <= n;
  if (inside(lon, lat)) return undefined;
  if (inside(lat, lon)) return { field, problem: `${fmt(p)} has longitude and latitude swapped (GeoJSON order is [longitude, latitude])` };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { field, problem: `${fmt(p)} is out of range (longitude -180..180, latitude -90..90)` };
  return { field, problem: `${fmt(p)} lies outside the Wuwei area (longitude ${w}..${e}, latitude ${s}..${n})` };
}

function checkRing(ring: Position[], field: string): PositionProblem | undefined {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) return { field, problem: 'the ring is not closed: its last position must repeat its first' };
  return undefined;
}

/**
 * The first problem in a geometry's positions, or undefined when it is fit to draw.
 * `selfIntersections: false` skips the ring-crossing check: it is O(n²) in a ring's vertices.
 */
export function checkPositions(
  geometry: Geometry,
  region: readonly number[] = WUWEI_REGION,
  options: { selfIntersections?: boolean } = {},
): PositionProblem | undefined {
  const base = 'geometry.coordinates';
  switch (geometry.type) {
    case 'Point':
      return checkPosition(geometry.coordinates, base, region);
    case 'LineString':
      for (const [i, p] of geometry.coordinates.entries()) {
        const bad = checkPosition(p, `${base}[${i}]`, region);
        if (bad) return bad;
      }
      return undefined;
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const prefix = (k: number) => (geometry.type === 'Polygon' ? base : `${base}[${k}]`);
      for (const [k, rings] of polygons.entries()) {
        for (const [r, ring] of rings.entries()) {
          for (const [i, p] of ring.entries()) {
            const bad = checkPosition(p, `${prefix(k)}[${r}][${i}]`, region);
            if (bad) return bad;
          }
          const open = checkRing(ring, `${prefix(k)}[${r}]`);
          if (open) return open;
        }
      }
      if (options.selfIntersections === false) return undefined;
      const crossings = kinks(geometry).features;
      if (crossings.length > 0) {
        const [x, y] = crossings[0].geometry.coordinates;
        return { field: base, problem: `the outline crosses itself near [${x.toFixed(5)}, ${y.toFixed(5)}] (a self-intersecting ring)` };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
