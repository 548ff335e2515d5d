import type { DayPlan, LonLat, PlannedStop, TravelMode } from '../model/itinerary';
import type { Site } from '../model/types';
import { legEstimate, type LegOptions } from './leg-estimate';
import { visitMinutes } from './visit-minutes';

import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN } from './day-window';

export { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN };

export interface PlanDayOptions extends LegOptions {
  /** Default `car`. */
  mode?: TravelMode;
  /** When the visitor sets off from the start point; default 09:00 (540). */
  dayStartMin?: number;
  /** When the visitor wants to be done; default 18:00 (1080). */
  dayEndMin?: number;
}

type Stop = Pick<Site, 'id' | 'coordinates' | 'category' | 'visitMin'>;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Lays out one day: leave `start` at the day's start, travel to each site in the given order, stay
 * its visit time. The day ends when the last visit does; the way back is not counted, because where
 * the visitor sleeps is not known. `overflowMin` > 0 says by how much the day runs past its end, so
 * the interface can warn rather than silently drop stops.
 */
export function planDay(sites: readonly Stop[], start: LonLat, options: PlanDayOptions = {}): DayPlan {
  const { mode = 'car', dayStartMin = DEFAULT_DAY_START_MIN, dayEndMin = DEFAULT_DAY_END_MIN, ...legOptions } = options;
  let clock = dayStartMin;
  let from = start;
  let travelMin = 0;
  let visitMin = 0;
  let roadKm = 0;
  const stops: PlannedStop[] = sites.map((site) => {
    const leg = legEstimate(from, site.coordinates, mode, legOptions);
    const visit = visitMinutes(site);
    const arriveMin = clock + leg.durationMin;
    const departMin = arriveMin + visit;
    travelMin += leg.durationMin;
    visitMin += visit;
    roadKm += leg.roadKm;
    clock = departMin;
    from = site.coordinates;
    return { siteId: site.id, leg, arriveMin, visitMin: visit, departMin };
  });
  return {
    stops,
    startMin: dayStartMin,
    endWindowMin: dayEndMin,
    endMin: clock,
    travelMin,
    visitMin,
    roadKm: round3(roadKm),
    overflowMin: Math.max(0, clock - dayEndMin),
  };
}
