import type { DayPlan } from '../model/itinerary';
import type { Lang } from '../model/types';
import { formatClock } from './format-clock';
import { formatDuration } from './format-duration';
import { formatKm } from './format-km';
import { addZh, t } from './t';
import { tripZh } from './messages-trip';

// The trip planner's own zh-CN text, loaded with it (t.ts; the map's trip notices are in messages-trip-first.ts).
addZh(tripZh);

/** A day's totals in words ("09:00–16:40 · 2 hr on the road, 55 km ..."), and its overflow warning if any. */
export function dayPlanText(plan: DayPlan, lang: Lang): { totals: string; overflow?: string } {
  const totals = t(lang, 'trip.day.totals', {
    travel: formatDuration(plan.travelMin, lang),
    visit: formatDuration(plan.visitMin, lang),
    km: formatKm(plan.roadKm, lang),
    start: formatClock(plan.startMin, lang),
    end: formatClock(plan.endMin, lang),
  });
  if (plan.overflowMin <= 0) return { totals };
  return {
    totals,
    overflow: t(lang, 'trip.day.overflow', {
      end: formatClock(plan.endWindowMin, lang),
      over: formatDuration(plan.overflowMin, lang),
    }),
  };
}
