import KDBush from 'kdbush';
import type Supercluster from 'supercluster';
import { newSupercluster, type ClusterProps, type ClusterSettings } from './new-supercluster';

/** What clustering needs of a site, packed for a Worker: no strings, no objects, transferred not copied. */
export interface PackedPoints {
  /** [lon0, lat0, lon1, lat1, ...]. */
  lonlat: Float64Array<ArrayBuffer>;
  /** Each point's tab rank (its area's: 0–9). */
  ranks: Uint8Array<ArrayBuffer>;
}

/**
 * A supercluster index, built (the costly part: 1.4 s for 100,000 points on this machine), as typed
 * arrays: per zoom, the KD-tree's own buffer and supercluster's flat table of points and clusters; and
 * each cluster's lowest rank. Reviving it is a few object allocations, whatever the number of points.
 */
export interface PackedClusters {
  points: number;
  /** Index: zoom (0 … maxZoom + 1). */
  trees: { kd: ArrayBuffer; table: Float64Array<ArrayBuffer> }[];
  ranks: Float64Array<ArrayBuffer>;
}

/** Packs sites' positions and ranks for `buildPackedClusters` (in a Worker). */
export function packPoints(points: readonly { lonlat: readonly [number, number]; rank: number }[]): PackedPoints {
  const lonlat = new Float64Array(points.length * 2);
  const ranks = new Uint8Array(points.length);
  points.forEach((p, i) => {
    lonlat[2 * i] = p.lonlat[0];
    lonlat[2 * i + 1] = p.lonlat[1];
    ranks[i] = p.rank;
  });
  return { lonlat, ranks };
}

/** What supercluster keeps that its types do not tell (v8: the trees, their tables, the clusters' properties). */
interface Internals {
  points: unknown[];
  trees: (KDBush & { data: ArrayLike<number> })[];
  clusterProps: ClusterProps[];
}

/** Builds the index over packed points (the Worker's whole job) and packs it: every buffer can be transferred. */
export function buildPackedClusters({ lonlat, ranks }: PackedPoints, settings: ClusterSettings): PackedClusters {
  const index = newSupercluster(settings);
  const features = Array.from(ranks, (rank, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lonlat[2 * i], lonlat[2 * i + 1]] },
    properties: { id: String(i), rank },
  }));
  index.load(features);
  const inside = index as unknown as Internals;
  return {
    points: ranks.length,
    trees: inside.trees.map((tree) => ({
      kd: (tree as unknown as { ids: Uint16Array | Uint32Array }).ids.buffer as ArrayBuffer,
      table: new Float64Array(tree.data),
    })),
    ranks: Float64Array.from(inside.clusterProps, (p) => p.rank),
  };
}

/** The buffers to transfer with a PackedClusters (none is shared with anything else). */
export function clusterBuffers(packed: PackedClusters): ArrayBuffer[] {
  return [...packed.trees.flatMap((t) => [t.kd, t.table.buffer]), packed.ranks.buffer];
}

/**
 * A supercluster index answering from a packed build, as if it had loaded the same points itself (in
 * the same order, with the same settings): `feature(i)` is the i-th of `count` points, made only when a
 * query reaches it, so reviving costs the same for 100 or 100,000 points. It relies on supercluster 8's
 * inner fields (its trees are kdbush 4 indexes, whose buffers `KDBush.from` reads back);
 * test/spatial/packed-clusters.test.ts checks that it answers every query as a loaded one does, so an
 * upgrade that changes them fails there.
 */
export function revivedSupercluster(
  settings: ClusterSettings,
  packed: PackedClusters,
  count: number,
  feature: (i: number) => Supercluster.PointFeature<ClusterProps>,
): Supercluster<ClusterProps, ClusterProps> {
  if (packed.points !== count) throw new Error('the packed clusters were built for other points');
  const index = newSupercluster(settings);
  const inside = index as unknown as Internals;
  inside.points = lazyList(count, feature);
  inside.trees = packed.trees.map(({ kd, table }) => Object.assign(KDBush.from(kd), { data: table }));
  // Read only as whole objects (copied into a cluster's properties), never written after the build.
  inside.clusterProps = lazyList(packed.ranks.length, (i) => ({ id: '', rank: packed.ranks[i] }));
  return index;
}

/** An array of `length` items, each made by `at` when first read (supercluster reads a view's worth). */
function lazyList<T>(length: number, at: (i: number) => T): T[] {
  const made = new Array<T | undefined>(length);
  return new Proxy(made, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && i < length) return (target[i] ??= at(i));
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as T[];
}
