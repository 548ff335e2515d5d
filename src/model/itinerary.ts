/**
 * A trip: days, each an ordered list of site ids. Ids, not sites, so a trip can be stored, shared in
 * a link and sent in an event as plain data; the sites themselves come from the layout.
 */

/** How the visitor gets from one stop to the next. */
export type TravelMode = 'car' | 'bus' | 'walk';
export const TRAVEL_MODES: readonly TravelMode[] = ['car', 'bus', 'walk'];

/** [lon, lat], WGS84, as in GeoJSON. */
export type LonLat = [number, number];

export interface TripDay {
  /** What the visitor calls the day; free text, so treat it as hostile wherever it is written out. */
  name: string;
  /** Stops in visiting order. */
  siteIds: string[];
}

/**
 * How the visitor travels and the window each day should fit in. Part of the trip, so it is saved
 * and restored with it; the element that owns the trip owns these too.
 */
export interface TripSettings {
  mode: TravelMode;
  /** When each day starts, minutes since midnight. */
  dayStartMin: number;
  /** When each day should be over, minutes since midnight. */
  dayEndMin: number;
  /**
   * The first day's date, `YYYY-MM-DD` (Asia/Shanghai), when the visitor chose one: the calendar
   * export starts there, and each stop is checked against its opening hours at its planned time.
   */
  startDate?: string;
}

export interface Itinerary {
  days: TripDay[];
  /** Absent: the defaults (car, 09:00–18:00; see plan/trip-settings.ts). */
  settings?: TripSettings;
}

/** A place in a trip: the `index`th stop of day `day`, both 0-based. */
export interface StopRef {
  day: number;
  index: number;
}

/** One leg between two points: a rough estimate, not a route (see plan/leg-estimate.ts). */
export interface Leg {
  mode: TravelMode;
  /** Great-circle distance. */
  straightKm: number;
  /** Estimated distance on the ground: straight line times a detour factor. */
  roadKm: number;
  /** Estimated travel time, whole minutes rounded up. */
  durationMin: number;
}

/** One stop of a planned day. Times are minutes since the day's midnight, local time. */
export interface PlannedStop {
  siteId: string;
  /** The leg that brings the visitor here, from the start point or the previous stop. */
  leg: Leg;
  arriveMin: number;
  visitMin: number;
  departMin: number;
}

/** A day laid out in time. */
export interface DayPlan {
  stops: PlannedStop[];
  startMin: number;
  /** The latest time the visitor wants to be done. */
  endWindowMin: number;
  /** When the last visit ends (the way back is not counted). */
  endMin: number;
  travelMin: number;
  visitMin: number;
  roadKm: number;
  /** Minutes past the end of the window; 0 when the day fits. */
  overflowMin: number;
}
