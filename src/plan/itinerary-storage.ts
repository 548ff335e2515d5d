/**
 * The trip kept in the visitor's browser between visits. The storage is a parameter (localStorage in
 * the app, a fake in tests) and may fail: private browsing and full quotas throw, so nothing here does.
 * The value is versioned, `{v: 1, days, mode?}`; a later format adds a version and a migration from
 * this one, and a value of a version this code does not know is ignored rather than misread.
 */
import * as z from 'zod/mini';
import { TRAVEL_MODES, type Itinerary, type TravelMode } from '../model/itinerary';

export const TRIP_STORAGE_KEY = 'liangzhou-map.trip';

const storedTrip = z.object({
  v: z.literal(1),
  days: z.array(z.object({ name: z.string(), siteIds: z.array(z.string()) })),
  mode: z.optional(z.enum(TRAVEL_MODES as [TravelMode, ...TravelMode[]])),
});

export interface StoredTrip {
  itinerary: Itinerary;
  mode?: TravelMode;
}

export interface LoadTripOptions {
  /** When given, ids not in it are dropped: the data may have changed since the trip was saved. */
  knownIds?: Iterable<string>;
}

/** Saves the trip; false when the storage refused (quota, private mode). */
export function saveTrip(storage: Pick<Storage, 'setItem'>, trip: StoredTrip): boolean {
  const value = {
    v: 1,
    days: trip.itinerary.days.map((d) => ({ name: d.name, siteIds: [...d.siteIds] })),
    ...(trip.mode && { mode: trip.mode }),
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
  return { itinerary: { days }, ...(parsed.data.mode && { mode: parsed.data.mode }) };
}

/** Forgets the saved trip. */
export function clearTrip(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(TRIP_STORAGE_KEY);
  } catch {
    // Storage that cannot be reached holds nothing of ours to clear.
  }
}
