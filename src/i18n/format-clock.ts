import type { Lang } from '../model/types';
import { addZh, t } from './t';
import { tripZh } from './messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

const clocks = new Map<Lang, Intl.DateTimeFormat>();

/** A clock time from minutes since the day's midnight; past 24:00 it says so instead of wrapping silently. */
export function formatClock(min: number, lang: Lang): string {
  let clock = clocks.get(lang);
  if (!clock)
    clocks.set(
      lang,
      (clock = new Intl.DateTimeFormat(lang, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      })),
    );
  const text = clock.format(new Date(Date.UTC(1970, 0, 1, 0, min % 1440)));
  return min >= 1440 ? text + t(lang, 'trip.nextDay') : text;
}
