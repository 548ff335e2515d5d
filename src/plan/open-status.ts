/**
 * Whether a site is open, from its OpenStreetMap `opening_hours` value, read in Asia/Shanghai time
 * whatever the visitor's own time zone. Loaded on demand (the `opening_hours` library is large):
 * the card, the list and the trip planner import this module only when a site has hours.
 */
import OpeningHours from 'opening_hours';
import type { Site } from '../model/types';

/**
 * - `open`: open at that moment;
 * - `closed-now`: closed at that moment but open at some time that day;
 * - `closed-today`: not open at all that day;
 * - `unknown`: no hours, hours the library cannot read, or hours that say "unknown" then.
 */
export type OpenState = 'open' | 'closed-now' | 'closed-today' | 'unknown';

/** Asia/Shanghai is UTC+8 all year: China has kept no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The Shanghai wall-clock time of an instant, as a Date whose local fields show it: the library
 * reads local getters (getHours, getDay), so this makes it read Shanghai time in any time zone.
 */
export function shanghaiClock(instant: Date): Date {
  const s = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return new Date(
    s.getUTCFullYear(),
    s.getUTCMonth(),
    s.getUTCDate(),
    s.getUTCHours(),
    s.getUTCMinutes(),
    s.getUTCSeconds(),
  );
}

/** Rules that need public-holiday, school-holiday or sun-time data this map does not have. */
const NEEDS_DATA = /\b(PH|SH)\b|sunrise|sunset|dawn|dusk/i;

const cache = new Map<string, OpeningHours | null>();

/** The parsed hours, or null when the value cannot be read (a bureau's typo means "unknown", not an error). */
function parse(value: string): OpeningHours | null {
  // Without holiday and sun data the library would treat "PH off" as never applying: a guess.
  if (NEEDS_DATA.test(value)) return null;
  if (!cache.has(value)) {
    let oh: OpeningHours | null = null;
    try {
      // No nominatim object: public holidays (PH) and sun times cannot be resolved, so values that
      // need them are unreadable here and show as unknown rather than as a guess.
      oh = new OpeningHours(value, null as never, { mode: 0, warnings_severity: 0 } as never);
    } catch {
      oh = null;
    }
    cache.set(value, oh);
  }
  return cache.get(value) ?? null;
}

/** Whether the site is open at `date` (an instant), in Shanghai time. */
export function openStatus(site: Pick<Site, 'openingHours'>, date: Date): OpenState {
  if (!site.openingHours) return 'unknown';
  const oh = parse(site.openingHours);
  if (!oh) return 'unknown';
  const local = shanghaiClock(date);
  try {
    if (oh.getUnknown(local)) return 'unknown';
    if (oh.getState(local)) return 'open';
    const from = new Date(local.getFullYear(), local.getMonth(), local.getDate());
    const to = new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1);
    return oh.getOpenIntervals(from, to).length > 0 ? 'closed-now' : 'closed-today';
  } catch {
    return 'unknown';
  }
}

/**
 * For the trip planner: true only when the site's hours are known and say it is closed at `date`.
 * Unknown hours are not "closed": the plan says "check before you go" instead of warning.
 */
export function isClosedAt(site: Pick<Site, 'openingHours'>, date: Date): boolean {
  const state = openStatus(site, date);
  return state === 'closed-now' || state === 'closed-today';
}
