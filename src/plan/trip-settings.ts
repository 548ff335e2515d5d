import type { Itinerary, TripSettings } from '../model/itinerary';
import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN } from './day-window';

/** By car, 09:00 to 18:00: what a trip uses until the visitor says otherwise. */
export const DEFAULT_TRIP_SETTINGS: Readonly<TripSettings> = Object.freeze({
  mode: 'car',
  dayStartMin: DEFAULT_DAY_START_MIN,
  dayEndMin: DEFAULT_DAY_END_MIN,
});

/** The trip's travel settings, the defaults where it has none. */
export function tripSettings(itinerary: Pick<Itinerary, 'settings'>): TripSettings {
  return { ...DEFAULT_TRIP_SETTINGS, ...itinerary.settings };
}
