import type { Itinerary, LonLat } from '../model/itinerary';
import { AREA_IDS, type AreaId, type Site, type Theme } from '../model/types';
import { heritageWeight } from './heritage-weight';
import { orderStops } from './order-stops';
import { planDay, type PlanDayOptions } from './plan-day';
import { DEFAULT_START } from './start-points';

export interface SuggestPlanOptions extends PlanDayOptions {
  /** Where every day starts; default the old city. */
  start?: LonLat;
  /** The name of a day, from its area and 0-based index; default the area id. */
  dayName?: (area: AreaId, dayIndex: number) => string;
}

/**
 * The longest walk a suggested day asks for between two points. A plan may be walked for hours in
 * total, but a single two-hour walk along a county road to the next site is not a sightseeing day.
 */
export const MAX_WALK_LEG_MIN = 60;

/** A chosen-theme match counts double a step of protection level: the visitor asked for the theme. */
const THEME_POINTS = 2;

function siteScore(site: Site, themes: readonly Theme[]): number {
  const matches = site.themes.filter((t) => themes.includes(t)).length;
  return 1 + heritageWeight(site) + THEME_POINTS * matches;
}

/**
 * Proposes a trip of up to `days` days from `sites`, each day in one area of the layout — the core,
 * or one of the four zones — since the zones lie 20–50 km apart and a day that crosses them spends
 * itself on the road. Only sites with one of `themes` are considered (none given: all). Each day is
 * filled greedily from its area's best sites (chosen themes, then protection level) while the day,
 * ordered by orderStops, still fits the window of planDay. The areas take turns by the score of the
 * day they would make, each once before any gets a second day (the core has more than one day's worth).
 * Fewer days come back when the sites run out or none fits (on foot, the zones are out of reach:
 * no walk between two points is longer than MAX_WALK_LEG_MIN).
 * Deterministic: ties go by area order, then site id.
 */
export function suggestPlan(
  sites: readonly Site[],
  days: number,
  themes: readonly Theme[],
  options: SuggestPlanOptions = {},
): Itinerary {
  const { start = DEFAULT_START, dayName = (area: AreaId) => area, ...planOptions } = options;
  const score = new Map(sites.map((s) => [s, siteScore(s, themes)]));
  const wanted = themes.length === 0 ? sites : sites.filter((s) => s.themes.some((t) => themes.includes(t)));
  const byScore = [...wanted].sort((a, b) => score.get(b)! - score.get(a)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const remaining = new Map<AreaId, Site[]>(AREA_IDS.map((area) => [area, byScore.filter((s) => s.zone === area)]));

  const fill = (candidates: readonly Site[]): Site[] => {
    let chosen: Site[] = [];
    for (const candidate of candidates) {
      const trial = orderStops([...chosen, candidate], start);
      const plan = planDay(trial, start, planOptions);
      const walkable = plan.stops.every((s) => s.leg.mode !== 'walk' || s.leg.durationMin <= MAX_WALK_LEG_MIN);
      if (plan.overflowMin === 0 && walkable) chosen = trial;
    }
    return chosen;
  };

  const result: Itinerary = { days: [] };
  let usedThisRound = new Set<AreaId>();
  while (result.days.length < days) {
    let best: { area: AreaId; sites: Site[]; score: number } | undefined;
    for (const area of AREA_IDS) {
      if (usedThisRound.has(area)) continue;
      const day = fill(remaining.get(area)!);
      if (day.length === 0) {
        remaining.set(area, []); // nothing left here, or nothing that fits in a day
        continue;
      }
      const total = day.reduce((sum, s) => sum + score.get(s)!, 0);
      if (!best || total > best.score) best = { area, sites: day, score: total };
    }
    if (!best) {
      if (usedThisRound.size === 0) break;
      usedThisRound = new Set();
      continue;
    }
    usedThisRound.add(best.area);
    const taken = new Set(best.sites);
    remaining.set(
      best.area,
      remaining.get(best.area)!.filter((s) => !taken.has(s)),
    );
    result.days.push({ name: dayName(best.area, result.days.length), siteIds: best.sites.map((s) => s.id) });
  }
  return result;
}
