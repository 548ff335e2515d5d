import type { Itinerary, LonLat } from '../model/itinerary';
import type { Site } from '../model/types';
import { cloneTrip } from './clone-trip';
import { orderStops, type OrderStopsOptions } from './order-stops';
import { sitesForDay } from './sites-for-day';

/**
 * The trip with day `day`'s stops in a short visiting order from `start` (see order-stops.ts; the same
 * order every time). Ids no site in `sites` has are dropped from that day, since they cannot be placed.
 * Unchanged (a copy) when there is no such day. Never changes its input.
 */
export function orderDay(
  itinerary: Itinerary,
  day: number,
  sites: readonly Site[],
  start: LonLat,
  options: OrderStopsOptions = {},
): Itinerary {
  const next = cloneTrip(itinerary);
  const target = next.days[day];
  if (target) target.siteIds = orderStops(sitesForDay(target, sites), start, options).map((s) => s.id);
  return next;
}
