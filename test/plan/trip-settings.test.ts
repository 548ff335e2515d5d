import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIP_SETTINGS, tripSettings } from '../../src/plan/trip-settings';

describe('tripSettings', () => {
  it('gives the trip’s own settings, or the defaults (car, 09:00–18:00) when it has none', () => {
    expect(tripSettings({})).toEqual({ mode: 'car', dayStartMin: 540, dayEndMin: 1080 });
    const settings = { mode: 'walk', dayStartMin: 480, dayEndMin: 1200 } as const;
    expect(tripSettings({ settings })).toEqual(settings);
    // A copy: whoever changes the result does not change the trip or the defaults.
    expect(tripSettings({ settings })).not.toBe(settings);
    expect(Object.isFrozen(DEFAULT_TRIP_SETTINGS)).toBe(true);
  });
});
