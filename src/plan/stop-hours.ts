import type { PlannedStop } from '../model/itinerary';
import type { Site } from '../model/types';
import type { OpenState } from './open-status';

/**
 * What a stop's opening hours say about its planned visit:
 * - `open`: open from arrival to departure;
 * - `closed`: closed when the visitor arrives, or closing before they leave;
 * - `closed-day`: not open at all that day;
 * - `unknown`: no hours, or hours that cannot be read for then. Never a guess.
 */
export type StopHours = 'open' | 'closed' | 'closed-day' | 'unknown';

/** Asia/Shanghai is UTC+8 all year. */
const SHANGHAI_OFFSET_MIN = 8 * 60;

/**
 * The instant of minute `min` (may pass midnight) of day `dayIndex` (0-based) of a trip whose first
 * day is `startDate` (`YYYY-MM-DD`, checked by trip-date.ts), in Shanghai time.
 */
export function tripInstant(startDate: string, dayIndex: number, min: number): Date {
  const [y, m, d] = startDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + dayIndex, 0, min - SHANGHAI_OFFSET_MIN));
}

/** The date (`YYYY-MM-DD`) of day `dayIndex` of a trip starting `startDate`. */
export function tripDayDate(startDate: string, dayIndex: number): string {
  return tripInstant(startDate, dayIndex, SHANGHAI_OFFSET_MIN).toISOString().slice(0, 10);
}

/**
 * Checks a planned stop against the site's hours at its arrival and just before its departure.
 * `openStatus` is the evaluator of open-status.ts, passed in so this module stays small (the
 * `opening_hours` library loads on demand).
 */
export function stopHours(
  site: Pick<Site, 'openingHours'>,
  startDate: string,
  dayIndex: number,
  stop: Pick<PlannedStop, 'arriveMin' | 'departMin'>,
  openStatus: (site: Pick<Site, 'openingHours'>, date: Date) => OpenState,
): StopHours {
  if (!site.openingHours) return 'unknown';
  const arrive = openStatus(site, tripInstant(startDate, dayIndex, stop.arriveMin));
  if (arrive === 'unknown') return 'unknown';
  if (arrive === 'closed-today') return 'closed-day';
  if (arrive === 'closed-now') return 'closed';
  const leave = openStatus(site, tripInstant(startDate, dayIndex, Math.max(stop.arriveMin, stop.departMin - 1)));
  if (leave === 'closed-now' || leave === 'closed-today') return 'closed';
  return leave === 'unknown' ? 'unknown' : 'open';
}
