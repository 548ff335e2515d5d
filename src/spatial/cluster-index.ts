import type Supercluster from 'supercluster';
import { newSupercluster, type ClusterProps, type ClusterSettings } from './new-supercluster';
import { lonLatToPixel, pixelToLonLat } from './web-mercator';

/** A point to cluster: a site, reduced to what clustering needs. */
export interface ClusterPoint {
  id: string;
  lonlat: [number, number];
  /** Tab order: lower first (the area's rank); a cluster takes its members' lowest. */
  rank: number;
}

/** One thing to draw: a single site, or a group of sites too close to tap apart. */
export interface Mark {
  /** Stable while the same sites stay grouped the same way at the same zoom: for diffing. */
  key: string;
  lonlat: [number, number];
  /** How many sites it stands for (1: a single site). */
  count: number;
  /** The site, for a single. */
  siteId?: string;
  rank: number;
  /** supercluster cluster ids and single site ids merged into this mark (internal to the index). */
  clusterIds: readonly number[];
  siteIds: readonly string[];
}

export interface ClusterIndexOptions {
  /** The tap target's side in px: no two marks' boxes of this size (plus `gapPx`) overlap. Default 32. */
  boxPx?: number;
  gapPx?: number;
  /** The deepest zoom the map allows; sites still too close there stay grouped (default 18). */
  maxZoom?: number;
}

export interface ClusterIndex {
  /**
   * What to draw in `bbox` ([west, south, east, north]) at `zoom` (fractional zooms allowed): every
   * site there once, alone or in a group, with no two marks' tap boxes overlapping.
   */
  marks(bbox: readonly [number, number, number, number], zoom: number): Mark[];
  /** The zoom at which a mark's sites first come apart, or undefined when they never do (same spot). */
  expansionZoom(mark: Mark, zoom: number): number | undefined;
  /** Every site id a mark stands for. */
  leaves(mark: Mark): string[];
  /** The lowest zoom ≥ `zoom` at which the site is drawn alone, or undefined when it never is. */
  zoomAlone(id: string, zoom: number): number | undefined;
}

type Props = ClusterProps;

/** supercluster's settings for these options: what a packed build (packed-clusters.ts) is made with. */
export function clusterSettings(options: ClusterIndexOptions = {}): ClusterSettings {
  // Centres at least this far apart (Euclidean) have square boxes of `box + gap` that do not meet.
  const radius = Math.ceil(((options.boxPx ?? 32) + (options.gapPx ?? 2)) * Math.SQRT2);
  return { radius, maxZoom: options.maxZoom ?? 18 };
}

/**
 * A supercluster index over `points`, built once per set of points (O(n log n)) and then queried
 * per view: a query costs what is in view, not what is in the index, so it scales to 100,000 sites.
 * supercluster groups by a radius at whole zooms; a second pass in screen pixels at the exact
 * (fractional) zoom merges what would still overlap, so the promise "no two tap boxes overlap"
 * holds whatever centroid a cluster lands on.
 *
 * `revive`: makes the supercluster index from a build done elsewhere over the same points in the same
 * order (a Worker: cluster-index-off-thread.ts, packed-clusters.ts), so only the cheap part runs here.
 */
export function clusterIndex(
  points: readonly ClusterPoint[],
  options: ClusterIndexOptions = {},
  revive?: (
    settings: ClusterSettings,
    count: number,
    feature: (i: number) => Supercluster.PointFeature<Props>,
  ) => Supercluster<Props, Props>,
): ClusterIndex {
  const box = options.boxPx ?? 32;
  const gap = options.gapPx ?? 2;
  const settings = clusterSettings(options);
  const maxZoom = settings.maxZoom;
  const feature = (p: ClusterPoint): Supercluster.PointFeature<Props> => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [p.lonlat[0], p.lonlat[1]] },
    properties: { id: p.id, rank: p.rank },
  });
  const index = revive
    ? revive(settings, points.length, (i) => feature(points[i]))
    : newSupercluster(settings).load(points.map(feature));
  // Only `zoomAlone` looks a site up by id (a site chosen in the list): made then, not for every index.
  let byIdMade: Map<string, ClusterPoint> | undefined;
  const byId = () => (byIdMade ??= new Map(points.map((p) => [p.id, p])));

  function marks(bbox: readonly [number, number, number, number], zoom: number): Mark[] {
    const raw = index.getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], Math.floor(zoom)).map((f): Mark => {
      const lonlat = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<Supercluster.ClusterProperties> & Props;
      if (p.cluster)
        return {
          key: `c${p.cluster_id}`,
          lonlat,
          count: p.point_count!,
          rank: p.rank,
          clusterIds: [p.cluster_id!],
          siteIds: [],
        };
      return { key: `s:${p.id}`, lonlat, count: 1, siteId: p.id, rank: p.rank, clusterIds: [], siteIds: [p.id] };
    });
    return mergeOverlapping(raw, zoom, box + gap);
  }

  function leaves(mark: Mark): string[] {
    const ids = [...mark.siteIds];
    for (const cid of mark.clusterIds)
      for (const f of index.getLeaves(cid, Infinity)) ids.push((f.properties as Props).id);
    return ids;
  }

  function expansionZoom(mark: Mark, zoom: number): number | undefined {
    if (mark.count === 1) return undefined;
    // One supercluster cluster: where it splits. Merged by the pixel pass: the next zoom doubles
    // every distance between its parts.
    const z =
      mark.clusterIds.length === 1 && mark.siteIds.length === 0
        ? index.getClusterExpansionZoom(mark.clusterIds[0])
        : Math.floor(zoom) + 1;
    // A group that has not split at the deepest zoom never will (its sites share a spot).
    for (let at = Math.max(z, Math.floor(zoom) + 1); at <= maxZoom; at++) {
      const [x, y] = lonLatToPixel(mark.lonlat, at);
      const near = marks(viewAround(x, y, at, box * 4), at);
      const ids = new Set(leaves(mark));
      if (near.some((m) => m.siteId !== undefined && ids.has(m.siteId))) return at;
    }
    return undefined;
  }

  function zoomAlone(id: string, zoom: number): number | undefined {
    const p = byId().get(id);
    if (!p) return undefined;
    for (let at = zoom; at <= maxZoom; at = Math.floor(at) + 1) {
      const [x, y] = lonLatToPixel(p.lonlat, at);
      if (marks(viewAround(x, y, at, box * 4), at).some((m) => m.siteId === id)) return at;
    }
    return undefined;
  }

  return { marks, leaves, expansionZoom, zoomAlone };
}

/** [west, south, east, north] of a square of `half` px either side of world pixel (x, y). */
function viewAround(x: number, y: number, zoom: number, half: number): [number, number, number, number] {
  const [w, n] = pixelToLonLat([x - half, y - half], zoom);
  const [e, s] = pixelToLonLat([x + half, y + half], zoom);
  return [w, s, e, n];
}

/**
 * Joins marks whose square boxes of side `side` px (centred on them, at `zoom`) overlap, until none
 * do. Each join sits at its parts' count-weighted centre, which may meet another mark: so repeat.
 *
 * The order of joins is that of the plain rule "join the first overlapping pair (lowest i, then
 * lowest j), start over", so the result is the same; but it costs what the joins touch, not a restart
 * over every mark after each join (cubic in the worst case: thousands of sites on one spot). Marks
 * are found through a grid of `side` px cells. After a join at i, no mark before i can overlap any
 * but the new one (they overlapped nothing before), so the next pair is the first of those with the
 * new one, or else the search goes on from i.
 */
export function mergeOverlapping(input: readonly Mark[], zoom: number, side: number): Mark[] {
  const marks: (Mark | undefined)[] = [...input];
  const px = marks.map((m) => lonLatToPixel(m!.lonlat, zoom));
  const grid = new Map<string, Set<number>>();
  const cellOf = (i: number) => `${Math.floor(px[i][0] / side)},${Math.floor(px[i][1] / side)}`;
  const put = (i: number) => {
    const key = cellOf(i);
    let cell = grid.get(key);
    if (!cell) grid.set(key, (cell = new Set()));
    cell.add(i);
  };
  const take = (i: number) => grid.get(cellOf(i))?.delete(i);
  marks.forEach((_, i) => put(i));
  /** The lowest index in (from, to) whose mark overlaps mark i, or -1. */
  const firstOverlap = (i: number, from: number, to: number): number => {
    const cx = Math.floor(px[i][0] / side);
    const cy = Math.floor(px[i][1] / side);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= from || j >= to || (best !== -1 && j >= best)) continue;
          if (Math.abs(px[i][0] - px[j][0]) >= side || Math.abs(px[i][1] - px[j][1]) >= side) continue;
          best = j;
        }
    return best;
  };
  /** Joins marks i < j into slot i. */
  const join = (i: number, j: number) => {
    const a = marks[i]!;
    const b = marks[j]!;
    const count = a.count + b.count;
    const at: [number, number] = [
      (px[i][0] * a.count + px[j][0] * b.count) / count,
      (px[i][1] * a.count + px[j][1] * b.count) / count,
    ];
    const clusterIds = [...a.clusterIds, ...b.clusterIds].sort((x, y) => x - y);
    const siteIds = [...a.siteIds, ...b.siteIds].sort();
    take(i);
    take(j);
    marks[j] = undefined;
    marks[i] = {
      key: `m${clusterIds.join(',')};${siteIds.join(',')}`,
      lonlat: pixelToLonLat(at, zoom),
      count,
      rank: Math.min(a.rank, b.rank),
      clusterIds,
      siteIds,
    };
    // Where the next round would see it: its place read back from its coordinates.
    px[i] = lonLatToPixel(marks[i]!.lonlat, zoom);
    put(i);
  };
  for (let i = 0; i < marks.length;) {
    if (!marks[i]) {
      i++;
      continue;
    }
    const j = firstOverlap(i, i, marks.length);
    if (j === -1) {
      i++;
      continue;
    }
    join(i, j);
    // Earlier marks overlap nothing but, now, the join: the first that does pairs with it next.
    for (let before = firstOverlap(i, -1, i); before !== -1; before = firstOverlap(i, -1, i)) {
      join(before, i);
      i = before;
    }
  }
  return marks.filter((m): m is Mark => m !== undefined);
}
