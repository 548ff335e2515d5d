/**
 * The district's outline as a small SVG path, for the pages' first frame (scripts/first-paint-plugin.ts
 * writes it into index.html and embed.html at build time): shown before any of the widget's code has
 * run, and replaced by the map once it is drawn.
 *
 * Web Mercator, as the map draws it, so the shape the visitor sees first is the shape that follows.
 * Simplified with Douglas-Peucker, the tolerance doubled until the whole outline has at most
 * `maxPoints` points (each ring keeps at least a triangle), and written with integer coordinates in a
 * box `size` units on its long side: a few kB of markup however detailed the boundary file is.
 */
type Position = readonly [number, number] | readonly number[];
type Ring = readonly Position[];

export interface OutlineGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: readonly Ring[] | readonly (readonly Ring[])[];
}

export interface OutlinePath {
  /** The path data: `M x y L x y … Z` per ring, integers. */
  d: string;
  /** The viewBox's size; its origin is 0 0. */
  width: number;
  height: number;
  /** Points written, all rings together. */
  points: number;
}

type Point = [number, number];

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Squared distance from p to the segment a-b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas-Peucker on an open polyline; keeps both ends. Iterative, so a long ring cannot overflow the stack. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring (first point repeated last, as GeoJSON writes it) simplified; at least 3 distinct points. */
function simplifyRing(ring: Point[], tolerance: number): Point[] {
  const open =
    ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring;
  if (open.length <= 3) return open;
  // Split at the point farthest from the first, so both halves are ordinary polylines.
  let far = 1;
  for (let i = 1; i < open.length; i++)
    if (segmentDistance2(open[i], open[0], open[0]) > segmentDistance2(open[far], open[0], open[0])) far = i;
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]], tolerance);
  const out = [...a, ...b.slice(1, -1)];
  return out.length >= 3 ? out : [open[0], open[far], open[Math.floor((far + open.length) / 2) % open.length]];
}

export function outlinePath(
  geometry: OutlineGeometry,
  options: { maxPoints?: number; size?: number } = {},
): OutlinePath {
  const { maxPoints = 300, size = 1000 } = options;
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as readonly (readonly Ring[])[];
  const rings = polygons.flat().filter((r) => r.length >= 3);
  if (rings.length === 0) throw new TypeError('outlinePath: the geometry has no ring of three points or more');
  const projected: Point[][] = rings.map((r) =>
    r.map((p) => [(Number(p[0]) * Math.PI) / 180, -mercatorY(Number(p[1]))]),
  );
  const all = projected.flat();
  const minX = Math.min(...all.map((p) => p[0]));
  const maxX = Math.max(...all.map((p) => p[0]));
  const minY = Math.min(...all.map((p) => p[1]));
  const maxY = Math.max(...all.map((p) => p[1]));
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = size / span;
  const fitted = projected.map((r) => r.map((p): Point => [(p[0] - minX) * scale, (p[1] - minY) * scale]));

  let tolerance = 0.5;
  let simplified = fitted.map((r) => simplifyRing(r, tolerance));
  const count = () => simplified.reduce((n, r) => n + r.length, 0);
  while (count() > maxPoints && tolerance < size) {
    tolerance *= 2;
    simplified = fitted.map((r) => simplifyRing(r, tolerance));
  }
  const d = simplified.map((r) => `M${r.map((p) => `${Math.round(p[0])} ${Math.round(p[1])}`).join('L')}Z`).join('');
  return {
    d,
    width: Math.max(1, Math.round((maxX - minX) * scale)),
    height: Math.max(1, Math.round((maxY - minY) * scale)),
    points: count(),
  };
}
