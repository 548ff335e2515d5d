import type { Itinerary } from '../model/itinerary';
import type { Site } from '../model/types';
import { cloneTrip } from './clone-trip';

/**
 * The trip as a planner shows it: ids no site has are left out, so a stop's position on screen and
 * in an edit agree (a stored or shared trip may name a site later data dropped). Never changes its input.
 */
export function knownStops(itinerary: Itinerary, sites: readonly Pick<Site, 'id'>[]): Itinerary {
  const known = new Set(sites.map((s) => s.id));
  const next = cloneTrip(itinerary);
  for (const day of next.days) day.siteIds = day.siteIds.filter((id) => known.has(id));
  return next;
}
