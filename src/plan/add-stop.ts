import type { Itinerary } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

export interface AddStopOptions {
  /** The day (0-based) to add to; default the last day. Out of range: the last day. */
  day?: number;
}

/**
 * The trip with a site added at the end of a day. A trip without days gets a first day with an empty
 * name: the interface labels unnamed days by their number (第1天 / Day 1), so the label follows when
 * days are added or removed. A site already in the trip stays where it is (a site is visited once).
 * Never changes its input.
 */
export function addStop(itinerary: Itinerary, siteId: string, options: AddStopOptions = {}): Itinerary {
  const next = cloneTrip(itinerary);
  if (next.days.some((d) => d.siteIds.includes(siteId))) return next;
  if (next.days.length === 0) next.days.push({ name: '', siteIds: [] });
  const last = next.days.length - 1;
  const day = options.day !== undefined && options.day >= 0 && options.day <= last ? options.day : last;
  next.days[day].siteIds.push(siteId);
  return next;
}
