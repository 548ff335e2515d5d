/**
 * The one door for a trip (issue 11, repro 6): the property, the stored trip and the codec share this
 * validator and its caps. Property-based (fast-check): any value either is read as a capped trip or
 * gives an ItineraryError; nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeItinerary, encodeItinerary } from '../../src/plan/itinerary-codec';
import { createTripStore, loadTrip, storeTrip, TRIP_STORAGE_KEY } from '../../src/plan/itinerary-storage';
import { checkSettings, ITINERARY_LIMITS, ItineraryError, validateItinerary } from '../../src/plan/validate-itinerary';
import { checkTripDate, TRIP_DATE_MAX, TRIP_DATE_MIN, TripDateError } from '../../src/plan/trip-date';
import { exportIcs } from '../../src/plan/export-ics';
import { wellFormed } from '../../src/data/well-formed';

const siteId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const day = fc.record({
  name: fc.string({ unit: 'binary', maxLength: 120 }),
  siteIds: fc.array(siteId, { maxLength: 50 }),
});

function capped(days: Array<{ name: string; siteIds: string[] }>): void {
  expect(days.length).toBeLessThanOrEqual(ITINERARY_LIMITS.maxDays);
  for (const d of days) {
    expect(d.siteIds.length).toBeLessThanOrEqual(ITINERARY_LIMITS.maxStopsPerDay);
    expect([...d.name].length).toBeLessThanOrEqual(ITINERARY_LIMITS.maxNameLength);
    expect(() => encodeURIComponent(d.name)).not.toThrow();
  }
}

describe('validateItinerary', () => {
  it('gives a typed error for null and other non-trips, never a throw', () => {
    for (const bad of [null, undefined, 42, 'x', [], { days: 'x' }, { days: null }]) {
      const r = validateItinerary(bad);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.error).toBeInstanceOf(ItineraryError);
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(validateItinerary(hostile)).toMatchObject({ ok: false });
  });

  it('caps 2,000 days and 300,000 stops to 14 × 40, quickly, and says so', () => {
    const ids = Array.from({ length: 300_000 }, () => 'leitai-temple');
    const r = validateItinerary({ days: Array.from({ length: 2000 }, () => ({ name: 'd', siteIds: ids })) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.itinerary.days).toHaveLength(14);
    expect(r.itinerary.days.every((d) => d.siteIds.length === 40)).toBe(true);
    expect(r.problems[0]).toEqual({ code: 'too-many-days' });
    expect(r.problems.some((p) => p.code === 'too-many-stops')).toBe(true);
  });

  it('mends lone surrogates and control characters in names, drops bad and unknown ids', () => {
    const r = validateItinerary(
      { days: [{ name: '寺\ud800\u0007', siteIds: ['baita-temple', 'BAD', 3, 'gone'] }, 'junk'] },
      { knownIds: ['baita-temple'] },
    );
    expect(r).toEqual({
      ok: true,
      itinerary: {
        days: [
          { name: '寺\ufffd ', siteIds: ['baita-temple'] },
          { name: '', siteIds: [] },
        ],
      },
      problems: [
        { code: 'bad-id', day: 0, value: 'BAD' },
        { code: 'bad-id', day: 0, value: 'number' },
        { code: 'unknown-site', day: 0, value: 'gone' },
        { code: 'bad-name', day: 1 },
      ],
    });
  });

  it('property: any value is a capped trip or an ItineraryError; nothing throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ days: fc.array(fc.oneof(day, fc.anything()), { maxLength: 20 }) })),
        (value) => {
          const r = validateItinerary(value);
          if (r.ok) capped(r.itinerary.days);
          else expect(r.error).toBeInstanceOf(ItineraryError);
        },
      ),
    );
  });

  it('property: a valid trip within the caps comes back unchanged', () => {
    const wellFormedName = fc
      .string({ maxLength: ITINERARY_LIMITS.maxNameLength })
      .filter((s) => !/[\u0000-\u001F\u007F-\u009F]/.test(s) && wellFormed(s) === s);
    const okDay = fc.record({ name: wellFormedName, siteIds: fc.array(siteId, { maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(okDay, { maxLength: 14 }), (days) => {
        expect(validateItinerary({ days })).toEqual({ ok: true, itinerary: { days }, problems: [] });
      }),
    );
  });
});

describe('the codec and the storage share the caps', () => {
  it('property: decode never throws, and what it returns is capped', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `1*${s}`),
          fc.anything(),
        ),
        (text) => {
          const r = decodeItinerary(text, ['leitai-temple']);
          if (r) capped(r.itinerary.days);
        },
      ),
    );
  });

  it('property: encode then decode gives the trip back, lone surrogates mended', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 14 }), (days) => {
        const known = days.flatMap((d) => d.siteIds);
        const ok = validateItinerary({ days }, { knownIds: known });
        if (!ok.ok) throw ok.error;
        const back = decodeItinerary(encodeItinerary(ok.itinerary), known);
        expect(back?.itinerary).toEqual(ok.itinerary);
      }),
    );
  });

  it('a stored 2,000-day trip loads capped; a save is capped too', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    const days = Array.from({ length: 2000 }, (_, i) => ({ name: `d${i}`, siteIds: Array(100).fill('baita-temple') }));
    items.set(TRIP_STORAGE_KEY, JSON.stringify({ v: 1, days }));
    const loaded = loadTrip(storage)!;
    capped(loaded.itinerary.days);
    expect(loaded.itinerary.days).toHaveLength(14);
    expect(storeTrip(storage, { itinerary: { days } })).toBeUndefined();
    capped(JSON.parse(items.get(TRIP_STORAGE_KEY)!).days);
  });

  it('createTripStore reports blocked or full storage once, however often it is used', () => {
    const problems: string[] = [];
    const blocked = createTripStore(
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      (p) => problems.push(p),
    );
    expect(blocked.load()).toBeUndefined();
    expect(blocked.save({ itinerary: { days: [] } })).toBe(false);
    blocked.clear();
    expect(problems).toEqual(['blocked']);

    const full: string[] = [];
    const store = createTripStore(
      () =>
        ({
          getItem: () => null,
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => undefined,
        }) as unknown as Storage,
      (p) => full.push(p),
    );
    expect(store.load()).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(store.save({ itinerary: { days: [{ name: 'd', siteIds: [] }] } })).toBe(false);
    expect(full).toEqual(['quota']);
  });
});

describe('checkTripDate and exportIcs', () => {
  it('accepts the calendar’s range and refuses what ICS cannot write', () => {
    expect(checkTripDate('2026-05-01')).toBeUndefined();
    expect(checkTripDate(TRIP_DATE_MIN)).toBeUndefined();
    expect(checkTripDate(TRIP_DATE_MAX)).toBeUndefined();
    expect(checkTripDate('10000-01-01')).toMatch(/not a date as YYYY-MM-DD/);
    expect(checkTripDate('0999-12-31')).toMatch(/before 1000-01-01/);
    expect(checkTripDate('2026-02-30')).toMatch(/not a day/);
    expect(checkTripDate('0050-01-01')).toBeDefined();
    expect(checkTripDate('9999-12-30', 3)).toMatch(/ends after 9999-12-31/);
  });

  it('exportIcs throws a TripDateError (a RangeError) for 10000-01-01, not an unknown error', () => {
    expect(() => exportIcs({ days: [] }, [], '10000-01-01')).toThrow(TripDateError);
  });

  it('property: never throws, and what it accepts starts a four-digit-year calendar', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          fc.anything(),
        ),
        fc.integer({ min: -5, max: 30 }),
        (date, n) => {
          if (checkTripDate(date, n) === undefined) expect(date).toMatch(/^[1-9]\d{3}-\d{2}-\d{2}$/);
        },
      ),
    );
  });
});

describe('travel settings at the door', () => {
  it('keeps valid settings as a fresh object, with a first date the calendar holds', () => {
    const settings = { mode: 'bus', dayStartMin: 480, dayEndMin: 1020, startDate: '2026-05-01', extra: 'x' };
    const checked = validateItinerary({ days: [], settings });
    expect(checked.ok && checked.itinerary.settings).toEqual({
      mode: 'bus',
      dayStartMin: 480,
      dayEndMin: 1020,
      startDate: '2026-05-01',
    });
  });

  it('drops settings that are not settings, and a date past 9999-12-31 alone', () => {
    const bad = validateItinerary({ days: [], settings: { mode: 'plane', dayStartMin: 0, dayEndMin: 60 } });
    expect(bad.ok && bad.itinerary.settings).toBeUndefined();
    expect(bad.ok && bad.problems.map((p) => p.code)).toEqual(['bad-settings']);
    expect(checkSettings({ mode: 'car', dayStartMin: 540, dayEndMin: 1080, startDate: '10000-01-01' })).toEqual({
      mode: 'car',
      dayStartMin: 540,
      dayEndMin: 1080,
    });
    expect(checkSettings({ mode: 'car', dayStartMin: -1, dayEndMin: 1080 })).toBeUndefined();
  });
});
