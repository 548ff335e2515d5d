/**
 * The trip kept in the visitor's browser between visits. The storage is a parameter (localStorage in
 * the app, a fake in tests) and may fail: private browsing and full quotas throw, so nothing here does.
 * The value is versioned. `{v: 2, days, settings?: {mode, dayStartMin, dayEndMin}}` is written;
 * `{v: 1, days, mode?}` (written before the settings travelled with the trip) is still read, its mode
 * becoming the settings' mode. A value of a version this code does not know is ignored rather than misread.
 */
import * as z from 'zod/mini';
import { TRAVEL_MODES, type Itinerary, type TravelMode, type TripSettings } from '../model/itinerary';
import { DEFAULT_TRIP_SETTINGS } from './trip-settings';

export const TRIP_STORAGE_KEY = 'liangzhou-map.trip';

const storedDays = z.array(z.object({ name: z.string(), siteIds: z.array(z.string()) }));
const travelMode = z.enum(TRAVEL_MODES as [TravelMode, ...TravelMode[]]);
// Minutes since midnight, as a time input gives them.
const minuteOfDay = z.number().check(z.int(), z.gte(0), z.lte(24 * 60));
const storedTripV1 = z.object({ v: z.literal(1), days: storedDays, mode: z.optional(travelMode) });
const storedTripV2 = z.object({
  v: z.literal(2),
  days: storedDays,
  settings: z.optional(z.object({ mode: travelMode, dayStartMin: minuteOfDay, dayEndMin: minuteOfDay })),
});
const storedTrip = z.union([storedTripV1, storedTripV2]);

export interface StoredTrip {
  /** The days and, when the visitor set them, the travel settings (`itinerary.settings`). */
  itinerary: Itinerary;
}

export interface LoadTripOptions {
  /** When given, ids not in it are dropped: the data may have changed since the trip was saved. */
  knownIds?: Iterable<string>;
}

/** Saves the trip; false when the storage refused (quota, private mode). */
export function saveTrip(storage: Pick<Storage, 'setItem'>, trip: StoredTrip): boolean {
  const { settings } = trip.itinerary;
  const value = {
    v: 2,
    days: trip.itinerary.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] })),
    ...(settings && {
      settings: { mode: settings.mode, dayStartMin: settings.dayStartMin, dayEndMin: settings.dayEndMin },
    }),
  };
  try {
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The saved trip, or undefined when there is none, it cannot be read, or its version is unknown. */
export function loadTrip(storage: Pick<Storage, 'getItem'>, options: LoadTripOptions = {}): StoredTrip | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(TRIP_STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = storedTrip.safeParse(json);
  if (!parsed.success) return undefined;
  const known = options.knownIds ? new Set(options.knownIds) : undefined;
  const days = parsed.data.days.map((d) => ({
    name: d.name,
    siteIds: known ? d.siteIds.filter((id) => known.has(id)) : d.siteIds,
  }));
  const stored = parsed.data;
  const settings: TripSettings | undefined =
    stored.v === 2 ? stored.settings : stored.mode && { ...DEFAULT_TRIP_SETTINGS, mode: stored.mode };
  return { itinerary: { days, ...(settings && { settings: { ...settings } }) } };
}

/** Forgets the saved trip. */
export function clearTrip(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(TRIP_STORAGE_KEY);
  } catch {
    // Storage that cannot be reached holds nothing of ours to clear.
  }
}
