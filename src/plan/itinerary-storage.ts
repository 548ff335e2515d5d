/**
 * The trip kept in the visitor's browser between visits. The storage is a parameter (localStorage in
 * the app, a fake in tests) and may fail: private browsing and full quotas throw, so nothing here does.
 * The value is versioned. `{v: 2, days, settings?: {mode, dayStartMin, dayEndMin}}` is written;
 * `{v: 1, days, mode?}` (written before the settings travelled with the trip) is still read, its mode
 * becoming the settings' mode. A value of a version this code does not know is ignored rather than misread.
 * Days pass the shared validator (validate-itinerary.ts) both ways: a stored value is as untrusted as a link.
 */
import * as z from 'zod/mini';
import { TRAVEL_MODES, type Itinerary, type TravelMode } from '../model/itinerary';
import { DEFAULT_TRIP_SETTINGS } from './trip-settings';
import { checkSettings, ITINERARY_LIMITS, validateItinerary } from './validate-itinerary';

export const TRIP_STORAGE_KEY = 'liangzhou-map.trip';

// Shape only; the caps and the id rule are the shared validator's.
const storedDays = z.array(z.object({ name: z.string(), siteIds: z.array(z.string()) }));
const travelMode = z.enum(TRAVEL_MODES as [TravelMode, ...TravelMode[]]);
// Minutes since midnight, as a time input gives them.
const minuteOfDay = z.number().check(z.int(), z.gte(0), z.lte(24 * 60));
const storedTripV1 = z.object({ v: z.literal(1), days: storedDays, mode: z.optional(travelMode) });
const storedTripV2 = z.object({
  v: z.literal(2),
  days: storedDays,
  settings: z.optional(
    z.object({ mode: travelMode, dayStartMin: minuteOfDay, dayEndMin: minuteOfDay, startDate: z.optional(z.string()) }),
  ),
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

/**
 * Why the trip could not be kept: `blocked` (the browser refuses storage: private mode, settings,
 * a sandboxed frame; reading `localStorage` itself may throw) or `quota` (full). The host says so
 * once (createTripStore); the trip stays in memory either way.
 */
export type TripStorageProblem = 'blocked' | 'quota';

function problemOf(err: unknown): TripStorageProblem {
  const name = (err as { name?: unknown })?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'blocked';
}

/** Saves the trip (capped and cleaned by the shared validator); the problem when the storage refused. */
export function storeTrip(storage: Pick<Storage, 'setItem'>, trip: StoredTrip): TripStorageProblem | undefined {
  const checked = validateItinerary(trip.itinerary);
  const days = checked.ok ? checked.itinerary.days : [];
  const settings = checkSettings(trip.itinerary.settings);
  const value = { v: 2, days, ...(settings && { settings }) };
  try {
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify(value));
    return undefined;
  } catch (err) {
    return problemOf(err);
  }
}

/** Saves the trip; false when the storage refused (quota, private mode). */
export function saveTrip(storage: Pick<Storage, 'setItem'>, trip: StoredTrip): boolean {
  return storeTrip(storage, trip) === undefined;
}

/**
 * Cuts a stored value's arrays to a little more than the caps before the shape check, so a 2,000-day
 * value costs no more than a full one (the validator then reports and cuts the rest).
 */
function capDays(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { days?: unknown }).days)) return json;
  const days = ((json as { days: unknown[] }).days as unknown[])
    .slice(0, ITINERARY_LIMITS.maxDays + 1)
    .map((d) =>
      typeof d === 'object' && d !== null && Array.isArray((d as { siteIds?: unknown }).siteIds)
        ? { ...d, siteIds: (d as { siteIds: unknown[] }).siteIds.slice(0, ITINERARY_LIMITS.maxStopsPerDay * 4 + 1) }
        : d,
    );
  return { ...json, days };
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
  const parsed = storedTrip.safeParse(capDays(json));
  if (!parsed.success) return undefined;
  // A stored value is as untrusted as a link: someone else's script, an old version, a 2,000-day trip.
  const checked = validateItinerary({ days: parsed.data.days }, { knownIds: options.knownIds });
  if (!checked.ok) return undefined;
  const stored = parsed.data;
  const settings = checkSettings(
    stored.v === 2 ? stored.settings : stored.mode && { ...DEFAULT_TRIP_SETTINGS, mode: stored.mode },
  );
  return { itinerary: { days: checked.itinerary.days, ...(settings && { settings }) } };
}

/**
 * The trip's storage for a host: the storage is reached lazily (the `localStorage` getter itself
 * throws where storage is blocked), and `onProblem` is called at most once, on the first failure,
 * so the host shows one notice however many edits follow.
 */
export function createTripStore(
  getStorage: () => Storage | null | undefined,
  onProblem: (problem: TripStorageProblem) => void,
): {
  load(options?: LoadTripOptions): StoredTrip | undefined;
  save(trip: StoredTrip): boolean;
  clear(): void;
} {
  let told = false;
  const report = (problem: TripStorageProblem) => {
    if (told) return;
    told = true;
    onProblem(problem);
  };
  const storage = (): Storage | undefined => {
    try {
      const s = getStorage();
      if (!s) report('blocked');
      return s ?? undefined;
    } catch {
      report('blocked');
      return undefined;
    }
  };
  return {
    load(options) {
      const s = storage();
      if (!s) return undefined;
      try {
        s.getItem(TRIP_STORAGE_KEY);
      } catch {
        report('blocked');
        return undefined;
      }
      return loadTrip(s, options);
    },
    save(trip) {
      const s = storage();
      if (!s) return false;
      const problem = storeTrip(s, trip);
      if (problem) report(problem);
      return problem === undefined;
    },
    clear() {
      const s = storage();
      if (s) clearTrip(s);
    },
  };
}

/** Forgets the saved trip. */
export function clearTrip(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(TRIP_STORAGE_KEY);
  } catch {
    // Storage that cannot be reached holds nothing of ours to clear.
  }
}
