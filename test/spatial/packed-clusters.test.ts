import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterIndex, clusterSettings, type ClusterPoint } from '../../src/spatial/cluster-index';
import {
  buildPackedClusters,
  clusterBuffers,
  packPoints,
  revivedSupercluster,
  type PackedClusters,
} from '../../src/spatial/packed-clusters';

const world: [number, number, number, number] = [-180, -85, 180, 85];
const options = { boxPx: 32, gapPx: 2, maxZoom: 18 };
const settings = clusterSettings(options);

/** clusterIndex over `points`, answering from `built` (as cluster-index-off-thread.ts makes it). */
const revived = (points: readonly ClusterPoint[], built: PackedClusters) =>
  clusterIndex(points, options, (s, count, feature) => revivedSupercluster(s, built, count, feature));

/** The Worker's way: packed points in, the built index packed out, every buffer transferred (a real structured clone). */
function builtElsewhere(points: readonly ClusterPoint[]): PackedClusters {
  const input = packPoints(points);
  const received = structuredClone(input, { transfer: [input.lonlat.buffer, input.ranks.buffer] });
  expect(input.lonlat.byteLength, 'the points were moved, not copied').toBe(0);
  const packed = buildPackedClusters(received, settings);
  return structuredClone(packed, { transfer: clusterBuffers(packed) });
}

/** Everything the map asks of an index, at `zooms`, as plain data to compare. */
function answers(points: readonly ClusterPoint[], built: PackedClusters | undefined, zooms: number[]) {
  const index = built ? revived(points, built) : clusterIndex(points, options);
  return zooms.map((zoom) => {
    const marks = index.marks(world, zoom);
    return {
      marks: marks.map(({ key, lonlat, count, siteId, rank }) => ({ key, lonlat, count, siteId, rank })),
      leaves: marks.map((m) => index.leaves(m).sort()),
      expansion: marks.map((m) => index.expansionZoom(m, zoom)),
      alone: points.slice(0, 5).map((p) => index.zoomAlone(p.id, zoom)),
    };
  });
}

const point = fc.record({
  lon: fc.double({ min: 102.3, max: 103.0, noNaN: true }),
  lat: fc.double({ min: 37.5, max: 38.1, noNaN: true }),
  rank: fc.integer({ min: 0, max: 9 }),
  // Some points share a spot with the one before (a hotel and its restaurant): they never come apart.
  same: fc.boolean(),
});

describe('packed clusters (the index built in a Worker, revived on the main thread)', () => {
  it('a revived index answers every query exactly as one built in place', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 150 }), (drawn) => {
        const points: ClusterPoint[] = [];
        drawn.forEach((p, i) => {
          const before = points[i - 1];
          const lonlat: [number, number] = p.same && before ? before.lonlat : [p.lon, p.lat];
          points.push({ id: `s${i}`, lonlat, rank: p.rank });
        });
        expect(answers(points, builtElsewhere(points), [8, 11.5, 14, 18])).toEqual(
          answers(points, undefined, [8, 11.5, 14, 18]),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('holds at scale: 10,000 points, every zoom, and the packed build carries no objects but its numbers', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      lonlat: [102.0 + rnd() * 1.4, 37.4 + rnd() * 0.8] as [number, number],
      rank: i % 5,
    }));
    const built = builtElsewhere(points);
    expect(built.trees).toHaveLength(options.maxZoom + 2);
    for (const t of built.trees) expect(t.kd).toBeInstanceOf(ArrayBuffer);
    const zooms = [0, 6, 9, 10.25, 12, 15, 19];
    const here = clusterIndex(points, options);
    const there = revived(points, built);
    for (const zoom of zooms) expect(there.marks(world, zoom)).toEqual(here.marks(world, zoom));
    // Two builds of 10,000 points: seconds on a loaded shared machine, not a figure (npm run bench has those).
  }, 30_000);

  it('refuses a build made for other points', () => {
    const a = [{ id: 'a', lonlat: [102.6, 37.9] as [number, number], rank: 0 }];
    const built = buildPackedClusters(packPoints(a), settings);
    expect(() => revived([...a, { id: 'b', lonlat: [102.7, 37.9], rank: 1 }], built)).toThrow(/other points/);
  });
});
