import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeOverlapping, type Mark } from '../../src/spatial/cluster-index';
import { lonLatToPixel, pixelToLonLat } from '../../src/spatial/web-mercator';

/**
 * The plain rule mergeOverlapping keeps: join the first overlapping pair (lowest i, then lowest j),
 * start over. Cubic at worst; the module finds the same joins through a grid.
 */
function reference(input: readonly Mark[], zoom: number, side: number): Mark[] {
  let marks = [...input];
  for (let changed = true; changed;) {
    changed = false;
    const px = marks.map((m) => lonLatToPixel(m.lonlat, zoom));
    outer: for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++) {
        if (Math.abs(px[i][0] - px[j][0]) >= side || Math.abs(px[i][1] - px[j][1]) >= side) continue;
        const a = marks[i];
        const b = marks[j];
        const count = a.count + b.count;
        const at: [number, number] = [
          (px[i][0] * a.count + px[j][0] * b.count) / count,
          (px[i][1] * a.count + px[j][1] * b.count) / count,
        ];
        const clusterIds = [...a.clusterIds, ...b.clusterIds].sort((x, y) => x - y);
        const siteIds = [...a.siteIds, ...b.siteIds].sort();
        const joined: Mark = {
          key: `m${clusterIds.join(',')};${siteIds.join(',')}`,
          lonlat: pixelToLonLat(at, zoom),
          count,
          rank: Math.min(a.rank, b.rank),
          clusterIds,
          siteIds,
        };
        marks = [...marks.slice(0, i), joined, ...marks.slice(i + 1, j), ...marks.slice(j + 1)];
        changed = true;
        break outer;
      }
  }
  return marks;
}

const ZOOM = 12;
/** A mark at world pixel (x, y) at ZOOM: a single site, or a cluster of `count`. */
function mark(i: number, x: number, y: number, count: number, rank: number): Mark {
  const lonlat = pixelToLonLat([x, y], ZOOM);
  return count === 1
    ? { key: `s:p${i}`, lonlat, count, siteId: `p${i}`, rank, clusterIds: [], siteIds: [`p${i}`] }
    : { key: `c${i}`, lonlat, count, rank, clusterIds: [i], siteIds: [] };
}

// Marks in a 600 px square near Wuwei at zoom 12, bunched so that joins chain into one another.
const marksArb = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 600 }),
      count: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 50 })),
      rank: fc.integer({ min: 0, max: 4 }),
    }),
    { maxLength: 60 },
  )
  .map((raw) => {
    const [ox, oy] = lonLatToPixel([102.6, 37.9], ZOOM);
    return raw.map((r, i) => mark(i, ox + r.x, oy + r.y, r.count, r.rank));
  });

describe('mergeOverlapping', () => {
  it('joins exactly as the plain first-pair-and-start-over rule does (same marks, same order)', () => {
    fc.assert(
      fc.property(marksArb, fc.constantFrom(20, 34, 90), (marks, side) => {
        expect(mergeOverlapping(marks, ZOOM, side)).toEqual(reference(marks, ZOOM, side));
      }),
      { numRuns: 300 },
    );
  });

  it(
    'leaves no two boxes overlapping and loses no site, with 3,000 marks on one spot and more around it',
    { timeout: 60_000 },
    () => {
      const [ox, oy] = lonLatToPixel([102.6, 37.9], ZOOM);
      const marks = Array.from({ length: 4000 }, (_, i) =>
        i < 3000 ? mark(i, ox, oy, 1, 0) : mark(i, ox + (i % 40) * 20, oy + Math.floor((i - 3000) / 40) * 20, 1, 1),
      );
      const merged = mergeOverlapping(marks, ZOOM, 34);
      expect(merged.reduce((n, m) => n + m.count, 0)).toBe(4000);
      expect(new Set(merged.flatMap((m) => m.siteIds)).size).toBe(4000);
      const px = merged.map((m) => lonLatToPixel(m.lonlat, ZOOM));
      let closest = Infinity;
      for (let i = 0; i < px.length; i++)
        for (let j = i + 1; j < px.length; j++)
          closest = Math.min(closest, Math.max(Math.abs(px[i][0] - px[j][0]), Math.abs(px[i][1] - px[j][1])));
      expect(closest).toBeGreaterThanOrEqual(34);
    },
  );
});
