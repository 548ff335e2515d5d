import type { Itinerary, StopRef } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

/** The trip without the stop at `at`; unchanged (a copy) when there is no such stop. Never changes its input. */
export function removeStop(itinerary: Itinerary, at: StopRef): Itinerary {
  const next = cloneTrip(itinerary);
  const day = next.days[at.day];
  if (day && at.index >= 0 && at.index < day.siteIds.length) day.siteIds.splice(at.index, 1);
  return next;
}
