import { describe, expect, it } from 'vitest';
import { clusterIndex, type ClusterPoint } from '../../src/spatial/cluster-index';
import { spreadAround } from '../../src/spatial/spread-around';
import { lonLatToPixel } from '../../src/spatial/web-mercator';

const world: [number, number, number, number] = [-180, -85, 180, 85];
const at = (id: string, lonlat: [number, number], rank = 0): ClusterPoint => ({ id, lonlat, rank });

/** A seeded grid of points around Wuwei, some on the same spot. */
function points(n: number): ClusterPoint[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => at(`p${i}`, [102.3 + rnd() * 0.7, 37.5 + rnd() * 0.6], i % 5));
}

describe('clusterIndex', () => {
  it('draws every point once, and no two tap boxes overlap, at every zoom', () => {
    const pts = [...points(120), at('same-a', [102.64, 37.93]), at('same-b', [102.64, 37.93])];
    const index = clusterIndex(pts, { boxPx: 32, gapPx: 2, maxZoom: 18 });
    for (let z = 7; z <= 18; z += 0.75) {
      const marks = index.marks(world, z);
      expect(marks.reduce((n, m) => n + m.count, 0)).toBe(pts.length);
      const ids = marks.flatMap((m) => index.leaves(m));
      expect(new Set(ids).size).toBe(pts.length);
      const px = marks.map((m) => lonLatToPixel(m.lonlat, z));
      let closest = Infinity;
      for (let i = 0; i < px.length; i++)
        for (let j = i + 1; j < px.length; j++)
          closest = Math.min(closest, Math.max(Math.abs(px[i][0] - px[j][0]), Math.abs(px[i][1] - px[j][1])));
      expect(closest, `zoom ${z}`).toBeGreaterThanOrEqual(34);
    }
  });

  it('a cluster takes its members\u2019 lowest rank (the Tab order by area)', () => {
    const index = clusterIndex([at('a', [102.64, 37.93], 3), at('b', [102.6401, 37.9301], 1)]);
    const [m] = index.marks(world, 9);
    expect(m.count).toBe(2);
    expect(m.rank).toBe(1);
  });

  it('says at which zoom a site stands alone, and that one sharing its spot never does', () => {
    const index = clusterIndex([
      at('tiantishan', [102.7403, 37.5656]),
      at('reservoir', [102.735, 37.564]),
      at('same-a', [102.9, 38.3]),
      at('same-b', [102.9, 38.3]),
    ]);
    const z = index.zoomAlone('tiantishan', 9.5)!;
    expect(z).toBeGreaterThan(9.5);
    expect(index.marks(world, z).some((m) => m.siteId === 'tiantishan')).toBe(true);
    expect(index.marks(world, z - 1).some((m) => m.siteId === 'tiantishan')).toBe(false);
    expect(index.zoomAlone('same-a', 7)).toBeUndefined();
    const same = index.marks(world, 18).find((m) => m.count === 2)!;
    expect(index.expansionZoom(same, 18)).toBeUndefined();
    expect(index.leaves(same).sort()).toEqual(['same-a', 'same-b']);
  });

  it('answers a view with only what is in it', () => {
    const index = clusterIndex(points(2000));
    const inView = index.marks([102.6, 37.9, 102.65, 37.95], 15);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.reduce((n, m) => n + m.count, 0)).toBeLessThan(2000);
  });
});

describe('spreadAround', () => {
  it('puts n sites on a circle with tap boxes apart', () => {
    const spots = spreadAround([102.9, 38.3], 5, 18, 34);
    const px = spots.map((s) => lonLatToPixel(s, 18));
    for (let i = 0; i < px.length; i++)
      for (let j = i + 1; j < px.length; j++)
        expect(Math.max(Math.abs(px[i][0] - px[j][0]), Math.abs(px[i][1] - px[j][1]))).toBeGreaterThanOrEqual(34);
  });
});
