import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/model/itinerary';
import { legEstimate } from '../../src/plan/leg-estimate';
import { DEFAULT_DAY_END_MIN, DEFAULT_DAY_START_MIN, planDay } from '../../src/plan/plan-day';
import { visitMinutes } from '../../src/plan/visit-minutes';
import { site } from './real-sites';

const start: LonLat = [102.638, 37.929];
const core = ['wuwei-confucian-temple', 'leitai-han-tomb', 'haizang-temple'].map(site);

describe('planDay', () => {
  it('chains legs and visits from the start of the day', () => {
    const plan = planDay(core, start);
    expect(plan.startMin).toBe(DEFAULT_DAY_START_MIN);
    expect(plan.endWindowMin).toBe(DEFAULT_DAY_END_MIN);
    let clock = 9 * 60;
    let from = start;
    for (const [i, stop] of plan.stops.entries()) {
      const leg = legEstimate(from, core[i].coordinates, 'car');
      expect(stop.siteId).toBe(core[i].id);
      expect(stop.leg).toEqual(leg);
      expect(stop.arriveMin).toBe(clock + leg.durationMin);
      expect(stop.visitMin).toBe(visitMinutes(core[i]));
      expect(stop.departMin).toBe(stop.arriveMin + stop.visitMin);
      clock = stop.departMin;
      from = core[i].coordinates;
    }
    expect(plan.endMin).toBe(clock);
    expect(plan.travelMin + plan.visitMin).toBe(plan.endMin - plan.startMin);
    expect(plan.visitMin).toBe(60 + 60 + 45);
    expect(plan.overflowMin).toBe(0);
    expect(plan.roadKm).toBeCloseTo(
      plan.stops.reduce((s, x) => s + x.leg.roadKm, 0),
      6,
    );
  });

  it('reports by how much a day overflows its window', () => {
    const plan = planDay(core, start, { dayStartMin: 15 * 60, dayEndMin: 17 * 60 });
    expect(plan.startMin).toBe(900);
    expect(plan.overflowMin).toBe(plan.endMin - 17 * 60);
    expect(plan.overflowMin).toBeGreaterThan(60);
    // On foot to 天梯山 and back through the day: far past 18:00.
    const far = planDay([site('tiantishan-grottoes'), site('baita-temple')], start, { mode: 'walk' });
    expect(far.overflowMin).toBeGreaterThan(6 * 60);
  });

  it('plans an empty day as ending when it starts', () => {
    const plan = planDay([], start);
    expect(plan).toMatchObject({ stops: [], endMin: 540, travelMin: 0, visitMin: 0, roadKm: 0, overflowMin: 0 });
  });

  it('leaves its inputs alone', () => {
    const sites = structuredClone(core);
    const from: LonLat = [...start];
    planDay(sites, from, { mode: 'bus' });
    expect(sites).toEqual(core);
    expect(from).toEqual(start);
  });
});
