import { distance } from '@turf/distance';
import type { LonLat } from '../model/itinerary';

/** Straight-line length of the open path start → stops[0] → … → stops[n-1], in km. */
export function pathLengthKm(start: LonLat, stops: ReadonlyArray<{ coordinates: LonLat }>): number {
  let total = 0;
  let from = start;
  for (const stop of stops) {
    total += distance(from, stop.coordinates, { units: 'kilometers' });
    from = stop.coordinates;
  }
  return total;
}
