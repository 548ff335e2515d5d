import { describe, expect, it } from 'vitest';
import { TRIP_STORAGE_KEY, clearTrip, loadTrip, saveTrip } from '../../src/plan/itinerary-storage';

/** The part of Web Storage the functions use, in memory. */
class FakeStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Storage the way Safari's private mode and a full quota behave. */
const broken = {
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
};

const trip = { days: [{ name: '第一天', siteIds: ['leitai-han-tomb', 'tiantishan-grottoes'] }] };

describe('saveTrip / loadTrip / clearTrip', () => {
  it('round-trips a trip and its travel settings under one versioned key', () => {
    const storage = new FakeStorage();
    const settings = { mode: 'bus', dayStartMin: 480, dayEndMin: 1020 } as const;
    expect(saveTrip(storage, { itinerary: { ...trip, settings } })).toBe(true);
    expect(JSON.parse(storage.getItem(TRIP_STORAGE_KEY)!)).toEqual({ v: 2, days: trip.days, settings });
    expect(loadTrip(storage)).toEqual({ itinerary: { ...trip, settings } });
    saveTrip(storage, { itinerary: trip });
    expect(JSON.parse(storage.getItem(TRIP_STORAGE_KEY)!)).toEqual({ v: 2, days: trip.days });
    expect(loadTrip(storage)).toEqual({ itinerary: trip });
    clearTrip(storage);
    expect(loadTrip(storage)).toBeUndefined();
  });

  it('reads a trip stored in the first format, its mode becoming the settings', () => {
    const storage = new FakeStorage();
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 1, days: trip.days, mode: 'walk' }));
    expect(loadTrip(storage)).toEqual({
      itinerary: { ...trip, settings: { mode: 'walk', dayStartMin: 540, dayEndMin: 1080 } },
    });
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 1, days: trip.days }));
    expect(loadTrip(storage)).toEqual({ itinerary: trip });
  });

  it('drops ids the data no longer has', () => {
    const storage = new FakeStorage();
    saveTrip(storage, { itinerary: trip });
    expect(loadTrip(storage, { knownIds: ['tiantishan-grottoes'] })!.itinerary.days[0].siteIds).toEqual([
      'tiantishan-grottoes',
    ]);
  });

  it('ignores unknown versions and anything malformed, without throwing', () => {
    const storage = new FakeStorage();
    for (const raw of [
      '{"days":[]}',
      'not json',
      '{"v":1,"days":"x"}',
      '{"v":1,"days":[{"name":1,"siteIds":[]}]}',
      '{"v":1,"days":[],"mode":"plane"}',
      '{"v":2,"days":[],"settings":{"mode":"plane","dayStartMin":540,"dayEndMin":1080}}',
      '{"v":2,"days":[],"settings":{"mode":"car","dayStartMin":-5,"dayEndMin":1080}}',
      '{"v":2,"days":[],"settings":{"mode":"car","dayStartMin":540.5,"dayEndMin":1080}}',
      '{"v":2,"days":[],"settings":{"mode":"car"}}',
      '{"v":3,"days":[]}',
      'null',
    ]) {
      storage.setItem(TRIP_STORAGE_KEY, raw);
      expect(loadTrip(storage), raw).toBeUndefined();
    }
  });

  it('survives storage that throws', () => {
    expect(saveTrip(broken, { itinerary: trip })).toBe(false);
    expect(loadTrip(broken)).toBeUndefined();
    expect(() => clearTrip(broken)).not.toThrow();
  });

  it('does not keep references to the trip it saved', () => {
    const storage = new FakeStorage();
    const mine = structuredClone(trip);
    saveTrip(storage, { itinerary: mine });
    mine.days[0].siteIds.push('x');
    expect(loadTrip(storage)!.itinerary).toEqual(trip);
  });
});
