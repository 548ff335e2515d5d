import type { Itinerary, LonLat } from '../model/itinerary';
import type { Site } from '../model/types';
import { dayColor } from '../plan/day-color';
import { sitesForDay } from '../plan/sites-for-day';

/** What the map draws of a trip: per day, its colour and its stops' [lon, lat] in order. */
export interface RouteDay {
  color: string;
  stops: LonLat[];
}

/** The trip as the map draws it; ids no site has are left out (sitesForDay). */
export function routeDays(itinerary: Itinerary, sites: readonly Site[]): RouteDay[] {
  return itinerary.days.map((day, i) => ({
    color: dayColor(i),
    stops: sitesForDay(day, sites).map((s) => s.coordinates),
  }));
}
