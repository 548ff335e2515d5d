import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { axisCorridor } from '../../src/spatial/axis-corridor';
import { corridorShape } from '../../src/spatial/corridor-shape';
import { distanceToAxisKm } from '../../src/spatial/distance-to-axis';

const layout = parseLayout(builtInFiles);

/** The point `km` from [lon, lat] on a bearing (degrees from north), on turf's sphere (R = 6371.0088 km). */
function destination(from: number[], km: number, bearingDeg: number): [number, number] {
  const rad = Math.PI / 180;
  const d = km / 6371.0088;
  const [lon1, lat1] = [from[0] * rad, from[1] * rad];
  const b = bearingDeg * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return [lon2 / rad, lat2 / rad];
}

describe('axisCorridor', () => {
  it('lists the golden set of sites within 5 km of the axis, nearest first, with counts per area', () => {
    const c = axisCorridor(layout.axis, layout.sites, 5);
    // Golden: the 24 sites of geo/ within 5 km of the S316 axis (checked against turf's buffer below).
    expect(c.sites.map((s) => s.id)).toEqual([
      'liangzhou-old-city',
      'dongxiangzi-block',
      'wenmiao-historic-district',
      'wuwei-confucian-temple',
      'guzhonglou-historic-district',
      'dayun-temple-bell-tower',
      'wuwei-western-xia-museum',
      'western-xia-stele',
      'hantang-tianma-city',
      'leitai-han-tomb',
      'liangzhou-culture-square',
      'leitai-temple',
      'kumarajiva-temple',
      'luoshisi-historic-district',
      'south-city-gate',
      'tiantishan-grottoes',
      'huangyanghe-reservoir',
      'liangzhou-botanical-garden',
      'tianma-lake',
      'haizang-wetland-park',
      'haizang-temple',
      'huangniangniangtai-site',
      'baita-temple',
      'mozuizi-tombs',
    ]);
    expect(c.perArea).toEqual({ core: 20, east: 0, west: 0, south: 4, north: 0 });
    expect(c.sites.find((s) => s.id === 'mozuizi-tombs')).toMatchObject({ zone: 'south' });
    expect(c.sites.at(-1)!.distanceKm).toBeCloseTo(4.17, 2);
  });

  it('agrees with turf.buffer of the axis at 1, 5 and 12 km', () => {
    for (const km of [1, 5, 12]) {
      const zone = buffer(layout.axis.geometry, km, { units: 'kilometers', steps: 32 })!;
      const byBuffer = layout.sites.filter((s) => booleanPointInPolygon(s.coordinates, zone)).map((s) => s.id);
      expect(
        axisCorridor(layout.axis, layout.sites, km)
          .sites.map((s) => s.id)
          .sort(),
      ).toEqual(byBuffer.sort());
    }
  });

  it('is empty at 0 km except for sites on the line, and takes every site at 200 km', () => {
    expect(axisCorridor(layout.axis, layout.sites, 200).sites).toHaveLength(layout.sites.length);
    expect(axisCorridor(layout.axis, layout.sites, 0).sites.every((s) => s.distanceKm === 0)).toBe(true);
  });
});

describe('corridorShape', () => {
  it('covers points just inside the width and not points just outside it', () => {
    const km = 5;
    const pieces = corridorShape(layout.axis.geometry, km).features;
    const inside = (p: number[]) => pieces.some((f) => booleanPointInPolygon(p, f));
    const line = layout.axis.geometry.coordinates;
    // From the middle of each segment, perpendicular-ish probes in the four directions.
    let checked = 0;
    for (let i = 1; i < line.length; i++) {
      const mid = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
      for (const bearing of [0, 90, 180, 270]) {
        for (const d of [1, 3, 4.8, 5.2, 7]) {
          const p = destination(mid, d, bearing);
          const dist = distanceToAxisKm(layout.axis.geometry, p);
          if (Math.abs(dist - km) < 0.1) continue; // too close to the edge to call
          expect(inside(p), `${p} at ${dist.toFixed(2)} km`).toBe(dist < km);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is empty for a width of 0', () => {
    expect(corridorShape(layout.axis.geometry, 0).features).toEqual([]);
  });
});
