import type { Itinerary } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

export interface AddDayOptions {
  /** Default empty: the interface then labels the day by its number. */
  name?: string;
}

/** The trip with an empty day at the end. Never changes its input. */
export function addDay(itinerary: Itinerary, options: AddDayOptions = {}): Itinerary {
  const next = cloneTrip(itinerary);
  next.days.push({ name: (options.name ?? '').trim(), siteIds: [] });
  return next;
}
