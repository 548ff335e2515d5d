import type { Itinerary, TripDay } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

/**
 * The trip with all its days replaced (by a suggested plan, or by none to clear it), keeping its
 * travel settings. Never changes its inputs.
 */
export function replaceDays(itinerary: Itinerary, days: readonly TripDay[]): Itinerary {
  return cloneTrip({ ...itinerary, days: [...days] });
}
