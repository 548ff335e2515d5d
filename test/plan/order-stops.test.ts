import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/model/itinerary';
import { orderStops } from '../../src/plan/order-stops';
import { pathLengthKm } from '../../src/plan/path-length-km';
import { fakeSite, realSites, seeded } from './real-sites';

const start: LonLat = [102.638, 37.929];
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

/** A stop `eastKm` east and `northKm` north of the start (a degree is 87.8 km east-west here, 111.2 north-south). */
function at(id: string, eastKm: number, northKm: number) {
  return fakeSite(id, [102.638 + eastKm / 87.8, 37.929 + northKm / 111.2]);
}

describe('orderStops', () => {
  it('returns a permutation and leaves the input untouched', () => {
    const input = realSites.slice(0, 12);
    const copy = structuredClone(input);
    const ordered = orderStops(input, start);
    expect(input).toEqual(copy);
    expect(ordered).not.toBe(input);
    expect(ids(ordered).sort()).toEqual(ids(input).sort());
    expect(ordered.every((s) => input.includes(s))).toBe(true);
  });

  it('improves on nearest neighbour where nearest neighbour is greedy', () => {
    // A north-south row of stops 2 km west of the start, at 0, +1, +2 and -1 km. Nearest neighbour
    // enters the row in the middle, walks north, then doubles back south: 2 + 1 + 1 + 3 = 7 km.
    // 2-opt reverses the whole path and walks the row once from its south end: sqrt(5) + 3 = 5.24 km.
    const stops = [at('a', -2, 0), at('b', -2, 1), at('c', -2, 2), at('d', -2, -1)];
    const nn = orderStops(stops, start, { improve: false });
    const best = orderStops(stops, start);
    expect(ids(nn)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(best)).toEqual(['d', 'a', 'b', 'c']);
    expect(pathLengthKm(start, nn)).toBeCloseTo(7, 1);
    expect(pathLengthKm(start, best)).toBeCloseTo(Math.sqrt(5) + 3, 1);
    expect(pathLengthKm(start, nn)).toBeGreaterThan(pathLengthKm(start, best) + 1.5);
  });

  it('is never longer than nearest neighbour, on the real sites and on seeded random points', () => {
    const random = seeded(42);
    for (let round = 0; round < 20; round++) {
      const stops = Array.from({ length: 15 }, (_, i) =>
        fakeSite(`p${i}`, [102.3 + random() * 0.7, 37.5 + random() * 0.5]),
      );
      expect(pathLengthKm(start, orderStops(stops, start))).toBeLessThanOrEqual(
        pathLengthKm(start, orderStops(stops, start, { improve: false })) + 1e-9,
      );
    }
    const all = orderStops(realSites, start);
    expect(pathLengthKm(start, all)).toBeLessThan(pathLengthKm(start, realSites));
    expect(pathLengthKm(start, all)).toBeLessThanOrEqual(
      pathLengthKm(start, orderStops(realSites, start, { improve: false })),
    );
  });

  it('is deterministic: equal distances are broken by id, whatever the input order', () => {
    // Two stops at the same distance east and west of the start.
    const east = fakeSite('east', [102.638 + 0.01, 37.929]);
    const west = fakeSite('west', [102.638 - 0.01, 37.929]);
    const a = orderStops([west, east], start);
    const b = orderStops([east, west], start);
    expect(ids(a)).toEqual(['east', 'west']);
    expect(ids(b)).toEqual(ids(a));
    const shuffled = [...realSites].reverse();
    expect(ids(orderStops(shuffled, start))).toEqual(ids(orderStops(realSites, start)));
  });

  it('handles no stop and one stop', () => {
    expect(orderStops([], start)).toEqual([]);
    const one = [fakeSite('x', [102.7, 37.9])];
    expect(orderStops(one, start)).toEqual(one);
    expect(orderStops(one, start)).not.toBe(one);
  });
});
