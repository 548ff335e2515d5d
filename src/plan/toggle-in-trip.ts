import type { Itinerary } from '../model/itinerary';

/**
 * The trip with a site taken out (wherever it is), or added to the end of the last day (a first day
 * is made when there is none). What a popup's add/remove button does. Never changes its input.
 */
export function toggleInTrip(itinerary: Itinerary, siteId: string): Itinerary {
  const days = itinerary.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] }));
  if (days.some((d) => d.siteIds.includes(siteId))) {
    return { days: days.map((d) => ({ ...d, siteIds: d.siteIds.filter((s) => s !== siteId) })) };
  }
  if (days.length === 0) return { days: [{ name: '', siteIds: [siteId] }] };
  days[days.length - 1].siteIds.push(siteId);
  return { days };
}
