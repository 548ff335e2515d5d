import type { Itinerary } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

/**
 * The trip with day `day` named `name`, trimmed (an empty name lets the interface label the day by
 * its number). Unchanged (a copy) when there is no such day. Never changes its input.
 */
export function renameDay(itinerary: Itinerary, day: number, name: string): Itinerary {
  const next = cloneTrip(itinerary);
  if (next.days[day]) next.days[day].name = name.trim();
  return next;
}
