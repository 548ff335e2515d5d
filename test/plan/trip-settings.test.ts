import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/plan/plan-day';
import { DEFAULT_TRIP_SETTINGS, tripSettings } from '../../src/plan/trip-settings';
import { site } from './real-sites';

describe('tripSettings', () => {
  it('gives the trip’s own settings, or the defaults when it has none, as a copy', () => {
    const settings = { mode: 'walk', dayStartMin: 480, dayEndMin: 1200 } as const;
    expect(tripSettings({ settings })).toEqual(settings);
    expect(tripSettings({ settings })).not.toBe(settings);
    expect(tripSettings({})).toEqual(DEFAULT_TRIP_SETTINGS);
    expect(tripSettings({})).not.toBe(DEFAULT_TRIP_SETTINGS);
  });

  it('defaults to what planning a day assumes when told nothing', () => {
    // A trip without settings must plan, print and export the same as before settings existed.
    const stops = ['leitai-han-tomb', 'tiantishan-grottoes'].map(site);
    expect(planDay(stops, [102.638, 37.929], DEFAULT_TRIP_SETTINGS)).toEqual(planDay(stops, [102.638, 37.929]));
  });
});
