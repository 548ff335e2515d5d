import { describe, expect, it } from 'vitest';
import type { Itinerary } from '../../src/model/itinerary';
import { heritageWeight } from '../../src/plan/heritage-weight';
import { planDay } from '../../src/plan/plan-day';
import { sitesForDay } from '../../src/plan/sites-for-day';
import { DEFAULT_START } from '../../src/plan/start-points';
import { MAX_WALK_LEG_MIN, suggestPlan } from '../../src/plan/suggest-plan';
import { fakeSite, realSites, site } from './real-sites';

const zoneOf = (id: string) => site(id).zone;
const allIds = (it: Itinerary) => it.days.flatMap((d) => d.siteIds);

describe('suggestPlan', () => {
  it('gives each area its own day, core first, and every day fits its window', () => {
    const plan = suggestPlan(realSites, 4, []);
    expect(plan.days).toHaveLength(4);
    const areas = plan.days.map((d) => new Set(d.siteIds.map(zoneOf)));
    for (const a of areas) expect(a.size).toBe(1);
    expect(new Set(plan.days.map((d) => d.name))).toEqual(new Set(['core', 'south', 'north', 'west']));
    expect(plan.days[0].name).toBe('core');
    expect(plan.days.find((d) => d.name === 'south')!.siteIds).toEqual(
      expect.arrayContaining(['tiantishan-grottoes', 'baita-temple']),
    );
    expect(plan.days.find((d) => d.name === 'north')!.siteIds).toEqual(
      expect.arrayContaining(['wuwei-desert-park', 'ming-great-wall-changcheng', 'shenzhou-desert-wildlife-park']),
    );
    for (const day of plan.days) expect(planDay(sitesForDay(day, realSites), DEFAULT_START).overflowMin).toBe(0);
    expect(new Set(allIds(plan)).size).toBe(allIds(plan).length);
  });

  it('orders each day as orderStops would and names days through the callback', () => {
    const plan = suggestPlan(realSites, 2, [], { dayName: (area, i) => `${i + 1}:${area}` });
    expect(plan.days.map((d) => d.name)).toEqual(['1:core', expect.stringMatching(/^2:(south|north|west)$/)]);
    expect(plan.days[0].siteIds[0]).toBe('liangzhou-old-city'); // nearest the start, which is the old city
  });

  it('keeps to the chosen themes and ranks the area with the most of them first', () => {
    const plan = suggestPlan(realSites, 3, ['xixia']);
    for (const id of allIds(plan)) expect(site(id).themes).toContain('xixia');
    // Three Western Xia sites in the south (天梯山, 白塔寺, 塔儿湾), two in the core.
    expect(plan.days[0].siteIds.map(zoneOf)[0]).toBe('south');
    expect(allIds(plan)).toEqual(
      expect.arrayContaining(['tiantishan-grottoes', 'baita-temple', 'wuwei-western-xia-museum', 'western-xia-stele']),
    );
    const desert = suggestPlan(realSites, 5, ['great-wall']);
    expect(desert.days).toEqual([{ name: 'north', siteIds: ['ming-great-wall-changcheng'] }]);
  });

  it('gives the core a second day when days remain after every area had one', () => {
    const plan = suggestPlan(realSites, 6, [], { mode: 'bus' });
    expect(plan.days.filter((d) => d.name === 'core').length).toBeGreaterThanOrEqual(2);
    expect(new Set(allIds(plan)).size).toBe(allIds(plan).length);
  });

  it('on foot stays where walking reaches, and returns fewer days when nothing else fits', () => {
    const plan = suggestPlan(realSites, 5, [], { mode: 'walk' });
    for (const day of plan.days) {
      expect(day.name).toBe('core');
      const p = planDay(sitesForDay(day, realSites), DEFAULT_START, { mode: 'walk' });
      expect(p.overflowMin).toBe(0);
      for (const s of p.stops) expect(s.leg.durationMin).toBeLessThanOrEqual(MAX_WALK_LEG_MIN);
    }
    expect(plan.days.length).toBeLessThanOrEqual(5);
    expect(new Set(allIds(plan)).size).toBe(allIds(plan).length);
    expect(suggestPlan([], 3, [])).toEqual({ days: [] });
    expect(suggestPlan(realSites, 0, [])).toEqual({ days: [] });
  });

  it('honours a shorter day window', () => {
    const plan = suggestPlan(realSites, 4, [], { dayStartMin: 10 * 60, dayEndMin: 13 * 60 });
    for (const day of plan.days)
      expect(
        planDay(sitesForDay(day, realSites), DEFAULT_START, { dayStartMin: 600, dayEndMin: 780 }).overflowMin,
      ).toBe(0);
    expect(plan.days[0].siteIds.length).toBeLessThan(suggestPlan(realSites, 4, []).days[0].siteIds.length);
  });

  it('is deterministic and leaves the sites alone', () => {
    const copy = structuredClone(realSites);
    const a = suggestPlan(realSites, 4, ['buddhist']);
    expect(suggestPlan([...realSites].reverse(), 4, ['buddhist'])).toEqual(a);
    expect(realSites).toEqual(copy);
  });
});

describe('heritageWeight', () => {
  it('reads national, provincial, other and none, ignoring remarks in parentheses', () => {
    expect(heritageWeight(site('tiantishan-grottoes'))).toBe(3);
    expect(heritageWeight(site('leitai-temple'))).toBe(2);
    expect(heritageWeight(site('leitai-han-tomb'))).toBe(3); // "National key … (5th batch, 2001); … AAAA"
    expect(heritageWeight(site('hantanpo-tombs'))).toBe(0); // the unsupported level was removed from the data
    expect(heritageWeight({ heritage: { zh: '', en: 'Protection level unverified (one text says national)' } })).toBe(
      1,
    );
    expect(heritageWeight(site('wuwei-desert-park'))).toBe(1); // an A-level rating
    expect(heritageWeight(site('tianma-lake'))).toBe(0);
  });
});

describe('sitesForDay', () => {
  it('keeps the order and skips ids no site has', () => {
    const sites = [fakeSite('a', [102.6, 37.9]), fakeSite('b', [102.7, 37.9])];
    expect(sitesForDay({ siteIds: ['b', 'gone', 'a', 'b'] }, sites).map((s) => s.id)).toEqual(['b', 'a', 'b']);
  });
});
