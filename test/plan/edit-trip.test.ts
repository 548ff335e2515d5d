/**
 * The trip's edit functions, turf style: test/fixtures/edit-trip/in/<case>.json holds a trip, the
 * function and its arguments; out/<case>.json the trip it returns (`vitest -u` rewrites them, and
 * their diff is reviewed like code). Every case also runs on a deep-frozen input, which proves the
 * function never changes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Itinerary } from '../../src/model/itinerary';
import { addDay } from '../../src/plan/add-day';
import { addStop } from '../../src/plan/add-stop';
import { knownStops } from '../../src/plan/known-stops';
import { moveStop } from '../../src/plan/move-stop';
import { orderDay } from '../../src/plan/order-day';
import { removeDay } from '../../src/plan/remove-day';
import { removeStop } from '../../src/plan/remove-stop';
import { renameDay } from '../../src/plan/rename-day';
import { replaceDays } from '../../src/plan/replace-days';
import { toggleInTrip } from '../../src/plan/toggle-in-trip';
import { realSites } from './real-sites';

// Each function as the fixtures call it: the trip first, then the fixture's arguments (JSON, untyped).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each edit takes its own argument types
const EDITS: Record<string, (trip: Itinerary, ...args: any[]) => Itinerary> = {
  addStop,
  removeStop,
  moveStop,
  addDay,
  removeDay,
  renameDay,
  orderDay: (trip, day: number, start: [number, number]) => orderDay(trip, day, realSites, start),
  replaceDays,
  toggleInTrip,
  knownStops: (trip) => knownStops(trip, realSites),
};

interface EditCase {
  description: string;
  edit: string;
  args: unknown[];
  itinerary: Itinerary;
}

const dir = join(import.meta.dirname, '../fixtures/edit-trip');
const cases = readdirSync(join(dir, 'in'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const read = (file: string): EditCase => JSON.parse(readFileSync(join(dir, 'in', file), 'utf8'));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('trip edits: golden cases', () => {
  for (const file of cases) {
    it(file.replace(/\.json$/, ''), async () => {
      const { edit, args, itinerary } = read(file);
      const result = EDITS[edit](itinerary, ...args);
      await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(join(dir, 'out', file));
    });
  }
});

describe('trip edits: inputs are never changed', () => {
  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const { edit, args, itinerary } = read(file);
      const before = structuredClone(itinerary);
      // A frozen input throws in strict mode (ES modules) at the first write.
      const result = EDITS[edit](deepFreeze(itinerary), ...deepFreeze(args));
      expect(itinerary).toEqual(before);
      // The result shares nothing with the input: the owner may change either later.
      expect(result.days.every((d) => !itinerary.days.includes(d))).toBe(true);
      expect(result.days.every((d) => itinerary.days.every((o) => o.siteIds !== d.siteIds))).toBe(true);
      if (result.settings) expect(result.settings).not.toBe(itinerary.settings);
    });
  }

  it('covers every edit function', () => {
    expect(new Set(cases.map((f) => read(f).edit))).toEqual(new Set(Object.keys(EDITS)));
  });
});
