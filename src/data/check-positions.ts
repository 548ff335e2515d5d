/**
 * Checks every position of a geometry against what a WGS84 map of the Wuwei area can hold.
 * The schema checks a geometry's type; this checks its coordinates, position by position: their
 * shape (nested arrays of [lon, lat] numbers, rings of four or more, closed), and the mistakes
 * people make with the numbers: swapped longitude and latitude, projected metres instead of degrees,
 * a point on the wrong continent, a ring that crosses itself. Doing this by hand rather than with a
 * schema per position keeps start-up fast (zod took ~40 ms on the built-in outlines).
 */
import { kinks } from '@turf/kinks';
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] around 武威市 with a margin: data meant for this map lies inside. */
export const WUWEI_REGION: readonly [number, number, number, number] = [101.5, 36.5, 104.5, 39.7];

export interface PositionProblem {
  field: string;
  problem: string;
}

type Check = PositionProblem | undefined;

function fmt(p: Position): string {
  return `[${p[0]}, ${p[1]}]`;
}

function checkPosition(p: unknown, field: string, region: readonly number[]): Check {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number')) {
    return {
      field,
      problem: `should be a position [longitude, latitude], got ${JSON.stringify(p)?.slice(0, 60) ?? 'nothing'}`,
    };
  }
  const [lon, lat] = p as Position;
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return { field, problem: `${fmt(p)} is not a pair of finite numbers` };
  if (Math.abs(lon) > 360 || Math.abs(lat) > 360) {
    return {
      field,
      problem: `${fmt(p)} looks like projected metres, not WGS84 degrees (RFC 7946 requires longitude, latitude in degrees)`,
    };
  }
  const [w, s, e, n] = region;
  const inside = (x: number, y: number) => x >= w && x <= e && y >= s && y <= n;
  if (inside(lon, lat)) return undefined;
  if (inside(lat, lon))
    return { field, problem: `${fmt(p)} has longitude and latitude swapped (GeoJSON order is [longitude, latitude])` };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return { field, problem: `${fmt(p)} is out of range (longitude -180..180, latitude -90..90)` };
  return { field, problem: `${fmt(p)} lies outside the Wuwei area (longitude ${w}..${e}, latitude ${s}..${n})` };
}

function checkList(value: unknown, field: string, min: number, what: string): Check {
  if (!Array.isArray(value))
    return { field, problem: `should be an array of ${what}, got ${JSON.stringify(value)?.slice(0, 60) ?? 'nothing'}` };
  if (value.length < min) return { field, problem: `should hold at least ${min} ${what}, got ${value.length}` };
  return undefined;
}

function checkPositionList(list: unknown, field: string, min: number, region: readonly number[]): Check {
  const bad = checkList(list, field, min, 'positions');
  if (bad) return bad;
  for (const [i, p] of (list as unknown[]).entries()) {
    const badPosition = checkPosition(p, `${field}[${i}]`, region);
    if (badPosition) return badPosition;
  }
  return undefined;
}

function checkRings(rings: unknown, field: string, region: readonly number[]): Check {
  const bad = checkList(rings, field, 1, 'rings');
  if (bad) return bad;
  for (const [r, ring] of (rings as unknown[]).entries()) {
    const badRing = checkPositionList(ring, `${field}[${r}]`, 4, region);
    if (badRing) return badRing;
    const a = (ring as Position[])[0];
    const b = (ring as Position[])[(ring as Position[]).length - 1];
    if (a[0] !== b[0] || a[1] !== b[1])
      return { field: `${field}[${r}]`, problem: 'the ring is not closed: its last position must repeat its first' };
  }
  return undefined;
}

/** The first problem in a geometry's coordinates, or undefined when it is fit to draw. */
export function checkPositions(geometry: Geometry, region: readonly number[] = WUWEI_REGION): Check {
  const base = 'geometry.coordinates';
  const coords: unknown = (geometry as { coordinates?: unknown }).coordinates;
  switch (geometry.type) {
    case 'Point':
      return checkPosition(coords, base, region);
    case 'LineString':
      return checkPositionList(coords, base, 2, region);
    case 'Polygon':
    case 'MultiPolygon': {
      if (geometry.type === 'Polygon') {
        const bad = checkRings(coords, base, region);
        if (bad) return bad;
      } else {
        const bad = checkList(coords, base, 1, 'polygons');
        if (bad) return bad;
        for (const [k, rings] of (coords as unknown[]).entries()) {
          const badPolygon = checkRings(rings, `${base}[${k}]`, region);
          if (badPolygon) return badPolygon;
        }
      }
      const crossings = kinks(geometry).features;
      if (crossings.length > 0) {
        const [x, y] = crossings[0].geometry.coordinates;
        return {
          field: base,
          problem: `the outline crosses itself near [${x.toFixed(5)}, ${y.toFixed(5)}] (a self-intersecting ring)`,
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
