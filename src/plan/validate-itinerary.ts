/**
 * The one door for a trip, whatever brings it: the element's `itinerary` property, the stored trip,
 * the `?trip=` codec. Same rules and the same caps everywhere (14 days × 40 stops, 80-character day
 * names), so no way in can hand the planner 2,000 days or 300,000 stops. Travel settings, when
 * present, are checked too (checkSettings) and come back as a fresh object. Never throws: anything that
 * is not a trip (null, a number, a Proxy whose getters throw) is an ItineraryError, returned.
 */
import { wellFormed } from '../data/well-formed';
import { TRAVEL_MODES, type Itinerary, type TravelMode, type TripDay, type TripSettings } from '../model/itinerary';
import { checkTripDate } from './trip-date';

export const ITINERARY_LIMITS = { maxDays: 14, maxStopsPerDay: 40, maxNameLength: 80 } as const;

/** Problems kept: enough to say what went wrong, not a second copy of a hostile value. */
const MAX_PROBLEMS = 200;

export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Control characters have no business in a day's name, and a hostile value could use them.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export type ItineraryProblemCode =
  'bad-name' | 'long-name' | 'bad-id' | 'unknown-site' | 'too-many-days' | 'too-many-stops' | 'bad-settings';

export interface ItineraryProblem {
  code: ItineraryProblemCode;
  /** 0-based day the problem is in, when it is in one. */
  day?: number;
  /** The offending id (at most 64 characters), when there is one. */
  value?: string;
}

/** A value that is not a trip at all. */
export class ItineraryError extends Error {
  readonly code = 'not-an-itinerary';
  constructor(readonly reason: string) {
    super(`itinerary ${reason}`);
    this.name = 'ItineraryError';
  }
}

export type ItineraryValidation =
  { ok: true; itinerary: Itinerary; problems: ItineraryProblem[] } | { ok: false; error: ItineraryError };

export interface ValidateItineraryOptions {
  /** When given, ids not in it are dropped (and named): the data may have changed. */
  knownIds?: Iterable<string>;
}

/** A day's name as it may be shown: text, well-formed, no control characters, at most 80 characters. */
export function cleanDayName(name: string): { name: string; long: boolean } {
  const chars = [...wellFormed(name).replace(CONTROL, ' ')];
  const long = chars.length > ITINERARY_LIMITS.maxNameLength;
  return { name: (long ? chars.slice(0, ITINERARY_LIMITS.maxNameLength) : chars).join(''), long };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isMinuteOfDay = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 24 * 60;

/**
 * The travel settings as a fresh plain object with only the fields the planner reads, or undefined
 * when they are absent or not settings (an unknown mode, a minute outside the day). A first date the
 * calendar cannot hold (trip-date.ts) is dropped on its own: the rest of the settings still stand.
 */
export function checkSettings(value: unknown): TripSettings | undefined {
  if (!isRecord(value)) return undefined;
  const { mode, dayStartMin, dayEndMin, startDate } = value;
  if (!TRAVEL_MODES.includes(mode as TravelMode) || !isMinuteOfDay(dayStartMin) || !isMinuteOfDay(dayEndMin))
    return undefined;
  return {
    mode: mode as TravelMode,
    dayStartMin,
    dayEndMin,
    ...(typeof startDate === 'string' && checkTripDate(startDate) === undefined && { startDate }),
  };
}

/** Checks and caps a trip; bad days' parts are dropped and named in `problems`. */
export function validateItinerary(value: unknown, options: ValidateItineraryOptions = {}): ItineraryValidation {
  try {
    return validate(value, options);
  } catch (err) {
    // A getter or Proxy trap that throws: the value is hostile, not a trip.
    return { ok: false, error: new ItineraryError(`could not be read (${String((err as Error)?.name ?? err)})`) };
  }
}

function validate(value: unknown, options: ValidateItineraryOptions): ItineraryValidation {
  if (!isRecord(value)) return { ok: false, error: new ItineraryError('is not an object with days') };
  const rawDays = value.days;
  if (!Array.isArray(rawDays)) return { ok: false, error: new ItineraryError('has no days array') };
  const known = options.knownIds ? new Set(options.knownIds) : undefined;
  const problems: ItineraryProblem[] = [];
  if (rawDays.length > ITINERARY_LIMITS.maxDays) problems.push({ code: 'too-many-days' });
  const days: TripDay[] = [];
  for (let d = 0; d < Math.min(rawDays.length, ITINERARY_LIMITS.maxDays); d++) {
    const raw: unknown = rawDays[d];
    const day = isRecord(raw) ? raw : {};
    let name = '';
    if (typeof day.name === 'string') {
      const cleaned = cleanDayName(day.name);
      name = cleaned.name;
      if (cleaned.long) problems.push({ code: 'long-name', day: d });
    } else problems.push({ code: 'bad-name', day: d });
    const ids: unknown[] = Array.isArray(day.siteIds) ? day.siteIds : [];
    const siteIds: string[] = [];
    // Looks at a bounded number of entries: a day of 300,000 ids costs no more than a crowded one.
    const look = Math.min(ids.length, ITINERARY_LIMITS.maxStopsPerDay * 4);
    for (let i = 0; i < look; i++) {
      const id = ids[i];
      if (typeof id !== 'string' || !SITE_ID.test(id))
        problems.push({
          code: 'bad-id',
          day: d,
          value: typeof id === 'string' ? wellFormed(id.slice(0, 64)) : typeof id,
        });
      else if (known && !known.has(id)) problems.push({ code: 'unknown-site', day: d, value: id });
      else if (siteIds.length >= ITINERARY_LIMITS.maxStopsPerDay)
        problems.push({ code: 'too-many-stops', day: d, value: id });
      else siteIds.push(id);
    }
    if (ids.length > look) problems.push({ code: 'too-many-stops', day: d });
    days.push({ name, siteIds });
  }
  const settings = value.settings === undefined ? undefined : checkSettings(value.settings);
  if (value.settings !== undefined && !settings) problems.push({ code: 'bad-settings' });
  return {
    ok: true,
    itinerary: { days, ...(settings && { settings }) },
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}
