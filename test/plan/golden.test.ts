/**
 * Golden cases for the planning maths: test/fixtures/plan/in/<case>.json -> out/<case>.json. A change
 * in an estimate, an order or a suggested plan shows up as a diff of those files, reviewed like code
 * (`vitest -u` rewrites them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LonLat, TravelMode } from '../../src/model/itinerary';
import type { Site, Theme } from '../../src/model/types';
import { orderStops } from '../../src/plan/order-stops';
import { pathLengthKm } from '../../src/plan/path-length-km';
import { planDay } from '../../src/plan/plan-day';
import { suggestPlan } from '../../src/plan/suggest-plan';
import { fakeSite, realSites, site } from './real-sites';

interface DayCase {
  start: LonLat;
  siteIds?: string[];
  points?: Array<{ id: string; coordinates: LonLat }>;
  mode: TravelMode;
  dayStartMin?: number;
  dayEndMin?: number;
  order: boolean;
}
interface SuggestCase {
  suggest: { days: number; themes: Theme[]; mode: TravelMode };
}

const dir = join(import.meta.dirname, '../fixtures/plan');
const cases = readdirSync(join(dir, 'in'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function run(input: DayCase | SuggestCase): unknown {
  if ('suggest' in input) {
    const { days, themes, mode } = input.suggest;
    return suggestPlan(realSites, days, themes, { mode });
  }
  const stops: Site[] = input.siteIds
    ? input.siteIds.map(site)
    : input.points!.map((p) => fakeSite(p.id, p.coordinates));
  const nn = orderStops(stops, input.start, { improve: false });
  const ordered = input.order ? orderStops(stops, input.start) : stops;
  return {
    ...(input.order && {
      nearestNeighbour: { ids: nn.map((s) => s.id), straightKm: round3(pathLengthKm(input.start, nn)) },
    }),
    order: { ids: ordered.map((s) => s.id), straightKm: round3(pathLengthKm(input.start, ordered)) },
    plan: planDay(ordered, input.start, {
      mode: input.mode,
      dayStartMin: input.dayStartMin,
      dayEndMin: input.dayEndMin,
    }),
  };
}

describe('planning goldens', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const file of cases) {
    it(file, async () => {
      const input = JSON.parse(readFileSync(join(dir, 'in', file), 'utf8'));
      await expect(JSON.stringify(run(input), null, 2) + '\n').toMatchFileSnapshot(join(dir, 'out', file));
    });
  }
});
