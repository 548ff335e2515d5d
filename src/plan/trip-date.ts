/**
 * The first date of a trip, as the date field gives it (`YYYY-MM-DD`): within what an iCalendar file
 * and a calendar app accept, with every day of the trip inside it. The date input takes any year up
 * to 275760; ICS writes four-digit years, so 10000-01-01 would make an invalid file.
 */

/** For the date input's `min` and `max`, and the check below. */
export const TRIP_DATE_MIN = '1000-01-01';
export const TRIP_DATE_MAX = '9999-12-31';

const DAY_MS = 86_400_000;

/**
 * Why `date` cannot start a trip of `dayCount` days, or undefined when it can. Never throws.
 * The reasons are for the console; the interface says it in its own words.
 */
export function checkTripDate(date: unknown, dayCount = 1): string | undefined {
  if (typeof date !== 'string') return 'is not a date';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return `"${date.slice(0, 20)}" is not a date as YYYY-MM-DD between ${TRIP_DATE_MIN} and ${TRIP_DATE_MAX}`;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const back = new Date(utc);
  // Date.UTC reads years 0-99 as 1900-1999: compare the year too.
  if (back.getUTCFullYear() !== +m[1] || back.getUTCMonth() !== +m[2] - 1 || back.getUTCDate() !== +m[3])
    return `"${date}" is not a day of the calendar`;
  if (date < TRIP_DATE_MIN) return `"${date}" is before ${TRIP_DATE_MIN}`;
  const days = Number.isSafeInteger(dayCount) && dayCount > 1 ? dayCount : 1;
  const last = new Date(utc + (days - 1) * DAY_MS).toISOString().slice(0, 10);
  if (!/^\d{4}-/.test(last) || last > TRIP_DATE_MAX)
    return `a ${days}-day trip from "${date}" ends after ${TRIP_DATE_MAX}`;
  return undefined;
}

/** The first date refused: an error the trip panel can show rather than an uncaught RangeError. */
export class TripDateError extends RangeError {
  constructor(readonly reason: string) {
    super(`firstDate: ${reason}`);
    this.name = 'TripDateError';
  }
}
