import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import {
  BUS_OPEN_ROAD_KMH,
  BUS_TOWN_KM,
  DETOUR_FACTOR,
  LEG_OVERHEAD_MIN,
  SPEED_KMH,
  legEstimate,
} from '../../src/plan/leg-estimate';
import type { LonLat } from '../../src/model/itinerary';
import { site } from './real-sites';

const oldCity: LonLat = [102.638, 37.929];
const tiantishan = site('tiantishan-grottoes').coordinates;

describe('legEstimate', () => {
  it('takes the great-circle distance from turf and applies the detour factor', () => {
    const straight = distance(oldCity, tiantishan, { units: 'kilometers' });
    expect(straight).toBeGreaterThan(38);
    expect(straight).toBeLessThan(45);
    for (const mode of ['car', 'walk'] as const) {
      const leg = legEstimate(oldCity, tiantishan, mode);
      expect(leg.mode).toBe(mode);
      expect(leg.straightKm).toBeCloseTo(straight, 3);
      expect(leg.roadKm).toBeCloseTo(straight * DETOUR_FACTOR[mode], 3);
      expect(leg.durationMin).toBe(
        Math.ceil(LEG_OVERHEAD_MIN[mode] + ((straight * DETOUR_FACTOR[mode]) / SPEED_KMH[mode]) * 60),
      );
    }
  });

  it('runs a bus at town speed for its first kilometres and faster on the open road', () => {
    const leg = legEstimate(oldCity, tiantishan, 'bus');
    const road = leg.roadKm;
    expect(road).toBeGreaterThan(BUS_TOWN_KM);
    const expected =
      LEG_OVERHEAD_MIN.bus + (BUS_TOWN_KM / SPEED_KMH.bus) * 60 + ((road - BUS_TOWN_KM) / BUS_OPEN_ROAD_KMH) * 60;
    expect(leg.durationMin).toBe(Math.ceil(expected - 1e-9));
    // In town the bus keeps its town speed.
    const short = legEstimate(oldCity, [102.66, 37.927], 'bus');
    expect(short.roadKm).toBeLessThan(BUS_TOWN_KM);
    expect(short.durationMin).toBe(Math.ceil(LEG_OVERHEAD_MIN.bus + (short.roadKm / SPEED_KMH.bus) * 60 - 1e-9));
  });

  it('keeps the figures in the ranges the constants claim', () => {
    for (const f of Object.values(DETOUR_FACTOR)) {
      expect(f).toBeGreaterThanOrEqual(1.2);
      expect(f).toBeLessThanOrEqual(1.4);
    }
    expect(SPEED_KMH.walk).toBe(4.5);
    expect(SPEED_KMH.car).toBeGreaterThan(SPEED_KMH.bus);
    // Driving 天梯山 from the old city: about 55 km of road, a little over an hour.
    const car = legEstimate(oldCity, tiantishan, 'car');
    expect(car.durationMin).toBeGreaterThan(60);
    expect(car.durationMin).toBeLessThan(90);
  });

  it('walks a short hop whatever the mode, unless told not to', () => {
    const a = site('leitai-han-tomb').coordinates;
    const b = site('leitai-temple').coordinates; // the same terrace
    const leg = legEstimate(a, b, 'bus');
    expect(leg.mode).toBe('walk');
    expect(leg.durationMin).toBeLessThanOrEqual(2);
    expect(legEstimate(a, b, 'bus', { walkBelowKm: 0 }).mode).toBe('bus');
  });

  it('is zero between a point and itself, and leaves its inputs alone', () => {
    const from: LonLat = [102.6, 37.9];
    const to: LonLat = [102.7, 37.8];
    expect(legEstimate(from, [...from] as LonLat, 'car')).toEqual({
      mode: 'car',
      straightKm: 0,
      roadKm: 0,
      durationMin: 0,
    });
    legEstimate(from, to, 'car');
    expect(from).toEqual([102.6, 37.9]);
    expect(to).toEqual([102.7, 37.8]);
  });
});
