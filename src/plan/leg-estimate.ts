/**
 * How far and how long from one point to the next, without a road network: the straight line times
 * a detour factor, at an average speed. These are rough planning figures for laying out a day, not
 * routing; the navigation links (nav-links.ts) hand the real route to a map app.
 */
import { distance } from '@turf/distance';
import type { Leg, LonLat, TravelMode } from '../model/itinerary';

/**
 * Road distance ÷ straight-line distance. Studies of road networks (e.g. Ballou, Rahardja and Sakai
 * 2002, country circuity factors; Boscoe, Henry and Zdeb 2012, US driving distances) report averages
 * of roughly 1.2 to 1.4. Buses take the high end: their routes go by way of stops and town centres.
 * On foot in the old city's street grid, 4/π ≈ 1.27 is the mean detour of a square grid over all
 * directions. None of this was measured in 凉州区.
 */
export const DETOUR_FACTOR: Readonly<Record<TravelMode, number>> = { car: 1.3, bus: 1.4, walk: 1.27 };

/**
 * Average speeds in km/h, door to door while moving. Car: China's speed limits where no sign says
 * otherwise are 30–50 km/h on town streets and 40–70 km/h on open roads (Road Traffic Safety Law
 * implementing regulations, art. 45); a trip here mixes both, so 45. Bus: city and county buses
 * including their stops, commonly 15–20 km/h in Chinese towns; 20. Walking: 4.5 km/h (1.25 m/s), a
 * sightseer's pace. Assumptions, not observations: no timetable or traffic data was used.
 * Long bus legs are faster on average; see BUS_TOWN_KM.
 */
export const SPEED_KMH: Readonly<Record<TravelMode, number>> = { car: 45, bus: 20, walk: 4.5 };

/**
 * A bus leg longer than this (road km) leaves town: its first BUS_TOWN_KM go at SPEED_KMH.bus, the
 * rest at BUS_OPEN_ROAD_KMH, since county buses on open road run well above city-bus speeds even with
 * village stops. Without it a 55 km trip to 天梯山 would take an implausible three hours. Assumed
 * figures again, chosen so that town and open road both look like what a visitor will meet.
 */
export const BUS_TOWN_KM = 8;
export const BUS_OPEN_ROAD_KMH = 40;

/**
 * Minutes added to every leg that is not walked. Car: parking and walking to the gate. Bus: waiting,
 * half of an assumed 30-minute interval, since no timetable is known. Our guesses.
 */
export const LEG_OVERHEAD_MIN: Readonly<Record<TravelMode, number>> = { car: 5, bus: 15, walk: 0 };

/** Below this straight-line distance a leg is walked whatever the mode: nobody drives 200 m (≈ 10 min on foot). */
export const WALK_BELOW_KM = 0.8;

export interface LegOptions {
  /** Legs shorter than this are walked; default WALK_BELOW_KM. 0 never switches. */
  walkBelowKm?: number;
}

const roundKm = (km: number) => Math.round(km * 1000) / 1000;

function movingMin(mode: TravelMode, roadKm: number): number {
  if (mode === 'bus' && roadKm > BUS_TOWN_KM)
    return (BUS_TOWN_KM / SPEED_KMH.bus + (roadKm - BUS_TOWN_KM) / BUS_OPEN_ROAD_KMH) * 60;
  return (roadKm / SPEED_KMH[mode]) * 60;
}

/** A leg from `from` to `to` travelled by `mode` (or on foot when short). */
export function legEstimate(from: LonLat, to: LonLat, mode: TravelMode, options: LegOptions = {}): Leg {
  const { walkBelowKm = WALK_BELOW_KM } = options;
  const straightKm = distance(from, to, { units: 'kilometers' });
  if (straightKm === 0) return { mode, straightKm: 0, roadKm: 0, durationMin: 0 };
  const actual: TravelMode = straightKm < walkBelowKm ? 'walk' : mode;
  const roadKm = straightKm * DETOUR_FACTOR[actual];
  const durationMin = Math.ceil(LEG_OVERHEAD_MIN[actual] + movingMin(actual, roadKm));
  return { mode: actual, straightKm: roundKm(straightKm), roadKm: roundKm(roadKm), durationMin };
}
