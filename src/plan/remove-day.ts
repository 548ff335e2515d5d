import type { Itinerary } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

/** The trip without day `day` (0-based) and its stops; unchanged (a copy) when there is no such day. Never changes its input. */
export function removeDay(itinerary: Itinerary, day: number): Itinerary {
  const next = cloneTrip(itinerary);
  if (day >= 0 && day < next.days.length) next.days.splice(day, 1);
  return next;
}
