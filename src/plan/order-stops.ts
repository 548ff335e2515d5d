import { distance } from '@turf/distance';
import type { LonLat } from '../model/itinerary';

export interface OrderStopsOptions {
  /** Run 2-opt after nearest neighbour; default true. `false` gives the nearest-neighbour order alone. */
  improve?: boolean;
}

/** Differences below a micrometre are ties: floating point must not decide an order. */
const EPS_KM = 1e-9;

/** a before b when equally far: by id, then by position, so the result never depends on chance. */
function before(ids: readonly string[], a: number, b: number): boolean {
  return ids[a] < ids[b] || (ids[a] === ids[b] && a < b);
}

/**
 * Orders a day's stops to shorten the way from `start` through all of them (an open path: the day
 * ends at the last stop). Nearest neighbour first, then 2-opt: reverse any stretch of the path
 * whose reversal shortens it, the best such move each round, until none does. Straight-line
 * distances: every mode's estimate is proportional to them, apart from a per-leg constant, so the
 * best order does not depend on the mode. Deterministic; returns a new array, the input untouched.
 */
export function orderStops<T extends { id: string; coordinates: LonLat }>(
  stops: readonly T[],
  start: LonLat,
  options: OrderStopsOptions = {},
): T[] {
  const { improve = true } = options;
  const n = stops.length;
  if (n <= 1) return [...stops];

  // Node 0 is the start, node k the stop k-1.
  const points = [start, ...stops.map((s) => s.coordinates)];
  const ids = ['', ...stops.map((s) => s.id)];
  const d = points.map((p) => points.map((q) => distance(p, q, { units: 'kilometers' })));

  const route = [0];
  const left = new Set(stops.map((_, i) => i + 1));
  while (left.size > 0) {
    const here = route[route.length - 1];
    let best = -1;
    for (const k of left) {
      if (
        best === -1 ||
        d[here][k] < d[here][best] - EPS_KM ||
        (Math.abs(d[here][k] - d[here][best]) <= EPS_KM && before(ids, k, best))
      )
        best = k;
    }
    route.push(best);
    left.delete(best);
  }

  if (improve) twoOpt(route, d);
  return route.slice(1).map((k) => stops[k - 1]);
}

/** 2-opt on an open path whose first node stays put; rearranges `route` in place (it is ours). */
function twoOpt(route: number[], d: number[][]): void {
  const last = route.length - 1;
  for (;;) {
    let bestDelta = -EPS_KM;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 1; i < last; i++) {
      for (let j = i + 1; j <= last; j++) {
        const a = route[i - 1];
        const b = route[i];
        const c = route[j];
        // Reversing route[i..j] swaps the edges a-b and c-next for a-c and b-next; at the end there is no next.
        const tail = j < last ? d[b][route[j + 1]] - d[c][route[j + 1]] : 0;
        const delta = d[a][c] - d[a][b] + tail;
        if (delta < bestDelta) {
          bestDelta = delta;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI === -1) return;
    const reversed = route.slice(bestI, bestJ + 1).reverse();
    route.splice(bestI, reversed.length, ...reversed);
  }
}
