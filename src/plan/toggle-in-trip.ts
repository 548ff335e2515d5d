import type { Itinerary } from '../model/itinerary';
import { addStop } from './add-stop';
import { cloneTrip } from './clone-trip';

/**
 * The trip with a site taken out (wherever it is), or added to the end of the last day (a first day
 * is made when there is none). What a popup's add/remove button does. Keeps the travel settings;
 * never changes its input.
 */
export function toggleInTrip(itinerary: Itinerary, siteId: string): Itinerary {
  if (!itinerary.days.some((d) => d.siteIds.includes(siteId))) return addStop(itinerary, siteId);
  const next = cloneTrip(itinerary);
  for (const day of next.days) day.siteIds = day.siteIds.filter((s) => s !== siteId);
  return next;
}
