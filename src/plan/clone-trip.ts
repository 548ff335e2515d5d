import type { Itinerary } from '../model/itinerary';

/**
 * A deep copy of a trip, for the edit functions to change: they must never change their input,
 * which is the owner's state (and may be frozen). Keeps the settings.
 */
export function cloneTrip(itinerary: Itinerary): Itinerary {
  return {
    days: itinerary.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] })),
    ...(itinerary.settings && { settings: { ...itinerary.settings } }),
  };
}
