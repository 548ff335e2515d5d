import type { Itinerary, LonLat } from '../model/itinerary';
import type { Lang, Site } from '../model/types';
import { escapeIcsText } from './escape-ics-text';
import { foldIcsLine } from './fold-ics-line';
import { planDay, type PlanDayOptions } from './plan-day';
import { sitesForDay } from './sites-for-day';
import { DEFAULT_START } from './start-points';
import { checkTripDate, TripDateError } from './trip-date';

export interface ExportIcsOptions extends PlanDayOptions {
  /** Language of the names; default `zh-CN`. */
  lang?: Lang;
  /** Where each day starts; default the old city. */
  start?: LonLat;
  /** DTSTAMP, when the file was made; default now. A parameter so tests are repeatable. */
  now?: Date;
}

/**
 * China has one time zone at UTC+8 and no daylight saving since 1991, so a single STANDARD
 * component describes it for every date a trip can have.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first day's UTC midnight; a TripDateError (a RangeError) for a date outside what ICS can write. */
function parseDate(date: string, dayCount: number): number {
  const refused = checkTripDate(date, dayCount);
  if (refused) throw new TripDateError(refused);
  return Date.parse(`${date}T00:00:00Z`);
}

/** Local date-time `YYYYMMDDTHHMMSS` of minute `min` of day `dayIndex` after `firstUtc` (a UTC midnight). */
function localStamp(firstUtc: number, dayIndex: number, min: number): string {
  const d = new Date(firstUtc + (dayIndex * 1440 + min) * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/**
 * The trip as an iCalendar file (RFC 5545): one event per stop, timed by planDay, in Asia/Shanghai
 * time with its VTIMEZONE, the first day on `firstDate` (YYYY-MM-DD) and each further day on the
 * next date. Text is escaped, lines folded at 75 octets and ended with CRLF. A day that runs past
 * midnight carries its events into the next date rather than writing impossible times.
 * Throws a TripDateError when `firstDate` is not a day from 1000-01-01 with the whole trip before
 * 9999-12-31 (trip-date.ts: check it first, and give the date input its min and max).
 */
export function exportIcs(
  itinerary: Itinerary,
  sites: readonly Site[],
  firstDate: string,
  options: ExportIcsOptions = {},
): string {
  const { lang = 'zh-CN', start = DEFAULT_START, now = new Date(), ...planOptions } = options;
  const firstUtc = parseDate(firstDate, itinerary.days.length);
  const dtstamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//liangzhou-map//trip planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
  ];
  for (const [d, day] of itinerary.days.entries()) {
    const daySites = sitesForDay(day, sites);
    const plan = planDay(daySites, start, planOptions);
    for (const [i, stop] of plan.stops.entries()) {
      const site = daySites[i];
      const name = lang === 'en' ? site.name.en : site.name.zh;
      const [lon, lat] = site.coordinates;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeIcsText(`${firstDate}-${d + 1}-${i + 1}-${site.id}@liangzhou-map`)}`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART;TZID=Asia/Shanghai:${localStamp(firstUtc, d, stop.arriveMin)}`,
        `DTEND;TZID=Asia/Shanghai:${localStamp(firstUtc, d, stop.departMin)}`,
        `SUMMARY:${escapeIcsText(name)}`,
        `LOCATION:${escapeIcsText(name)}`,
        `GEO:${lat.toFixed(6)};${lon.toFixed(6)}`,
        `DESCRIPTION:${escapeIcsText(`${day.name} · ${i + 1}/${plan.stops.length}`)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
