import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { fromDisplay, toDisplay } from '../../src/spatial/display-datum';

const metres = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'kilometers' }) * 1000;

/** A grid over the district and its surroundings (the map's maxBounds: 36.4–39.8 N, 101–105 E). */
const grid: [number, number][] = [];
for (let lon = 101; lon <= 105; lon += 0.25) for (let lat = 36.4; lat <= 39.8; lat += 0.2) grid.push([lon, lat]);

describe('toDisplay / fromDisplay', () => {
  it('leaves WGS84 points where they are on a WGS84 base map', () => {
    expect(toDisplay([102.64, 37.93], 'wgs84')).toEqual([102.64, 37.93]);
    expect(fromDisplay([102.64, 37.93], 'wgs84')).toEqual([102.64, 37.93]);
  });

  it('shifts the old city by a few hundred metres on a GCJ-02 base map', () => {
    const at: [number, number] = [102.64, 37.93];
    const shown = toDisplay(at, 'gcj02');
    const shift = metres(at, shown);
    // The GCJ-02 offset in Gansu is of the order of 100–700 m; never zero, never kilometres.
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
  });

  it('round-trips every point of the district within 1 m (WGS84 -> GCJ-02 -> WGS84)', () => {
    let worst = 0;
    for (const p of grid) worst = Math.max(worst, metres(p, fromDisplay(toDisplay(p, 'gcj02'), 'gcj02')));
    expect(worst).toBeLessThan(1);
  });

  it('round-trips the other way within 1 m (a click on a GCJ-02 map read back)', () => {
    let worst = 0;
    for (const p of grid) worst = Math.max(worst, metres(p, toDisplay(fromDisplay(p, 'gcj02'), 'gcj02')));
    expect(worst).toBeLessThan(1);
  });

  it('never changes its input', () => {
    const at = Object.freeze([102.64, 37.93]) as unknown as [number, number];
    toDisplay(at, 'gcj02');
    fromDisplay(at, 'gcj02');
    expect(at).toEqual([102.64, 37.93]);
  });
});
