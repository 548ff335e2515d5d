import type { TripDay } from '../model/itinerary';
import type { Site } from '../model/types';

/**
 * A day's sites in order. Ids that no site has are skipped: a stored or shared trip may name a site
 * a later data file dropped, and a stale stop must not break the rest of the day.
 */
export function sitesForDay(day: Pick<TripDay, 'siteIds'>, sites: readonly Site[]): Site[] {
  const byId = new Map(sites.map((s) => [s.id, s]));
  return day.siteIds.flatMap((id) => byId.get(id) ?? []);
}
